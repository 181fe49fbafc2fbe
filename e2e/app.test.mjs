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
