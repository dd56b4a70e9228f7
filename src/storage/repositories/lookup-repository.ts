/**
 * The common body of the small-register repositories (resources, activity types, statuses,
 * priorities): each passes its table, row mappers and its "in use" check.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../schema.js';
import type { LookupItem, LookupRepository } from '../../app/ports/lookups.js';

type LookupTable = 'resources' | 'activity_types' | 'statuses' | 'priorities';
type Row = Record<string, unknown>;

export function lookupRepository<T extends LookupItem, V>(
  typed: Kysely<DB>, table: LookupTable,
  map: { toItem: (row: any) => T; toRow: (values: Partial<V>) => Row; inUse: (db: Kysely<DB>, id: number) => Promise<boolean> },
): LookupRepository<T, V> {
  // The four tables share id/inactive/timestamps; the generic body works on that common part.
  const db = typed as unknown as Kysely<Record<LookupTable, Row & { id: number; inactive: number }>>;
  return {
    async all({ includeInactive }) {
      let q = db.selectFrom(table).selectAll();
      if (!includeInactive) q = q.where('inactive', '=', 0);
      return (await q.execute()).map(map.toItem);
    },
    async get(id) {
      const r = await db.selectFrom(table).selectAll().where('id', '=', id).executeTakeFirst();
      return r ? map.toItem(r) : undefined;
    },
    async create(values, now) {
      const r = await db.insertInto(table).values({ ...map.toRow(values), created_at: now, updated_at: now } as never)
        .returningAll().executeTakeFirstOrThrow();
      return map.toItem(r);
    },
    async update(id, values, now) {
      const r = await db.updateTable(table).set({ ...map.toRow(values), updated_at: now } as never).where('id', '=', id)
        .returningAll().executeTakeFirst();
      return r ? map.toItem(r) : undefined;
    },
    async delete(id) {
      await db.deleteFrom(table).where('id', '=', id).execute();
    },
    inUse: (id) => map.inUse(typed, id),
  };
}

/** Copies the defined fields of `values` to columns; flags become 0/1. */
export function columns(values: Record<string, unknown>, names: Record<string, string>): Row {
  const out: Row = {};
  for (const [field, column] of Object.entries(names)) {
    const v = values[field];
    if (v !== undefined) out[column] = typeof v === 'boolean' ? (v ? 1 : 0) : v;
  }
  return out;
}
