// Long simulations run in slices: the page keeps drawing a progress line, Stop ends the run
// and shows what it did, and a run that is left alone finishes on its own.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openApp, program, setSource } from './support.mjs';

const LONG = program('handoffs_300k.go');
// Seconds of work in few steps: still running when Stop is clicked.
const SLOW = program('slow_handoffs.go');

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

async function load(page, source) {
  await setSource(page, source);
  await page.click('[data-testid="run"]');
}

test('a long run shows progress, and Stop keeps what ran', async () => {
  const { page, errors } = await openApp(env.browser, env.base);
  await load(page, SLOW);
  const progress = page.locator('[data-testid="progress"]');
  await progress.waitFor();
  const first = await progress.textContent();
  await page.waitForFunction((t) => {
    const el = document.querySelector('[data-testid="progress"]');
    return el && el.textContent !== t;
  }, first);
  await page.click('[data-testid="stop"]');
  await page.locator('[data-testid="outcome"][data-kind="limit"]').waitFor();
  assert.match(await page.textContent('[data-testid="outcome"]'), /user's request/);
  const [, n] = (await page.textContent('[data-testid="step-counter"]')).match(/^0 \/ (\d+)$/);
  assert.ok(Number(n) >= 3, `kept ${n} steps`);
  await page.click('[data-testid="jump-end"]');
  assert.ok((await page.locator('[data-testid="lane"]').count()) >= 2);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a long run left alone finishes with Go\'s output', async () => {
  const { page, errors } = await openApp(env.browser, env.base);
  await load(page, LONG);
  await page.locator('[data-testid="progress"]').waitFor();
  await page.locator('[data-testid="outcome"][data-kind="exited"]').waitFor({ timeout: 60000 });
  await page.click('[data-testid="jump-end"]');
  assert.equal((await page.textContent('.goroscope-stdout')).trim(), String((300000 * 299999) / 2));
  const [, n] = (await page.textContent('[data-testid="step-counter"]')).match(/^\d+ \/ (\d+)$/);
  assert.ok(Number(n) > 900000, `${n} steps`);
  assert.deepEqual(errors, []);
  await page.close();
});
