/**
 * The frame the single-figure bench scripts share (`npx tsx bench/<script>.ts [sizes]`): each size
 * on a throw-away, migrated SQLite file and PostgreSQL schema (targets.ts; PostgreSQL from
 * TEST_PG_URL, skipped with a note when unreachable), dropped afterwards; and the employees they
 * seed.
 */
import { pathToFileURL } from 'node:url';
import type { Database } from '../src/storage/database.js';
import { sortKey } from '../src/domain/text.js';
import { createTarget, postgresReachable, PG_URL, type DbKind } from './targets.js';

export const BENCH_NOW = '2026-01-01T00:00:00.000Z';

/** True when the module is the script node was started with (not imported by run.ts). */
export const isMain = (metaUrl: string) => metaUrl === pathToFileURL(process.argv[1] ?? '').href;

/** Sizes from the first argument (`10000,100000`), or the default. */
export const sizesArg = (fallback: number[]) => (process.argv[2] ? process.argv[2].split(',').map((s) => Number(s.replace(/[_\s]/g, ''))) : fallback);

/** Runs `measure` once per database and size on a fresh target. */
export async function onEachDatabase(label: string, sizes: number[], measure: (database: Database, kind: DbKind, n: number) => Promise<void>): Promise<void> {
  for (const kind of ['sqlite', 'postgres'] as const) {
    if (kind === 'postgres' && !(await postgresReachable())) {
      console.log(`postgres skipped: ${PG_URL} unreachable`);
      continue;
    }
    for (const n of sizes) {
      const target = await createTarget(kind, label);
      try {
        await measure(await target.open(), kind, n);
      } finally {
        await target.drop();
      }
    }
  }
}

/** Active account managers with the given names; their ids in the same order. */
export async function seedManagers(database: Database, names: string[]): Promise<number[]> {
  const rows = await database.db.insertInto('employees').values(names.map((name) => ({
    name, name_key: sortKey(name), is_account_manager: 1, active: 1, role: 'user' as const, created_at: BENCH_NOW, updated_at: BENCH_NOW,
  }))).returning('id').execute();
  return rows.map((r) => r.id);
}
