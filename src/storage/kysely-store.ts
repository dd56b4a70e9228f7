/**
 * The Store for both databases: one Kysely instance (or transaction) wrapped into the repository
 * ports. A transaction store is the same shape built over the transaction handle.
 */
import type { Kysely } from 'kysely';
import type { DB } from './schema.js';
import type { Database } from './database.js';
import type { Dialect } from './dialect.js';
import type { Store } from '../app/ports/store.js';
import { authRepository } from './repositories/auth.js';
import { auditRepository } from './repositories/audit.js';

export function createStore(database: Database): Store {
  return buildStore(database.db, database.dialect, false);
}

function buildStore(db: Kysely<DB>, dialect: Dialect, inTransaction: boolean): Store {
  return {
    kind: dialect.name,
    async transaction(fn) {
      // Nested calls reuse the open transaction, so use cases compose.
      if (inTransaction) return fn(buildStore(db, dialect, true));
      return db.transaction().execute((trx) => fn(buildStore(trx, dialect, true)));
    },
    auth: authRepository(db),
    audit: auditRepository(db),
  };
}
