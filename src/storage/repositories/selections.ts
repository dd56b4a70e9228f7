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
import { isUniqueViolation } from '../dialect.js';

function toSaved(r: Selectable<SavedSelectionTable> & { owner_name: string | null }): SavedSelection {
  return {
    id: r.id, name: r.name, selection: JSON.parse(r.selection) as Selection, createdBy: r.created_by,
    ownerName: r.owner_name, shared: r.shared === 1, createdAt: r.created_at, updatedAt: r.updated_at,
  };
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
  // Every read carries the owner's name, for "shared by …" in the web app.
  const saved = () => db.selectFrom('saved_selections as s').leftJoin('employees as e', 'e.id', 's.created_by')
    .selectAll('s').select('e.name as owner_name');
  const byId = async (id: number) => {
    const r = await saved().where('s.id', '=', id).executeTakeFirst();
    return r ? toSaved(r) : undefined;
  };
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
    async list({ limit, afterId, visibleTo }) {
      let q = saved().orderBy('s.id').limit(limit);
      if (afterId !== undefined) q = q.where('s.id', '>', afterId);
      if (visibleTo !== undefined) q = q.where((eb) => eb.or([eb('s.shared', '=', 1), eb('s.created_by', '=', visibleTo)]));
      return (await q.execute()).map(toSaved);
    },
    get: byId,
    async findByName(name) {
      const r = await saved().where(sql`kfold(s.name)`, '=', sql`kfold(${name})`).orderBy('s.id').executeTakeFirst();
      return r ? toSaved(r) : undefined;
    },
    async create(v, now) {
      const r = await uniqueName(v.name, () => db.insertInto('saved_selections').values({
        name: v.name, selection: JSON.stringify(v.selection), created_by: v.createdBy, shared: v.shared ? 1 : 0,
        created_at: now, updated_at: now,
      }).returning('id').executeTakeFirstOrThrow());
      return (await byId(r.id))!;
    },
    async update(id, v, now) {
      const r = await uniqueName(v.name, () => db.updateTable('saved_selections').set({
        ...(v.name !== undefined ? { name: v.name } : {}),
        ...(v.selection !== undefined ? { selection: JSON.stringify(v.selection) } : {}),
        ...(v.shared !== undefined ? { shared: v.shared ? 1 : 0 } : {}),
        updated_at: now,
      }).where('id', '=', id).returning('id').executeTakeFirst());
      return r ? byId(r.id) : undefined;
    },
    async delete(id) {
      const r = await db.deleteFrom('saved_selections').where('id', '=', id).executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
  };
}
