/**
 * Sorting and cursor paging for short lists read whole (small registers, a contact's persons):
 * the same `{ items, nextCursor }` contract as the keyset lists over the database.
 */
import { clampLimit, decodeCursor, toPage, type CursorPart, type Page } from '../paging.js';

type Key = (string | number)[];

function compareKeys(a: Key, b: Key): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i], y = b[i];
    if (x === y) continue;
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

/** `shape` is the type of each part of `key`, so a cursor of another shape is refused. */
export function pageInMemory<T>(
  items: T[], key: (item: T) => Key, shape: readonly CursorPart[], input: { limit?: unknown; cursor?: string },
): Page<T> {
  const limit = clampLimit(input.limit);
  const after = decodeCursor(input.cursor, shape) as Key | undefined;
  const sorted = items.map((item) => ({ item, k: key(item) })).sort((a, b) => compareKeys(a.k, b.k));
  const rest = after ? sorted.filter((r) => compareKeys(r.k, after) > 0) : sorted;
  return toPage(rest.slice(0, limit + 1), limit, (r) => r.item, (r) => r.k);
}
