/**
 * Storage tests run on both databases: SQLite in a temp file and PostgreSQL in a fresh schema of
 * the local server (TEST_PG_URL, default postgres://postgres@127.0.0.1:5432/test). PostgreSQL is
 * optional locally (one line says it was skipped) and mandatory when KONTAKTA_REQUIRE_PG=1.
 *
 *   describeEachDatabase('contacts', (ctx) => { it('…', async () => { ctx.database.db … }) });
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { openDatabase, type Database } from '../../src/storage/database.js';
import { migrateToLatest } from '../../src/storage/migrate.js';

export const TEST_PG_URL = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const PG_REQUIRED = process.env.KONTAKTA_REQUIRE_PG === '1';

let pgReachable: Promise<boolean> | undefined;
export function postgresReachable(): Promise<boolean> {
  pgReachable ??= (async () => {
    const client = new pg.Client({ connectionString: TEST_PG_URL, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.end();
      return true;
    } catch {
      return false;
    }
  })();
  return pgReachable;
}

export type DbKind = 'sqlite' | 'postgres';
export type TestDatabase = Database & { kind: DbKind; dispose: () => Promise<void> };

/** A fresh, migrated, empty database of the given kind. */
export async function createTestDatabase(kind: DbKind): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kontakta-test-'));
    const database = openDatabase(`sqlite:${path.join(dir, 'test.db')}`);
    await migrateToLatest(database);
    return {
      ...database,
      kind,
      dispose: async () => {
        await database.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = `t_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_PG_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const database = openDatabase(TEST_PG_URL, { searchPath: schema });
  await migrateToLatest(database);
  return {
    ...database,
    url: pgUrlWithSchema(schema),
    kind,
    dispose: async () => {
      await database.close();
      const c = new pg.Client({ connectionString: TEST_PG_URL });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    },
  };
}

/** A postgres URL whose connections use the given schema (for servers/CLIs started by tests). */
export function pgUrlWithSchema(schema: string): string {
  const u = new URL(TEST_PG_URL);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

export type DatabaseContext = { database: TestDatabase; kind: DbKind };

/**
 * Runs the suite once per database. `ctx.database` is a fresh migrated database for the suite.
 * PostgreSQL unreachable: skipped with one line, unless KONTAKTA_REQUIRE_PG=1 (then it fails).
 */
/** Known once per test file (top-level await), so suites can be skipped before they start. */
export const PG_AVAILABLE = await postgresReachable();
if (!PG_AVAILABLE && PG_REQUIRED) {
  throw new Error(`PostgreSQL is required (KONTAKTA_REQUIRE_PG=1) but ${TEST_PG_URL} is unreachable`);
}
let skipNoticePrinted = false;

/** The database kinds this run covers: SQLite always, PostgreSQL when reachable. */
export function testKinds(title: string): DbKind[] {
  if (PG_AVAILABLE) return ['sqlite', 'postgres'];
  if (!skipNoticePrinted) {
    skipNoticePrinted = true;
    console.log(`PostgreSQL not reachable at ${TEST_PG_URL}: PostgreSQL suites skipped (first: "${title}"); set KONTAKTA_REQUIRE_PG=1 to make them mandatory`);
  }
  return ['sqlite'];
}

/**
 * Runs the suite once per database. `ctx.database` is a fresh migrated database for the suite.
 */
export function describeEachDatabase(title: string, body: (ctx: DatabaseContext) => void): void {
  for (const kind of testKinds(title)) {
    describe(`${title} [${kind}]`, () => {
      const ctx = { kind } as DatabaseContext;
      beforeAll(async () => {
        ctx.database = await createTestDatabase(kind);
      });
      afterAll(async () => {
        if (ctx.database) await ctx.database.dispose();
      });
      body(ctx);
    });
  }
}
