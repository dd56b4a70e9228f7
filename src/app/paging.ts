/**
 * Keyset paging shared by every list: `?limit=&cursor=` in, `{ items, nextCursor }` out.
 * Limits default to 50 and larger values are clamped to 1,000 (api-conventions). Cursors are
 * opaque: base64url of the last row's sort key.
 */
import { validation } from '../domain/errors.js';
import { isInt32, textProblem } from '../domain/input-limits.js';

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

/** The type of each part of a list's sort key: text or a whole number (ids, numbers, ranks). */
export type CursorPart = 'string' | 'int';

const MAX_CURSOR_LENGTH = 8192;
const MAX_CURSOR_TEXT = 2000;

function isCursorValue(v: unknown): v is string | number {
  if (typeof v === 'string') return v.length <= MAX_CURSOR_TEXT && textProblem(v) === undefined;
  return isInt32(v);
}

/**
 * Reads a cursor this server made, or refuses it with 400 naming the field. A cursor is
 * base64url of a JSON array of text and 32-bit whole numbers, re-encoded to exactly itself (so
 * padding, spaces or other spellings are foreign), and, when the list says so, of its key's shape.
 * Nothing the client invents reaches SQL as a value of the wrong type, size or character.
 */
export function decodeCursor(cursor: string | undefined | null, shape?: readonly CursorPart[], field = 'cursor'): unknown[] | undefined {
  if (cursor === undefined || cursor === null || cursor === '') return undefined;
  let v: unknown;
  try {
    if (cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error('not base64url');
    v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
  } catch {
    throw validation(field, 'invalid cursor');
  }
  const ok = Array.isArray(v) && v.length > 0 && v.length <= 8 && v.every(isCursorValue) && encodeCursor(v) === cursor
    && (!shape || (v.length === shape.length && shape.every((t, i) => (t === 'string' ? typeof v[i] === 'string' : typeof v[i] === 'number'))));
  if (!ok) throw validation(field, 'invalid cursor');
  return v as unknown[];
}

/** Turns `limit + 1` fetched rows into a page, making the cursor from the last returned row. */
export function toPage<R, T>(rows: R[], limit: number, map: (r: R) => T, key: (r: R) => unknown[]): Page<T> {
  const more = rows.length > limit;
  const kept = more ? rows.slice(0, limit) : rows;
  return { items: kept.map(map), nextCursor: more ? encodeCursor(key(kept[kept.length - 1]!)) : null };
}
