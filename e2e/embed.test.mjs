// Share links, the iframe player and the script embed, in headless Chromium: links restore
// program, seed and step; damaged or huge links say so and keep the editor; the iframe player
// autoplays, posts its height and needs no storage; two script-embedded players on one page
// are independent, isolated from the page's CSS, lazy, and load the wasm once; hostile
// programs run nothing in the host page; everything works under a strict CSP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { start, openApp, setSource, SCREENSHOTS } from './support.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const SCRIPT = '/blog/goroscope/goroscope-embed.js';
// A program whose strings try to break out of the page; it must show as code and run nothing.
const HOSTILE = `package main

import "fmt"

func main() {
	ch := make(chan string, 1)
	ch <- "</pre><script>window.pwned = 1</script><img src=x onerror=\\"window.pwned = 2\\">"
	fmt.Println(<-ch)
}
`;
const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const PING = `package main

import "fmt"

func main() {
	ch := make(chan string)
	go func() { ch <- "ping" }()
	fmt.Println(<-ch)
}
`;

// A blog page with the given blocks. `probe` records the page's globals before the embed
// script runs; `styled` adds host CSS that must not reach the players.
function hostPage({ blocks, spacer = 0, probe = false, styled = true }) {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>A blog post</title>
${styled ? '<style>pre { color: rgb(255, 0, 0); } button { background: rgb(255, 0, 0); }</style>' : ''}
${probe ? '<script>window.hostKeys = Object.keys(window);</script>' : ''}</head>
<body><h1>Concurrency in Go</h1><p class="goroscope-caption" id="host-p">Host text.</p>
${spacer ? `<div style="height:${spacer}px"></div>` : ''}
${blocks.join('\n')}
<script src="${SCRIPT}" defer></script></body></html>`;
}

const CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; img-src 'self'";

const pages = {
  '/blog/two.html': { body: hostPage({ probe: true, blocks: [
    `<pre class="goroscope" id="first">${escapeHtml(PING)}</pre>`,
    `<pre><code class="language-goroscope" data-seed="3" id="second">${escapeHtml(PING)}</code></pre>`,
  ] }) },
  '/blog/lazy.html': { body: hostPage({ spacer: 4000, blocks: [`<pre class="goroscope">${escapeHtml(PING)}</pre>`] }) },
  '/blog/hostile.html': { body: hostPage({ blocks: [`<pre class="goroscope" data-autoplay data-speed="max">${escapeHtml(HOSTILE)}</pre>`] }) },
  '/blog/csp.html': {
    body: hostPage({ styled: false, blocks: [`<pre class="goroscope">${escapeHtml(PING)}</pre>`] }),
    headers: { 'content-security-policy': CSP },
  },
};

// The app page itself under a CSP: its one inline loader is allowed by the hash that
// scripts/csp-hash prints, and wasm by 'wasm-unsafe-eval'.
const appCsp = () => `default-src 'none'; script-src 'self' 'wasm-unsafe-eval' ${
  execFileSync(path.join(ROOT, 'scripts/csp-hash'), { encoding: 'utf8' }).trim()
}; style-src 'self'; connect-src 'self'`;

let env;
before(async () => {
  const csp = appCsp();
  env = await start({ pages, headers: (url) => (url.searchParams.has('csp') ? { 'content-security-policy': csp } : {}) });
});
after(async () => { await env?.close(); });

async function counter(scope) {
  return (await scope.locator('[data-testid="step-counter"]').textContent()).trim();
}

test('a share link restores program, seed and step', async () => {
  const { page, errors } = await openApp(env.browser, env.base);
  await page.selectOption('[data-testid="example-picker"]', 'waitgroup');
  await page.fill('[data-testid="seed"]', '5');
  await page.locator('[data-testid="seed"]').dispatchEvent('change');
  for (let i = 0; i < 7; i++) await page.click('[data-testid="step-forward"]');
  const source = await page.inputValue('[data-testid="editor"]');
  const fp = await page.getAttribute('[data-testid="outcome"]', 'data-fingerprint');
  const steps = await counter(page);
  assert.match(steps, /^7 \/ \d+$/);
  await page.click('[data-testid="share"]');
  const url = await page.inputValue('[data-testid="share-url"]');
  assert.ok(url.startsWith(env.base) && url.includes('#g1.'), url);

  const other = await env.browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto(url);
  await fresh.waitForSelector('[data-testid="lane"]');
  assert.equal(await fresh.inputValue('[data-testid="editor"]'), source);
  assert.equal(await fresh.inputValue('[data-testid="seed"]'), '5');
  assert.equal(await counter(fresh), steps);
  assert.equal(await fresh.getAttribute('[data-testid="outcome"]', 'data-fingerprint'), fp);
  assert.equal(await fresh.locator('[data-testid="notice"]').count(), 0);
  await other.close();
  assert.deepEqual(errors, []);
  await page.close();
});

test('a damaged link says so and keeps what was in the editor; huge programs are refused', async () => {
  const ctx = await env.browser.newContext();
  const page = await ctx.newPage();
  await page.goto(env.base);
  await page.waitForSelector('[data-testid="lane"]');
  await page.fill('[data-testid="editor"]', PING);
  await page.click('[data-testid="share"]');
  const url = await page.inputValue('[data-testid="share-url"]');
  const mine = PING.replace('ping', 'my own work');
  await page.fill('[data-testid="editor"]', mine);

  const damaged = url.slice(0, -6) + (url.endsWith('AAAAAA') ? 'BBBBBB' : 'AAAAAA');
  await page.goto(env.base + 'index.html');
  await page.goto(damaged);
  await page.waitForSelector('[data-testid="notice"]');
  assert.match(await page.textContent('[data-testid="notice"]'), /damaged/);
  assert.equal(await page.inputValue('[data-testid="editor"]'), mine);

  const newer = url.replace('#g1.', '#g9.');
  await page.goto(env.base + 'index.html#');
  await page.goto(newer);
  await page.waitForSelector('[data-testid="notice"]');
  assert.match(await page.textContent('[data-testid="notice"]'), /newer Goroscope \(link format 9\)/);

  // A 1 MB program: Share explains instead of producing a broken link.
  const huge = PING + '// ' + 'x'.repeat(1 << 20) + '\n';
  await setSource(page, huge);
  await page.click('[data-testid="share"]');
  assert.match(await page.textContent('[data-testid="share-error"]'), /too large for a link/);
  await ctx.close();
});

// A share link as another raw-deflate encoder (Node's zlib) makes it: the format is plain
// deflate, so links made before the page deflated through the browser still open.
function linkOf(payload, packed = zlib.deflateRawSync(Buffer.from(payload), { level: 9 })) {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(payload)) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return `g1.${h.toString(16).padStart(8, '0')}.${packed.toString('base64url')}`;
}

test('links from any deflate encoder open; a link that would inflate past the limit is refused', async () => {
  const ctx = await env.browser.newContext();
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${env.base}index.html#${linkOf(`seed 3\nstep 4\n\n${PING}`)}`);
  await page.waitForSelector('[data-testid="lane"]');
  assert.equal(await page.inputValue('[data-testid="editor"]'), PING);
  assert.equal(await page.inputValue('[data-testid="seed"]'), '3');
  assert.match(await counter(page), /^4 \/ \d+$/);

  // 10 MB of one letter deflates to a 14 KB link; opening it must stop at the limit.
  const bomb = `seed 1\nstep 0\n\n${'a'.repeat(10 << 20)}`;
  await page.fill('[data-testid="editor"]', PING.replace('ping', 'kept'));
  await page.goto(`${env.base}index.html#${linkOf(bomb)}`);
  await page.waitForSelector('[data-testid="notice"]');
  assert.match(await page.textContent('[data-testid="notice"]'), /damaged \(cannot be decompressed\)/);
  assert.equal(await page.inputValue('[data-testid="editor"]'), PING.replace('ping', 'kept'));
  await page.waitForSelector('[data-testid="lane"]');
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('the iframe player autoplays, reports its height and needs no storage', async () => {
  const ctx = await env.browser.newContext();
  // A host that blocks third-party storage: any use of localStorage throws.
  await ctx.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const src = `${env.base}index.html?embed&example=waitgroup&autoplay&speed=64&theme=dark&panels=controls,timeline,output`;
  await page.setContent(`<!DOCTYPE html><body><script>
    window.heights = [];
    addEventListener('message', (e) => { if (e.data && e.data.type === 'goroscope:height') heights.push(e.data.height); });
  </script><iframe id="f" src="${src}" width="700" height="450"></iframe></body>`);
  const frame = page.frameLocator('#f');
  await frame.locator('[data-testid="lane"]').first().waitFor();
  const first = await counter(frame);
  await page.waitForFunction(() => window.heights.length > 0);
  await page.waitForTimeout(400);
  const later = await counter(frame);
  assert.notEqual(first, later, 'autoplay advances the cursor');
  assert.equal(await frame.locator('[data-testid="example-picker"]').count(), 0, 'compact player');
  assert.equal(await frame.locator('[data-testid="editor"]').count(), 0, 'panels= hides the editor');
  assert.equal(await frame.locator('.goroscope-theme-dark').count(), 1);
  const heights = await page.evaluate(() => window.heights);
  const h = heights[heights.length - 1];
  assert.ok(h > 100 && h <= 450, `height ${h} fits a 700x450 frame`);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'iframe-embed.png') });
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('the default iframe player fits a 700x450 frame, even with a long race report', async () => {
  const page = await env.browser.newPage({ viewport: { width: 800, height: 600 } });
  for (const example of ['waitgroup', 'fetcher-race', 'buffered-deadlock']) {
    await page.setContent(`<!DOCTYPE html><body style="margin:0"><script>
      window.heights = [];
      addEventListener('message', (e) => { if (e.data && e.data.type === 'goroscope:height') heights.push(e.data.height); });
    </script><iframe id="f" src="${env.base}index.html?embed&example=${example}" width="700" height="450" style="border:0"></iframe></body>`);
    await page.frameLocator('#f').locator('[data-testid="lane"]').first().waitFor();
    await page.waitForFunction(() => window.heights.length > 0);
    await page.waitForTimeout(200);
    const h = await page.evaluate(() => window.heights[window.heights.length - 1]);
    assert.ok(h <= 450, `${example}: ${h} px`);
  }
  await page.close();
});

test('two script-embedded players on one page are independent and isolated', async () => {
  const page = await env.browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const wasm = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(r.url()); });
  await page.goto(env.origin + '/blog/two.html');
  await page.waitForFunction(() => document.querySelectorAll('.goroscope-embed-host').length === 2);
  const hosts = page.locator('.goroscope-embed-host');
  await hosts.nth(0).locator('[data-testid="lane"]').first().waitFor();
  await hosts.nth(1).locator('[data-testid="lane"]').first().waitFor();
  assert.match(await counter(hosts.nth(0)), /^0 \/ \d+$/);
  await hosts.nth(0).locator('[data-testid="step-forward"]').click();
  await hosts.nth(0).locator('[data-testid="step-forward"]').click();
  assert.match(await counter(hosts.nth(0)), /^2 \/ \d+$/);
  assert.match(await counter(hosts.nth(1)), /^0 \/ \d+$/, 'the other player did not move');
  assert.equal(await hosts.nth(1).locator('[data-testid="seed"]').inputValue(), '3');
  // Keyboard shortcuts go only to the focused player.
  await hosts.nth(1).locator('[data-testid="app"]').focus();
  await page.keyboard.press('ArrowRight');
  assert.match(await counter(hosts.nth(1)), /^1 \/ \d+$/);
  assert.match(await counter(hosts.nth(0)), /^2 \/ \d+$/);
  assert.equal(wasm.length, 1, `wasm fetched once: ${wasm}`);
  // The page's `button { background: red }` does not reach the players, and the players'
  // stylesheet does not reach the page (its .goroscope-caption keeps the page's style).
  const bg = await hosts.nth(0).locator('[data-testid="run"]').evaluate((b) => getComputedStyle(b).backgroundColor);
  assert.notEqual(bg, 'rgb(255, 0, 0)');
  const hostP = await page.evaluate(() => getComputedStyle(document.getElementById('host-p')).fontSize);
  assert.equal(hostP, '16px');
  const added = await page.evaluate(
    () => Object.keys(window).filter((k) => k !== 'hostKeys' && !window.hostKeys.includes(k)));
  assert.deepEqual(added, ['Goroscope']);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'script-embed.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('the script embed loads nothing until a block scrolls into view', async () => {
  const page = await env.browser.newPage({ viewport: { width: 900, height: 600 } });
  const wasm = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(r.url()); });
  await page.goto(env.origin + '/blog/lazy.html');
  await page.waitForTimeout(800);
  assert.equal(wasm.length, 0, 'no wasm before the block is near the viewport');
  assert.equal(await page.locator('.goroscope-embed-host').count(), 0);
  await page.locator('pre.goroscope').scrollIntoViewIfNeeded();
  await page.locator('.goroscope-embed-host [data-testid="lane"]').first().waitFor();
  assert.equal(wasm.length, 1);
  await page.close();
});

test('hostile programs show as text and run nothing, in links, iframes and script embeds', async () => {
  const page = await env.browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(env.origin + '/blog/hostile.html');
  const host = page.locator('.goroscope-embed-host');
  await host.locator('[data-testid="outcome"][data-kind="exited"]').waitFor();
  assert.equal(await host.locator('[data-testid="editor"]').inputValue(), HOSTILE);
  assert.match(await host.locator('[data-testid="output"]').textContent(), /<\/pre><script>window.pwned = 1<\/script><img/);
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.equal(await page.locator('script:not([src])').count(), 0, 'no script element was created from the program');
  assert.equal(await page.locator('img').count(), 0);

  // The same program through a share link opened in the app and in an iframe player.
  const app = await openApp(env.browser, env.base);
  await app.page.fill('[data-testid="editor"]', HOSTILE);
  await app.page.click('[data-testid="share"]');
  const url = await app.page.inputValue('[data-testid="share-url"]');
  await app.page.click('[data-testid="embed-code"]');
  const snippet = await app.page.inputValue('[data-testid="embed-snippet"]');
  assert.match(snippet, /^<iframe src="[^"]+\?embed#g1\.[0-9a-f]{8}\.[A-Za-z0-9_-]+" width="700" height="450"/);
  const viewer = await env.browser.newPage();
  await viewer.goto(url);
  await viewer.waitForSelector('[data-testid="outcome"][data-kind="exited"]');
  assert.equal(await viewer.inputValue('[data-testid="editor"]'), HOSTILE);
  await viewer.setContent(`<!DOCTYPE html><body>${snippet}</body>`);
  const frame = viewer.frameLocator('iframe');
  await frame.locator('[data-testid="outcome"][data-kind="exited"]').waitFor();
  assert.equal(await frame.locator('[data-testid="editor"]').inputValue(), HOSTILE);
  assert.equal(await viewer.evaluate(() => window.pwned), undefined);
  assert.equal(await viewer.frames()[1].evaluate(() => window.pwned), undefined);
  assert.deepEqual(errors, []);
  await viewer.close();
  await app.page.close();
  await page.close();
});

test('the script embed works under a strict Content-Security-Policy', async () => {
  const page = await env.browser.newPage();
  const violations = [];
  page.on('console', (m) => { if (/Content Security Policy/.test(m.text())) violations.push(m.text()); });
  await page.goto(env.origin + '/blog/csp.html');
  const host = page.locator('.goroscope-embed-host');
  await host.locator('[data-testid="lane"]').first().waitFor();
  await host.locator('[data-testid="jump-end"]').click();
  assert.equal(await host.locator('[data-testid="outcome"]').getAttribute('data-kind'), 'exited');
  assert.deepEqual(violations, []);
  await page.close();
});

test('the iframe player works under a strict Content-Security-Policy', async () => {
  const page = await env.browser.newPage();
  const violations = [];
  page.on('console', (m) => { if (/Content Security Policy/.test(m.text())) violations.push(m.text()); });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${env.base}index.html?embed&csp&example=buffered-deadlock`);
  await page.locator('[data-testid="lane"]').first().waitFor();
  await page.click('[data-testid="jump-end"]');
  assert.equal(await page.getAttribute('[data-testid="outcome"]', 'data-kind'), 'deadlock');
  // "Open in Goroscope" links to the full app at the step the player stopped at.
  const end = await counter(page);
  await page.waitForFunction(() => {
    const a = document.querySelector('[data-testid="open-full"]');
    return a && /#g1\./.test(a.href) && !a.href.includes('?embed');
  });
  const full = await page.getAttribute('[data-testid="open-full"]', 'href');
  const opened = await env.browser.newPage();
  await opened.goto(full);
  await opened.waitForSelector('[data-testid="lane"]');
  await opened.waitForFunction((want) => document.querySelector('[data-testid="step-counter"]').textContent.trim() === want, end);
  assert.equal(await opened.getAttribute('[data-testid="outcome"]', 'data-kind'), 'deadlock');
  await opened.close();
  assert.deepEqual(violations, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the embedding docs page shows a live example of each kind', async () => {
  const page = await env.browser.newPage({ viewport: { width: 1000, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${env.base}docs/embed.html`);
  // The iframe player.
  const frame = page.frameLocator('#live-iframe');
  await page.locator('#live-iframe').scrollIntoViewIfNeeded();
  await frame.locator('[data-testid="lane"]').first().waitFor();
  // The script embed's two players.
  for (const n of [1, 2]) {
    // Each block becomes a player once it scrolls into view (and leaves the page's <pre>s).
    if (await page.locator('pre.goroscope').count()) await page.locator('pre.goroscope').first().scrollIntoViewIfNeeded();
    await page.waitForFunction((n) => document.querySelectorAll('.goroscope-embed-host').length >= n, n);
  }
  assert.equal(await page.locator('.goroscope-embed-host').count(), 2);
  assert.equal(await page.locator('.goroscope-embed-host [data-testid="lane"]').first().isVisible(), true);
  // The static SVG, as an image.
  const img = page.locator('#live-svg');
  await img.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.getElementById('live-svg').complete);
  assert.ok(await img.evaluate((i) => i.naturalWidth) > 100);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'docs-embed.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});
