// The app mounts from the release build, served under a sub-path, without page errors.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { start, openApp, SCREENSHOTS } from './support.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

test('the app mounts, runs its first example and applies its stylesheet', async () => {
  const { page, errors } = await openApp(env.browser, env.base);
  assert.equal(await page.title(), 'Goroscope');
  await page.waitForSelector('[data-testid="lane"]');
  assert.match(await page.textContent('[data-testid="step-counter"]'), /^0 \/ [1-9]\d*$/);
  // The stylesheet from public/ was applied (the app's box-sizing comes from goroscope.css).
  const boxSizing = await page.evaluate(
    () => getComputedStyle(document.querySelector('.goroscope-app')).boxSizing);
  assert.equal(boxSizing, 'border-box');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'app.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

test('the editor colours code with the core lexer, exactly under the text', async () => {
  const { page, errors } = await openApp(env.browser, env.base);
  await page.fill('[data-testid="editor"]', 'package main\n\n// hi\nfunc main() {\n\tch := make(chan int, 1)\n\tgo func() { ch <- 1 }()\n\tprintln(<-ch, "s")\n}\n');
  const tokens = await page.$$eval('.goroscope-highlight span', (spans) => spans.map((s) => [s.className.replace('goroscope-tok-', ''), s.textContent]));
  assert.deepEqual(tokens, [
    ['keyword', 'package'], ['comment', '// hi'], ['keyword', 'func'], ['builtin', 'make'],
    ['concurrency', 'chan'], ['builtin', 'int'], ['number', '1'], ['concurrency', 'go'],
    ['keyword', 'func'], ['concurrency', '<-'], ['number', '1'], ['builtin', 'println'],
    ['concurrency', '<-'], ['string', '"s"'],
  ]);
  // The coloured copy and the textarea share box, font and line height, so text lines up.
  const boxes = await page.evaluate(() => [document.querySelector('.goroscope-highlight'), document.querySelector('[data-testid="editor"]')]
    .map((el) => { const r = el.getBoundingClientRect(); const cs = getComputedStyle(el); return [r.x, r.y, r.width, cs.font, cs.paddingLeft, cs.paddingTop]; }));
  assert.deepEqual(boxes[0], boxes[1]);
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('[data-testid="editor"]')).color), 'rgba(0, 0, 0, 0)');
  assert.deepEqual(errors, []);
  await page.close();
});

test('Download SVG saves the timeline as an animated picture, one lane per goroutine', async () => {
  const { page, errors } = await openApp(env.browser, env.base);
  await page.selectOption('[data-testid="example-picker"]', 'waitgroup');
  await page.waitForSelector('[data-testid="lane"]');
  const lanes = await page.locator('[data-testid="lane"]').count();
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="download-svg"]')]);
  assert.equal(download.suggestedFilename(), 'goroscope.svg');
  const text = await (await import('node:fs/promises')).readFile(await download.path(), 'utf8');
  assert.match(text, /^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  assert.equal((text.match(/data-gid="/g) || []).length, lanes);
  assert.match(text, /@keyframes/);
  assert.doesNotMatch(text, /<script/);
  assert.deepEqual(errors, []);
  await page.close();
});
