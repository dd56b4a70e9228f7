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
import { ReadWriteSqliteDialect } from './sqlite-read-write.js';
import { SqliteWriterDriver } from './sqlite-writer.js';
import { configureSqlite } from './sqlite-connection.js';

export type Database = {
  /**
   * The database. SQLite: the writer connection, in a worker thread (sqlite-writer.ts), plus a
   * read-only one where every SELECT outside a transaction runs (sqlite-read-write.ts), so reads
   * go on while a finish writes (WAL) and the event loop stays free.
   */
  db: Kysely<DB>;
  /**
   * For long streaming reads (reports). SQLite: one more read-only connection, opened on first
   * use, so a report that reads for minutes holds nobody else's. PostgreSQL: the same pool, where
   * every stream takes a pooled connection of its own.
   */
  reader: Kysely<DB>;
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
  // 16 MB page caches: the server's memory stays small at a million rows, no slower.
  const readOnly = (cacheKb: number) => async () => {
    const r = configureSqlite(new BetterSqlite3(file), cacheKb);
    r.pragma('query_only = ON');
    return r;
  };
  // An in-memory database cannot be opened twice, nor shared with another thread: there one
  // connection of this thread does everything.
  const memory = file === ':memory:';
  // Otherwise the writer is a connection in a thread of its own (sqlite-writer.ts), so long writes
  // leave the event loop, and SELECTs outside a transaction run on a read-only connection here.
  // Waiting for the write lock holds only the writer's thread: it may wait a minute for another
  // process's long write rather than fail.
  const writer = memory ? undefined : new SqliteWriterDriver({ file, cacheKb: 16_000, busyTimeoutMs: 60_000 });
  const db = new Kysely<DB>({
    dialect: writer
      ? new ReadWriteSqliteDialect(writer, readOnly(16_000))
      : new SqliteDialect({ database: configureSqlite(new BetterSqlite3(file), 16_000) }),
  });
  // Reports read for minutes; they get a connection of their own (pages in order: a small cache).
  const reader = memory ? db : new Kysely<DB>({ dialect: new SqliteDialect({ database: readOnly(4_000) }) });
  return {
    db,
    reader,
    dialect: dialectOf('sqlite'),
    url: `sqlite:${file}`,
    close: async () => {
      if (reader !== db) await reader.destroy();
      await db.destroy();
      // Kysely ends only a driver it has used: the writer's thread starts with the database.
      await writer?.destroy();
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
  return { db, reader: db, dialect: dialectOf('postgres'), url, close: () => db.destroy() };
}
