// `goroscope svg --animate` in a real browser: the standalone file opens as a document with a
// lane per goroutine, its cursor moves by itself (CSS only), it rests fully revealed for
// readers who ask for reduced motion, and it loads as a plain <img>, as a blog embeds it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { SCREENSHOTS } from './support.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EXAMPLE = 'examples/seed/13_url_fetcher_channels.go';

/** Runs the CLI (built on demand by cargo) and returns its stdout. */
function goroscope(...args) {
  return execFileSync('cargo', ['run', '-q', '-p', 'goroscope-cli', '--', ...args],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
}

let browser, dir, svgFile, goroutines;
before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'goroscope-svg-'));
  svgFile = path.join(dir, 'timeline.svg');
  fs.writeFileSync(svgFile, goroscope('svg', '--animate', EXAMPLE));
  const json = path.join(dir, 'trace.json');
  goroscope('run', '--trace', json, EXAMPLE);
  goroutines = JSON.parse(fs.readFileSync(json, 'utf8')).goroutines.map((g) => String(g.id));
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
});
after(async () => {
  await browser?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const cursorX = (page) => page.evaluate(() => document.querySelector('.gs-cursor').getBoundingClientRect().x);

test('the animated SVG has a lane per goroutine and its cursor sweeps by itself', async () => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 400 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(pathToFileURL(svgFile).href);
  const gids = await page.evaluate(() => [...document.querySelectorAll('[data-gid]')].map((l) => l.dataset.gid));
  assert.deepEqual(gids, goroutines);
  assert.equal(await page.evaluate(() => document.querySelectorAll('script').length), 0);
  const first = await cursorX(page);
  await page.waitForTimeout(700);
  const second = await cursorX(page);
  assert.notEqual(first, second, 'the cursor should move without any script');
  // The cursor is animated by CSS, not by anything on the page.
  const running = await page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length);
  assert.ok(running >= 2, `${running} running animations`);
  await page.waitForTimeout(1500);
  await page.locator('svg').screenshot({ path: path.join(SCREENSHOTS, 'svg-animated.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

test('with reduced motion the picture rests fully revealed, cursor at the end', async () => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 400 }, reducedMotion: 'reduce' });
  await page.goto(pathToFileURL(svgFile).href);
  const first = await cursorX(page);
  await page.waitForTimeout(500);
  assert.equal(await cursorX(page), first);
  // At rest the cover sits past the last step, so the last step's column is visible.
  const [cover, lanesRight] = await page.evaluate(() => [
    document.querySelector('.gs-cover').getBoundingClientRect().x,
    Math.max(...[...document.querySelectorAll('[data-gid] rect')].map((r) => r.getBoundingClientRect().right)),
  ]);
  assert.ok(cover >= lanesRight - 0.5, `cover at ${cover}, lanes end at ${lanesRight}`);
  await page.close();
});

test('the SVG loads as an image, as a blog post embeds it', async () => {
  const page = await browser.newPage();
  const html = `<!doctype html><img id="timeline" src="${pathToFileURL(svgFile).href}" alt="">`;
  fs.writeFileSync(path.join(dir, 'post.html'), html);
  await page.goto(pathToFileURL(path.join(dir, 'post.html')).href);
  await page.waitForFunction(() => document.getElementById('timeline').complete);
  const size = await page.evaluate(() => {
    const img = document.getElementById('timeline');
    return [img.naturalWidth, img.naturalHeight];
  });
  assert.ok(size[0] > 300 && size[1] > 100, `natural size ${size}`);
  await page.close();
});
