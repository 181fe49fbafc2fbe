// Shared set-up for the end-to-end tests: a static server for dist/ under a sub-path (the
// build uses relative URLs, so any prefix must work) and Debian's Chromium via playwright-core.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DIST = path.resolve(process.env.DIST || path.join(here, '..', 'dist'));
export const SCREENSHOTS = path.join(here, 'screenshots');
const PREFIX = '/blog/goroscope/';
const MIME = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.png': 'image/png', '.svg': 'image/svg+xml',
  '.json': 'application/json', '.go': 'text/plain; charset=utf-8',
};

/**
 * Serves dist/ under PREFIX, plus `pages` (path → { body, headers }) for host pages that embed
 * the player; `headers(url)` adds response headers to dist files (a CSP, say).
 */
function serve(req, res, { pages = {}, headers = () => ({}) } = {}) {
  const url = new URL(req.url, 'http://localhost');
  const page = pages[url.pathname];
  if (page) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...(page.headers || {}) });
    res.end(page.body);
    return;
  }
  if (!url.pathname.startsWith(PREFIX)) { res.writeHead(404).end(); return; }
  const rel = decodeURIComponent(url.pathname.slice(PREFIX.length)) || 'index.html';
  const file = path.join(DIST, rel);
  if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    res.writeHead(404).end(); return;
  }
  res.writeHead(200, {
    'content-type': MIME[path.extname(file)] || 'application/octet-stream', ...headers(url),
  });
  fs.createReadStream(file).pipe(res);
}

/** Starts the server and the browser; returns { base, origin, browser, close }. */
export async function start(options = {}) {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) {
    throw new Error(`no ${DIST}/index.html: run scripts/build first`);
  }
  const server = http.createServer((req, res) => serve(req, res, options));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const base = `${origin}${PREFIX}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const close = async () => {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  };
  return { base, origin, browser, close };
}

/**
 * Opens the app and waits until it has mounted. A JavaScript error on the page fails the
 * wait at once with the error's text, instead of timing out on a selector.
 */
export async function openApp(browser, url, { viewport } = {}) {
  const page = await browser.newPage(viewport ? { viewport } : {});
  const errors = [];
  let fail;
  const crashed = new Promise((_, reject) => { fail = reject; });
  crashed.catch(() => {});
  page.on('pageerror', (e) => { errors.push(String(e)); fail(new Error(`page error: ${e}`)); });
  await page.goto(url);
  await Promise.race([page.waitForSelector('[data-testid="app"]', { timeout: 20000 }), crashed]);
  return { page, errors };
}

/** A program from e2e/programs/. */
export function program(name) {
  return fs.readFileSync(path.join(here, 'programs', name), 'utf8');
}

/** Replaces the editor's text as typing would (fast, even for a megabyte). */
export async function setSource(page, source) {
  await page.evaluate((text) => {
    const ed = document.querySelector('[data-testid="editor"]');
    ed.value = text;
    ed.dispatchEvent(new Event('input', { bubbles: true }));
  }, source);
}
