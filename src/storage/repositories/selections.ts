/**
 * Selections in storage: the preview runs the compiled selection (storage/selection/compile.ts)
 * as one count and one sample query; saved selections keep their JSON in saved_selections.
 */
import type { Kysely, Selectable } from 'kysely';
import { sql } from 'kysely';
import type { DB, SavedSelectionTable } from '../schema.js';
import type { SavedSelection, SelectionRepository } from '../../app/ports/selections.js';
import type { Selection } from '../../domain/selection/types.js';
import { conflict } from '../../domain/errors.js';
import { selectionFilter } from '../selection/compile.js';

function toSaved(r: Selectable<SavedSelectionTable>): SavedSelection {
  return {
    id: r.id, name: r.name, selection: JSON.parse(r.selection) as Selection, createdBy: r.created_by,
    createdAt: r.created_at, updatedAt: r.updated_at,
  };
}

function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string };
  return err?.code === '23505' || err?.code === 'SQLITE_CONSTRAINT_UNIQUE';
}

async function uniqueName<T>(name: string | undefined, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict(`a selection named "${name}" already exists`, 'name');
    throw e;
  }
}

export function selectionRepository(db: Kysely<DB>): SelectionRepository {
  return {
    async preview(selection, sampleSize) {
      const filter = selectionFilter(selection);
      const countRow = await db.selectFrom('contacts').where(filter).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
      const rows = sampleSize > 0
        ? await db.selectFrom('contacts').where(filter)
          .select(['id', 'number', 'name', 'city', 'postal_code', 'account_manager_id'])
          .orderBy('name_key').orderBy('id').limit(sampleSize).execute()
        : [];
      return {
        count: Number(countRow?.n ?? 0),
        sample: rows.map((r) => ({
          id: r.id, number: r.number, name: r.name, city: r.city, postalCode: r.postal_code, accountManagerId: r.account_manager_id,
        })),
      };
    },
    async list({ limit, afterId }) {
      let q = db.selectFrom('saved_selections').selectAll().orderBy('id').limit(limit);
      if (afterId !== undefined) q = q.where('id', '>', afterId);
      return (await q.execute()).map(toSaved);
    },
    async get(id) {
      const r = await db.selectFrom('saved_selections').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? toSaved(r) : undefined;
    },
    async findByName(name) {
      const r = await db.selectFrom('saved_selections').selectAll()
        .where(sql`kfold(name)`, '=', sql`kfold(${name})`).orderBy('id').executeTakeFirst();
      return r ? toSaved(r) : undefined;
    },
    async create(v, now) {
      const r = await uniqueName(v.name, () => db.insertInto('saved_selections').values({
        name: v.name, selection: JSON.stringify(v.selection), created_by: v.createdBy, created_at: now, updated_at: now,
      }).returningAll().executeTakeFirstOrThrow());
      return toSaved(r);
    },
    async update(id, v, now) {
      const r = await uniqueName(v.name, () => db.updateTable('saved_selections').set({
        ...(v.name !== undefined ? { name: v.name } : {}),
        ...(v.selection !== undefined ? { selection: JSON.stringify(v.selection) } : {}),
        updated_at: now,
      }).where('id', '=', id).returningAll().executeTakeFirst());
      return r ? toSaved(r) : undefined;
    },
    async delete(id) {
      const r = await db.deleteFrom('saved_selections').where('id', '=', id).executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
  };
}
