/**
 * Activities are ordered and ranged by their start through ONE index, `activities_start_sort_ix`
 * on `(coalesce(start_at, ''), id)` (0003): the list's order is that expression, and a date range
 * written on the same expression seeks the same index on both databases. The plain `start_at`
 * index that ranges used before cost every written activity a second start index (migration
 * 0014-finish-indexes; figures in docs/performance.md). Empty text is stored as NULL, so `''`
 * means "no start" and sorts first; comparisons keep NULL out, as a plain `start_at < x` does.
 */
import { sql, type RawBuilder, type SqlBool } from 'kysely';

/** The indexed sort key of an activity's start. */
export const startKey = (startAt: RawBuilder<unknown> = sql.ref('start_at')) => sql<string>`coalesce(${startAt}, '')`;

/** `start_at <op> value` (NULL never matches), written on the indexed key. */
export function startCompare(startAt: RawBuilder<unknown>, op: '<' | '<=' | '>' | '>=' | '=' | '<>', value: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`(${startAt} is not null and ${startKey(startAt)} ${sql.raw(op)} ${value})`;
}
