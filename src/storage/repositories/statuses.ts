/** Kysely repository of statuses; in use when an activity has it or it is the company's done status. */
import type { Kysely } from 'kysely';
import type { DB } from '../schema.js';
import type { StatusRepository } from '../../app/ports/statuses.js';
import type { Status } from '../../domain/model/registers.js';
import { columns, lookupRepository } from './lookup-repository.js';

export function statusesRepository(db: Kysely<DB>): StatusRepository {
  return lookupRepository(db, 'statuses', {
    toItem: (r): Status => ({
      id: r.id, name: r.name, isDone: r.is_done === 1, inactive: r.inactive === 1, createdAt: r.created_at, updatedAt: r.updated_at,
    }),
    toRow: (v) => columns(v, { name: 'name', isDone: 'is_done', inactive: 'inactive' }),
    inUse: async (d, id) =>
      (await d.selectFrom('activities').select('id').where('status_id', '=', id).limit(1).executeTakeFirst()) !== undefined ||
      (await d.selectFrom('company_settings').select('id').where('done_status_id', '=', id).executeTakeFirst()) !== undefined,
  });
}
