/**
 * Login security: tokens get a short id (so a person can list and revoke them without ever
 * seeing a secret again), and failed logins are counted in the database, so that every server
 * process sharing it sees the same throttle.
 *
 * auth_tokens is rebuilt (an id column cannot be added to an existing SQLite table); rows are
 * kept, so nobody is logged out by the upgrade.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../dialect.js';

export async function up(db: Kysely<any>, d: Dialect): Promise<void> {
  await db.schema
    .createTable('auth_tokens_new')
    .addColumn('id', 'integer', d.idColumn)
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('employee_id', 'integer', (c) => c.notNull().references('employees.id').onDelete('cascade'))
    .addColumn('name', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text')
    .addColumn('last_used_at', 'text')
    .execute();
  await sql`insert into auth_tokens_new (token_hash, kind, employee_id, name, created_at, expires_at, last_used_at)
    select token_hash, kind, employee_id, name, created_at, expires_at, last_used_at from auth_tokens order by created_at`.execute(db);
  await db.schema.dropTable('auth_tokens').execute();
  await db.schema.alterTable('auth_tokens_new').renameTo('auth_tokens').execute();
  await db.schema.createIndex('auth_tokens_employee_ix').on('auth_tokens').columns(['employee_id', 'kind']).execute();

  // One row per throttled key: `account:<folded e-mail>` or `address:<client address>`.
  await db.schema
    .createTable('login_throttle')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('last_failure_at', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .execute();
}
