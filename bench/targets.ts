/**
 * Throw-away databases for the benchmark: a SQLite file (WAL, as the app opens it) in a temp
 * directory, or a fresh schema in the PostgreSQL database of TEST_PG_URL, dropped afterwards.
 * A target gives the URL the CLI and server take and an open, migrated connection for the
 * bench's own bare-SQL baselines.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../src/storage/database.js';
import { migrateToLatest } from '../src/storage/migrate.js';

export const PG_URL = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export type DbKind = 'sqlite' | 'postgres';

export type Target = {
  kind: DbKind;
  /** URL for `kontakta … --db` (PostgreSQL: with the schema as search_path). */
  url: string;
  /** The bench's own connection (opened by open()). */
  database: () => Database;
  /** Opens and migrates the bench's connection (the CLI/server migrate on their own too). */
  open: () => Promise<Database>;
  /** Closes the connection and removes the database. */
  drop: () => Promise<void>;
};

export async function postgresReachable(): Promise<boolean> {
  const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

async function pgAdmin(statement: string): Promise<void> {
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  try {
    await c.query(statement);
  } finally {
    await c.end();
  }
}

export async function createTarget(kind: DbKind, label: string): Promise<Target> {
  let database: Database | undefined;
  const get = () => {
    if (!database) throw new Error('target not opened');
    return database;
  };
  if (kind === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `kontakta-bench-${label}-`));
    const url = `sqlite:${path.join(dir, 'bench.db')}`;
    return {
      kind, url, database: get,
      open: async () => {
        database = openDatabase(url);
        await migrateToLatest(database);
        return database;
      },
      drop: async () => {
        if (database) await database.close();
        database = undefined;
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = `bench_${label.replace(/\W/g, '')}_${crypto.randomBytes(4).toString('hex')}`;
  await pgAdmin(`create schema ${schema}`);
  const u = new URL(PG_URL);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return {
    kind, url: u.toString(), database: get,
    open: async () => {
      database = openDatabase(PG_URL, { searchPath: schema, poolSize: 2 });
      await migrateToLatest(database);
      return database;
    },
    drop: async () => {
      if (database) await database.close();
      database = undefined;
      await pgAdmin(`drop schema if exists ${schema} cascade`);
    },
  };
}
