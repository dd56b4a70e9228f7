/** Kysely repository of resources; a resource linked to an activity is in use. */
import type { Kysely } from 'kysely';
import type { DB } from '../schema.js';
import type { ResourceRepository } from '../../app/ports/resources.js';
import type { Resource } from '../../domain/model/registers.js';
import { columns, lookupRepository } from './lookup-repository.js';

export function resourcesRepository(db: Kysely<DB>): ResourceRepository {
  return lookupRepository(db, 'resources', {
    toItem: (r): Resource => ({
      id: r.id, name: r.name, description: r.description, inactive: r.inactive === 1, createdAt: r.created_at, updatedAt: r.updated_at,
    }),
    toRow: (v) => columns(v, { name: 'name', description: 'description', inactive: 'inactive' }),
    inUse: async (d, id) => (await d.selectFrom('activity_resources').select('activity_id').where('resource_id', '=', id).limit(1).executeTakeFirst()) !== undefined,
  });
}
