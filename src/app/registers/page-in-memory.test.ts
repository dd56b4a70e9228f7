import { describe, expect, it } from 'vitest';
import { pageInMemory } from './page-in-memory.js';

describe('pageInMemory', () => {
  const items = [5, 3, 9, 1, 7, 2].map((n) => ({ n, name: `item ${n}` }));

  it('sorts by the key and walks every item exactly once', () => {
    const seen: number[] = [];
    let cursor: string | undefined;
    do {
      const page = pageInMemory(items, (i) => [i.n], ['int'], { limit: '2', cursor });
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((i) => i.n));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual([1, 2, 3, 5, 7, 9]);
  });

  it('compares keys element by element, strings included', () => {
    const rows = [{ k: ['b', 1] }, { k: ['a', 2] }, { k: ['a', 1] }];
    expect(pageInMemory(rows, (r) => r.k as (string | number)[], ['string', 'int'], {}).items.map((r) => r.k)).toEqual([['a', 1], ['a', 2], ['b', 1]]);
  });

  it('answers a null cursor on the last page', () => {
    expect(pageInMemory(items, (i) => [i.n], ['int'], { limit: 100 }).nextCursor).toBeNull();
  });
});
