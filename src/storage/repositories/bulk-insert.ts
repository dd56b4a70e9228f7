/**
 * Multi-row INSERTs in chunks that stay under the database's bound-parameter limit, inside the
 * caller's transaction. The statement text is compiled by Kysely once per chunk size (so the
 * placeholders suit the dialect) and reused with flat parameter lists: a query tree per row would
 * cost more than the database's own work at 100,000 rows.
 */
import { CompiledQuery, type Kysely } from 'kysely';
import type { DB } from '../schema.js';
import type { Dialect } from '../dialect.js';

export function bulkInserter(db: Kysely<DB>, dialect: Dialect) {
  const texts = new Map<string, string>();
  return async function insertRows<R = never>(table: keyof DB, rows: Record<string, unknown>[], returning?: string[]): Promise<R[]> {
    if (!rows.length) return [];
    const cols = Object.keys(rows[0]!);
    const size = Math.max(1, Math.floor(dialect.maxParameters / cols.length));
    const textFor = (n: number) => {
      const key = `${String(table)}|${cols.join(',')}|${returning?.join(',') ?? ''}|${n}`;
      let text = texts.get(key);
      if (text === undefined) {
        const probe = Object.fromEntries(cols.map((c) => [c, 0]));
        let q = (db as Kysely<any>).insertInto(table).values(Array.from({ length: n }, () => probe));
        if (returning) q = q.returning(returning) as typeof q;
        text = q.compile().sql;
        texts.set(key, text);
      }
      return text;
    };
    const out: R[] = [];
    for (let i = 0; i < rows.length; i += size) {
      const chunk = rows.slice(i, i + size);
      const params: unknown[] = new Array(chunk.length * cols.length);
      let k = 0;
      for (const row of chunk) for (const c of cols) params[k++] = row[c] ?? null;
      const result = await db.executeQuery<R>(CompiledQuery.raw(textFor(chunk.length), params));
      if (returning) for (const r of result.rows) out.push(r);
    }
    return out;
  };
}

/** Splits `items` into chunks of at most `size` (for IN lists under the parameter limit). */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
