/**
 * Versioned migrations, registered in code (no folder scanning) and run on every start.
 * Each migration receives the Dialect so one file serves both databases.
 */
import { Migrator, sql, type Migration, type MigrationProvider } from 'kysely';
import type { Database } from './database.js';
import * as m0001 from './migrations/0001-init.js';
import * as m0002contacts from './migrations/0002-contacts.js';
import * as m0003activities from './migrations/0003-activities.js';
import * as m0003performance from './migrations/0003-performance.js';
import * as m0004loginSecurity from './migrations/0004-login-security.js';
import * as m0005ownershipAudit from './migrations/0005-ownership-audit.js';
import * as m0006codeRegisters from './migrations/0006-code-registers.js';
import * as m0007calendar from './migrations/0007-calendar.js';
import * as m0008import from './migrations/0008-import.js';
import * as m0010changeValues from './migrations/0010-change-values.js';
import * as m0011scheduling from './migrations/0011-scheduling.js';
import * as m0012typeDurationWeekdayHours from './migrations/0012-type-duration-weekday-hours.js';
import * as m0013cvIndexes from './migrations/0013-cv-indexes.js';
import * as m0014finishIndexes from './migrations/0014-finish-indexes.js';

type DialectMigration = { up: (db: any, d: Database['dialect']) => Promise<void> };
const MIGRATIONS: Record<string, DialectMigration> = {
  '0001-init': m0001,
  '0002-contacts': m0002contacts,
  '0003-activities': m0003activities,
  '0003-performance': m0003performance,
  '0004-login-security': m0004loginSecurity,
  '0005-ownership-audit': m0005ownershipAudit,
  '0006-code-registers': m0006codeRegisters,
  '0007-calendar': m0007calendar,
  '0008-import': m0008import,
  '0010-change-values': m0010changeValues,
  '0011-scheduling': m0011scheduling,
  '0012-type-duration-weekday-hours': m0012typeDurationWeekdayHours,
  '0013-cv-indexes': m0013cvIndexes,
  '0014-finish-indexes': m0014finishIndexes,
};

export async function migrateToLatest(database: Database): Promise<string[]> {
  const provider: MigrationProvider = {
    async getMigrations() {
      const out: Record<string, Migration> = {};
      for (const [name, m] of Object.entries(MIGRATIONS)) out[name] = { up: (db) => m.up(db, database.dialect) };
      return out;
    },
  };
  // Kysely looks for its migration tables in every schema unless told which one: name ours, so a
  // database holding other schemas (tests, benches side by side) still migrates this one.
  const migrationTableSchema = database.dialect.name === 'postgres'
    ? (await sql<{ s: string }>`select current_schema() as s`.execute(database.db)).rows[0]?.s : undefined;
  const migrator = new Migrator({ db: database.db, provider, ...(migrationTableSchema ? { migrationTableSchema } : {}) });
  for (let attempt = 1; ; attempt++) {
    const { error, results } = await migrator.migrateToLatest();
    if (!error) return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
    // Kysely's introspection reads every schema of the database; a schema dropped by someone else
    // in the same instant (parallel test suites, benches) fails it with 3F000 "schema … does not
    // exist". Nothing of ours was touched, so trying again is safe.
    if (attempt < 5 && (error as { code?: string }).code === '3F000') {
      await new Promise((r) => setTimeout(r, 50 * attempt));
      continue;
    }
    throw error instanceof Error ? error : new Error(String(error));
  }
}
