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
  /**
   * For long streaming reads (reports). SQLite: a second, read-only connection to the same file,
   * opened on first use; WAL lets it read while the main connection serves everyone else (a
   * report holding the one connection would stall every other request). PostgreSQL: the same
   * pool, where every stream takes a pooled connection of its own.
   */
  reader: Kysely<DB>;
  /**
   * For the token look-up of every request. SQLite: a third read-only connection, so a request
   * is authenticated while a finish holds the main connection and a report streams on the
   * reader (a progress poll during a finish is one). PostgreSQL: the same pool.
   */
  tokenReader: Kysely<DB>;
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

function configure(conn: BetterSqlite3.Database, cacheKb: number): BetterSqlite3.Database {
  conn.pragma('journal_mode = WAL');
  conn.pragma('synchronous = NORMAL');
  conn.pragma('foreign_keys = ON');
  conn.pragma('busy_timeout = 10000');
  conn.pragma(`cache_size = -${cacheKb}`);
  conn.pragma('temp_store = MEMORY');
  conn.function('kfold', { deterministic: true }, (v: unknown) => (typeof v === 'string' ? fold(v) : v));
  return conn;
}

function openSqlite(file: string): Database {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  // 16 MB page cache: the server's memory stays small at a million rows, no slower.
  const conn = configure(new BetterSqlite3(file), 16_000);
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: conn }) });
  // An in-memory database cannot be opened twice: there the readers are the main connection.
  // The reader reads pages in order once and the token reader a row at a time: small caches do.
  const readOnly = (cacheKb: number) => (file === ':memory:' ? db : new Kysely<DB>({
    dialect: new SqliteDialect({
      database: async () => {
        const r = configure(new BetterSqlite3(file), cacheKb);
        r.pragma('query_only = ON');
        return r;
      },
    }),
  }));
  const reader = readOnly(4_000);
  const tokenReader = readOnly(1_000);
  return {
    db,
    reader,
    tokenReader,
    dialect: dialectOf('sqlite'),
    url: `sqlite:${file}`,
    close: async () => {
      for (const r of [reader, tokenReader]) if (r !== db) await r.destroy();
      await db.destroy();
    },
  };
}

function openPostgres(url: string, opts: { searchPath?: string; poolSize?: number }): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.poolSize ?? 10,
    ...(opts.searchPath ? { options: `-c search_path=${opts.searchPath}` } : {}),
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool, cursor: Cursor }) });
  return { db, reader: db, tokenReader: db, dialect: dialectOf('postgres'), url, close: () => db.destroy() };
}
