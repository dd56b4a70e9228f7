/**
 * One SQLite connection's set-up, the same for the writer (in its worker thread,
 * sqlite-writer-thread.ts) and the read-only connections of the main thread (database.ts).
 */
import type BetterSqlite3 from 'better-sqlite3';
import { fold } from '../domain/text.js';

export function configureSqlite(conn: BetterSqlite3.Database, cacheKb: number): BetterSqlite3.Database {
  conn.pragma('journal_mode = WAL');
  conn.pragma('synchronous = NORMAL');
  conn.pragma('foreign_keys = ON');
  conn.pragma('busy_timeout = 10000');
  conn.pragma(`cache_size = -${cacheKb}`);
  conn.pragma('temp_store = MEMORY');
  conn.function('kfold', { deterministic: true }, (v: unknown) => (typeof v === 'string' ? fold(v) : v));
  return conn;
}
