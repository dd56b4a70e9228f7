/**
 * The SQLite writer's thread: owns the one connection that writes and runs each statement the
 * main thread sends (sqlite-writer.ts), one at a time, in the order they come. better-sqlite3 runs
 * a statement synchronously; here that blocks this thread only, so the server keeps answering
 * while a finish of a million activities writes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3';
import { configureSqlite } from './sqlite-connection.js';

export type WriterOptions = { file: string; cacheKb: number; busyTimeoutMs: number };
export type WriterRequest = { id: number; sql: string; parameters: readonly unknown[] } | { id: number; close: true };
export type WriterResult = { rows: unknown[]; numAffectedRows?: bigint; insertId?: bigint };
export type WriterReply =
  | { ready: true }
  | { id: number; result: WriterResult }
  | { id: number; error: { message: string; name: string; code?: string; stack?: string } };

const options = workerData as WriterOptions;
const port = parentPort!;
const conn = configureSqlite(new BetterSqlite3(options.file), options.cacheKb);
// Waiting for another process's write lock (a CLI import beside the server) holds only this thread.
conn.pragma(`busy_timeout = ${options.busyTimeoutMs}`);
// The writer's temporary data goes to a file, not the heap: one UPDATE or DELETE over a million
// activities (copy to all, change values, undo) keeps a statement journal of every page it
// changes, and in memory that grew the server by 330–450 MB at a million. A temporary
// file lives in the operating system's cache instead (at 100,000 activities: +17 MB against
// +49 MB for the UPDATE of the copy to all). The readers keep theirs in memory (sorts of a page).
conn.pragma('temp_store = FILE');

function run(sql: string, parameters: readonly unknown[]): WriterResult {
  // What Kysely's own SqliteDriver does with a statement, on this thread.
  const stmt = conn.prepare(sql);
  if (stmt.reader) return { rows: stmt.all(parameters as unknown[]) };
  const { changes, lastInsertRowid } = stmt.run(parameters as unknown[]);
  return { rows: [], numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid) };
}

port.on('message', (req: WriterRequest) => {
  if ('close' in req) {
    conn.close();
    port.postMessage({ id: req.id, result: { rows: [] } } satisfies WriterReply);
    port.close();
    return;
  }
  let reply: WriterReply;
  try {
    reply = { id: req.id, result: run(req.sql, req.parameters) };
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    reply = { id: req.id, error: { message: e.message, name: e.name, code: (e as { code?: string }).code, stack: e.stack } };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true } satisfies WriterReply);
