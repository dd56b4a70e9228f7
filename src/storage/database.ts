/**
 * Opens the database named by a URL (`sqlite:PATH`, `sqlite::memory:` or `postgres://…`) and
 * returns one Kysely instance plus its dialect. The SQL function `kfold` (case fold for
 * comparisons) exists on both: registered as a JS function in SQLite, created by the first
 * migration in PostgreSQL.
 */
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import Cursor from 'pg-cursor';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { DB } from './schema.js';
import { dialectOf, type Dialect } from './dialect.js';
import { fold } from '../domain/text.js';

export type Database = {
  db: Kysely<DB>;
  dialect: Dialect;
  url: string;
  close: () => Promise<void>;
};

// int8 (count(*), sums) arrives as text from pg; every number fits a JS number here.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

export function openDatabase(url: string, opts: { searchPath?: string; poolSize?: number } = {}): Database {
  if (url.startsWith('sqlite:')) return openSqlite(url.slice('sqlite:'.length));
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return openPostgres(url, opts);
  throw new Error(`unsupported database URL "${url}": use sqlite:PATH or postgres://…`);
}

function openSqlite(file: string): Database {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const conn = new BetterSqlite3(file);
  conn.pragma('journal_mode = WAL');
  conn.pragma('synchronous = NORMAL');
  conn.pragma('foreign_keys = ON');
  conn.pragma('busy_timeout = 10000');
  conn.pragma('cache_size = -16000'); // 16 MB: the server's memory stays small at a million rows, no slower
  conn.pragma('temp_store = MEMORY');
  conn.function('kfold', { deterministic: true }, (v: unknown) => (typeof v === 'string' ? fold(v) : v));
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: conn }) });
  return {
    db,
    dialect: dialectOf('sqlite'),
    url: `sqlite:${file}`,
    close: () => db.destroy(),
  };
}

function openPostgres(url: string, opts: { searchPath?: string; poolSize?: number }): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.poolSize ?? 10,
    ...(opts.searchPath ? { options: `-c search_path=${opts.searchPath}` } : {}),
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool, cursor: Cursor }) });
  return { db, dialect: dialectOf('postgres'), url, close: () => db.destroy() };
}
