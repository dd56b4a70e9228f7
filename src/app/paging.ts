/**
 * Keyset paging shared by every list: `?limit=&cursor=` in, `{ items, nextCursor }` out.
 * Limits default to 50 and larger values are clamped to 1,000 (api-conventions). Cursors are
 * opaque: base64url of the last row's sort key.
 */
import { validation } from '../domain/errors.js';

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 1000;

export type Page<T> = { items: T[]; nextCursor: string | null };

export function clampLimit(raw: unknown): number {
  const n = typeof raw === 'string' ? Number(raw) : typeof raw === 'number' ? raw : NaN;
  if (!Number.isFinite(n) || n < 1) return DEFAULT_LIMIT;
  return Math.min(Math.floor(n), MAX_LIMIT);
}

export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined | null, field = 'cursor'): unknown[] | undefined {
  if (!cursor) return undefined;
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v)) return v;
  } catch {
    /* fall through */
  }
  throw validation(field, 'invalid cursor');
}

/** Turns `limit + 1` fetched rows into a page, making the cursor from the last returned row. */
export function toPage<R, T>(rows: R[], limit: number, map: (r: R) => T, key: (r: R) => unknown[]): Page<T> {
  const more = rows.length > limit;
  const kept = more ? rows.slice(0, limit) : rows;
  return { items: kept.map(map), nextCursor: more ? encodeCursor(key(kept[kept.length - 1]!)) : null };
}
