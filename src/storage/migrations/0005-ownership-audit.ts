/**
 * Saved selections get a "shared with everyone" flag beside their owner (created_by): a user sees
 * the shared ones and their own. Every selection saved before had no owner rule and was seen by
 * everyone, so they start shared — nobody loses one. The audit log gets an index for the history
 * of one record (`GET /api/audit?entity=contact&entityId=5`).
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../dialect.js';

export async function up(db: Kysely<any>, _d: Dialect): Promise<void> {
  await db.schema.alterTable('saved_selections').addColumn('shared', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await sql`update saved_selections set shared = 1`.execute(db);
  await db.schema.createIndex('audit_log_entity_ix').on('audit_log').columns(['entity', 'entity_id', 'id']).execute();
}
