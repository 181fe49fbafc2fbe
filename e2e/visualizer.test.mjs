// The visualizer in a real browser: examples run and end as Go would, stepping is
// reversible, channel buffers and lanes show the right state, compile errors point at their
// line, the code survives a reload, and everything works from the keyboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fs from 'node:fs';
import { start, openApp, SCREENSHOTS } from './support.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** A page object over the app's data-testids. */
class Visualizer {
  constructor(page) { this.page = page; }
  static async open(url) {
    const { page, errors } = await openApp(env.browser, url);
    return Object.assign(new Visualizer(page), { errors });
  }
  tid(id) { return this.page.locator(`[data-testid="${id}"]`); }
  async counter() { return (await this.tid('step-counter').textContent()).trim(); }
  async steps() { return Number((await this.counter()).split('/')[1]); }
  async pick(id) {
    await this.tid('example-picker').selectOption(id);
    await this.page.waitForFunction(() => document.querySelector('[data-testid="step-counter"]')?.textContent.startsWith('0 /'));
  }
  async outcome() { return this.tid('outcome').getAttribute('data-kind'); }
  async end() {
    await this.tid('jump-end').click();
    const n = await this.steps();
    await this.page.waitForFunction((n) => document.querySelector('[data-testid="step-counter"]').textContent.trim() === `${n} / ${n}`, n);
  }
  async snapshot() {
    return this.page.evaluate(() => ({
      counter: document.querySelector('[data-testid="step-counter"]').textContent,
      lanes: [...document.querySelectorAll('[data-testid="lane"]')].map((l) => `${l.dataset.gid}:${l.dataset.state}`).join(','),
      chans: [...document.querySelectorAll('[data-testid="channel"]')].map((c) => `${c.dataset.len}/${c.dataset.cap}/${c.dataset.closed}`).join(','),
      output: document.querySelector('[data-testid="output"]').textContent,
      narration: document.querySelector('[data-testid="narration"]').textContent,
    }));
  }
}

const SEED_OUTCOMES = {
  'printer': 'exited', 'printer-no-sleep': 'exited', 'waitgroup': 'exited', 'loopvar': 'exited',
  'loopvar-go121': 'race', 'loopvar-fixed': 'exited', 'fetcher-race': 'race', 'fetcher-mutex': 'exited',
  'unbuffered': 'exited', 'buffered-deadlock': 'deadlock', 'buffered-sender': 'exited', 'close-range': 'exited',
  'fetcher-channels': 'exited',
};

test('every seed example runs to the outcome Go gives it, with a screenshot for the gallery', async () => {
  const v = await Visualizer.open(env.base);
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  for (const [id, kind] of Object.entries(SEED_OUTCOMES)) {
    await v.pick(id);
    assert.equal(await v.outcome(), kind, `${id} ends ${kind}`);
    assert.ok(await v.steps() > 0, `${id} has steps`);
    await v.end();
    await v.page.screenshot({ path: path.join(SCREENSHOTS, `${id}.png`), fullPage: true });
  }
  assert.deepEqual(v.errors, []);
  await v.page.close();
});

test('the blog\'s map race is reported in Go\'s words, and the mutex fix is clean', async () => {
  const v = await Visualizer.open(env.base);
  await v.pick('fetcher-race');
  assert.equal(await v.outcome(), 'race');
  assert.match(await v.tid('outcome').textContent(), /WARNING: DATA RACE[\s\S]*Found 1 data race\(s\)/);
  // Each access of the race is a button that moves the cursor just past it.
  const race = v.tid('race-access').first();
  assert.match(await race.textContent(), /^Data race on /);
  const stepOf = async (id) => Number((await race.locator(`[data-testid="${id}"]`).textContent()).replace('step ', ''));
  const [prev, step] = [await stepOf('race-jump-prev'), await stepOf('race-jump')];
  assert.ok(prev < step);
  await race.locator('[data-testid="race-jump"]').click();
  assert.match(await v.tid('step-counter').textContent(), new RegExp(`^${step + 1} / `));
  await race.locator('[data-testid="race-jump-prev"]').click();
  assert.match(await v.tid('step-counter').textContent(), new RegExp(`^${prev + 1} / `));
  // At the end, the raced variable is flagged among the shared ones.
  await v.end();
  assert.ok(await v.page.locator('[data-testid="shared-var"][data-racy="true"]').count() >= 1);
  await v.pick('fetcher-mutex');
  assert.equal(await v.outcome(), 'exited');
  assert.equal(await v.tid('race-access').count(), 0);
  await v.page.close();
});

test('the buffered overflow shows a full 2/2 buffer and the deadlock in Go\'s words', async () => {
  const v = await Visualizer.open(env.base);
  await v.pick('buffered-deadlock');
  await v.end();
  const ch = v.tid('channel').first();
  assert.equal(await ch.getAttribute('data-len'), '2');
  assert.equal(await ch.getAttribute('data-cap'), '2');
  assert.equal(await v.tid('chan-slot').count(), 2);
  assert.match(await v.tid('outcome').textContent(), /all goroutines are asleep - deadlock!/);
  assert.equal(await v.page.locator('[data-testid="lane"][data-gid="1"]').getAttribute('data-state'), 'blocked');
  await v.page.close();
});

test('the WaitGroup example forks eight goroutines from main: nine lanes', async () => {
  const v = await Visualizer.open(env.base);
  await v.pick('waitgroup');
  await v.end();
  assert.equal(await v.tid('lane').count(), 9);
  assert.match(await v.tid('output').textContent(), /Heraclitus/);
  await v.page.close();
});

test('timers and tickers show when they fire next, and what became of them', async () => {
  const v = await Visualizer.open(env.base);
  await v.pick('ticker');
  await v.tid('step-forward').click();
  await v.tid('step-forward').click();
  const ticker = v.tid('timer').first();
  assert.equal(await ticker.getAttribute('data-state'), 'armed');
  assert.match(await ticker.textContent(), /^time\.NewTicker at line 11 → .*: fires at 100ms$/);
  await v.end();
  const states = await v.page.evaluate(() => [...document.querySelectorAll('[data-testid="timer"]')]
    .map((t) => `${t.dataset.state}/${t.dataset.fires}`));
  // The ticker ticked three times before the deferred Stop; the 350ms deadline fired once.
  assert.deepEqual(states, ['stopped/3', 'fired/1']);
  assert.match(await v.tid('clock').textContent(), /virtual time 350ms/);
  await v.page.close();
});

test('stepping forward then back returns to the identical state', async () => {
  const v = await Visualizer.open(env.base);
  await v.pick('unbuffered');
  const forward = 5;
  for (let i = 0; i < forward; i++) await v.tid('step-forward').click();
  const at5 = await v.snapshot();
  assert.match(at5.counter, /^5 \//);
  await v.tid('step-forward').click();
  await v.tid('step-back').click();
  assert.deepEqual(await v.snapshot(), at5);
  await v.page.close();
});

test('clicking a lane label steps to that goroutine\'s next event', async () => {
  const v = await Visualizer.open(env.base);
  await v.pick('waitgroup');
  await v.page.locator('[data-testid="lane"][data-gid="1"] [data-testid="lane-next"]').click();
  const at = Number((await v.counter()).split('/')[0]);
  assert.ok(at >= 1);
  // The narration now describes an event of G1.
  assert.match(await v.tid('narration').textContent(), /^G1 /);
  await v.page.close();
});

test('a compile error shows a diagnostic at its line and no run', async () => {
  const v = await Visualizer.open(env.base);
  await v.tid('editor').fill('package main\n\nimport "fmt"\n\nfunc main() {\n\tx := 1\n}\n');
  await v.tid('run').click();
  await v.page.waitForSelector('[data-testid="diagnostic"]');
  const texts = await v.tid('diagnostic').allTextContents();
  assert.deepEqual(texts, ['3:8: "fmt" imported and not used', '6:2: declared and not used: x']);
  assert.equal(await v.outcome(), 'compile-error');
  await v.page.close();
});

test('the code survives a reload', async () => {
  const v = await Visualizer.open(env.base);
  const src = 'package main\n\nfunc main() {\n\tprintln("kept")\n}\n';
  await v.tid('editor').fill(src);
  await v.page.reload();
  await v.page.waitForSelector('[data-testid="editor"]');
  assert.equal(await v.tid('editor').inputValue(), src);
  await v.page.close();
});

test('keyboard only: space plays, arrows step, Home and End jump', async () => {
  const v = await Visualizer.open(env.base);
  await v.pick('unbuffered');
  await v.page.locator('body').click({ position: { x: 2, y: 2 } });
  await v.page.keyboard.press('ArrowRight');
  await v.page.keyboard.press('ArrowRight');
  assert.match(await v.counter(), /^2 \//);
  await v.page.keyboard.press('ArrowLeft');
  assert.match(await v.counter(), /^1 \//);
  await v.page.keyboard.press('End');
  const n = await v.steps();
  assert.equal(await v.counter(), `${n} / ${n}`);
  await v.page.keyboard.press('Home');
  assert.match(await v.counter(), /^0 \//);
  await v.page.keyboard.press(']');
  await v.page.keyboard.press(']');
  await v.page.keyboard.press(']');
  await v.page.keyboard.press(' ');
  await v.page.waitForFunction(() => !document.querySelector('[data-testid="step-counter"]').textContent.startsWith('0 /'));
  await v.page.keyboard.press(' ');
  await v.page.close();
});

test('the browser (wasm) records the same trace as the native CLI, under seed 0 and another seed', async () => {
  const { execFileSync } = await import('node:child_process');
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
  const v = await Visualizer.open(env.base);
  const cases = [['buffered-deadlock', 'seed/10_buffered_channel_deadlock.go'], ['waitgroup', 'seed/03_waitgroup.go'],
    ['worker-pool', 'patterns/worker_pool.go']];
  for (const [id, file] of cases) {
    for (const seed of ['0', '7']) {
      await v.pick(id);
      await v.tid('seed').fill(seed);
      await v.tid('seed').dispatchEvent('change');
      await v.page.waitForFunction(() => document.querySelector('[data-testid="step-counter"]')?.textContent.startsWith('0 /'));
      const inBrowser = await v.tid('outcome').getAttribute('data-fingerprint');
      const native = execFileSync('cargo', ['run', '-q', '-p', 'goroscope-cli', '--', 'fingerprint', '--seed', seed,
        path.join(root, 'examples', file)], { cwd: root, encoding: 'utf8' }).trim();
      assert.equal(inBrowser, native, `${id} seed ${seed}`);
    }
  }
  await v.page.close();
});

test('on a 360-pixel phone the layout stacks without sideways scrolling', async () => {
  const { page } = await openApp(env.browser, env.base, { viewport: { width: 360, height: 740 } });
  await page.waitForSelector('[data-testid="lane"]');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `the page is ${overflow}px wider than the screen`);
  const editor = await page.locator('[data-testid="editor"]').boundingBox();
  const timeline = await page.locator('.goroscope-timeline').boundingBox();
  assert.ok(timeline.y > editor.y, 'the timeline is stacked below the editor');
  await page.close();
});
