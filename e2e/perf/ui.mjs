// UI performance in headless Chromium, measured with the browser's own clocks
// (performance.now in requestAnimationFrame callbacks): frame times while playing a
// 1,000-goroutine program, and the time from a scrubber move to the next painted frame in a
// trace of over a million events. Prints figures; it asserts nothing (see CONTRIBUTING.md).
//
//   node e2e/perf/ui.mjs        (after scripts/build)
import { start, openApp, program, setSource } from '../support.mjs';

const THOUSAND = `package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make(chan int, 10)
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- i * i
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println(sum)
}
`;

const MILLION = program('handoffs_300k.go');

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const fmt = (x) => `${x.toFixed(1)} ms`;

async function load(page, source) {
  await setSource(page, source);
  const t0 = Date.now();
  await page.click('[data-testid="run"]');
  await page.waitForFunction(() => !document.querySelector('[data-testid="progress"]')
    && document.querySelector('[data-testid="lane"]'), null, { timeout: 120000 });
  return Date.now() - t0;
}

const env = await start();
try {
  const { page } = await openApp(env.browser, env.base, { viewport: { width: 1280, height: 900 } });

  // 1. Playing 1,000 goroutines at 64 steps per second.
  const runMs = await load(page, THOUSAND);
  const lanes = await page.locator('[data-testid="lane"]').count();
  const steps = (await page.textContent('[data-testid="step-counter"]')).split('/')[1].trim();
  await page.selectOption('[data-testid="speed"]', { label: '64 steps/s' });
  await page.click('[data-testid="play"]');
  const frames = await page.evaluate(() => new Promise((resolve) => {
    const out = [];
    let last = performance.now();
    const end = last + 4000;
    function tick(now) {
      out.push(now - last);
      last = now;
      if (now < end) requestAnimationFrame(tick); else resolve(out);
    }
    requestAnimationFrame(tick);
  }));
  await page.click('[data-testid="play"]');
  console.log(`play: ${lanes} lanes, ${steps} steps (run and first draw ${runMs} ms); `
    + `${frames.length} frames in 4 s at 64 steps/s: p50 ${fmt(pct(frames, 50))}, `
    + `p95 ${fmt(pct(frames, 95))}, max ${fmt(Math.max(...frames))}`);

  // 2. Scrubbing a trace of over a million events.
  const runMs2 = await load(page, MILLION);
  const total = Number((await page.textContent('[data-testid="step-counter"]')).split('/')[1]);
  const scrubs = await page.evaluate((total) => new Promise((resolve) => {
    const input = document.querySelector('[data-testid="scrubber"]');
    const out = [];
    let k = 0;
    function next() {
      if (k === 40) { resolve(out); return; }
      // Spread over the whole trace, out of order.
      const v = Math.floor(((k * 7919) % 40) / 40 * total);
      k++;
      const t0 = performance.now();
      input.value = String(v);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      // The frame that shows the new position: the next animation frame after the update.
      requestAnimationFrame(() => {
        out.push(performance.now() - t0);
        setTimeout(next, 30);
      });
    }
    next();
  }), total);
  console.log(`scrub: ${total} events (run and first draw ${runMs2} ms); 40 jumps, input to next `
    + `frame: p50 ${fmt(pct(scrubs, 50))}, p95 ${fmt(pct(scrubs, 95))}, max ${fmt(Math.max(...scrubs))}`);
} finally {
  await env.close();
}
