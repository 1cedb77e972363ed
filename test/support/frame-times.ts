/** Frame times in a page, for the benchmarks that scroll it (bench:reader, bench:library). */
import type { Page } from 'playwright-core';

/** The value at percentile `p` of values sorted ascending. */
export const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;

// Sent as text: the TypeScript loader would wrap a function's named inner functions in a helper the page lacks.
const MEASURE = `(px, frames) => new Promise((resolve) => {
  const times = [];
  let last = performance.now();
  let left = frames;
  const tick = (now) => {
    times.push(now - last);
    last = now;
    if (px > 0) window.scrollBy(0, px);
    if (--left > 0) requestAnimationFrame(tick);
    else resolve(times.slice(1));
  };
  requestAnimationFrame(tick);
})`;

/** The times of `count` frames (ms) while the window scrolls `step` px each frame (0: stays still). */
export function frameTimes(page: Page, step: number, count = 300): Promise<number[]> {
  return page.evaluate(`(${MEASURE})(${Number(step)}, ${Number(count)})`) as Promise<number[]>;
}
