/** Kysely repository of priorities; a priority used by an activity is in use. */
import type { Kysely } from 'kysely';
import type { DB } from '../schema.js';
import type { PriorityRepository } from '../../app/ports/priorities.js';
import type { Priority } from '../../domain/model/registers.js';
import { columns, lookupRepository } from './lookup-repository.js';

export function prioritiesRepository(db: Kysely<DB>): PriorityRepository {
  return lookupRepository(db, 'priorities', {
    toItem: (r): Priority => ({
      id: r.id, name: r.name, rank: r.rank, inactive: r.inactive === 1, createdAt: r.created_at, updatedAt: r.updated_at,
    }),
    toRow: (v) => columns(v, { name: 'name', rank: 'rank', inactive: 'inactive' }),
    inUse: async (d, id) => (await d.selectFrom('activities').select('id').where('priority_id', '=', id).limit(1).executeTakeFirst()) !== undefined,
  });
}
