import { describe, expect, it } from 'vitest';
import type { ReportLine } from './model.js';
import { paced } from './pace.js';

/**
 * Rows that resolve at once, like better-sqlite3's: no macrotask would ever run between them.
 * Every 1,000 rows cost 1 ms of synchronous work (a page read), so the stream lasts ~300 ms.
 */
async function* syncRows(n: number): AsyncGenerator<ReportLine> {
  for (let i = 0; i < n; i++) {
    if (i % 1000 === 0) { const until = performance.now() + 1; while (performance.now() < until); }
    yield { level: 'group', cells: { number: i } };
  }
}

describe('paced', () => {
  it('passes every row in order and lets the event loop run while a long report streams', async () => {
    let ticks = 0;
    let seenAt = -1;
    const timer = setInterval(() => { ticks += 1; }, 0);
    const numbers: number[] = [];
    try {
      for await (const line of paced(syncRows(300_000))) {
        numbers.push(line.cells.number as number);
        if (ticks > 0 && seenAt < 0) seenAt = numbers.length;
      }
    } finally {
      clearInterval(timer);
    }
    expect(numbers).toHaveLength(300_000);
    expect(numbers.every((n, i) => n === i)).toBe(true);
    // The timer fired while rows were still coming, within the first few slices.
    expect(seenAt).toBeGreaterThan(0);
    expect(seenAt).toBeLessThan(100_000);
  });

  it('without pacing the same rows would starve the timer (the reason for it)', async () => {
    let ticks = 0;
    const timer = setInterval(() => { ticks += 1; }, 0);
    let n = 0;
    try {
      for await (const _ of syncRows(300_000)) n += 1;
    } finally {
      clearInterval(timer);
    }
    expect(n).toBe(300_000);
    expect(ticks).toBe(0);
  });
});
