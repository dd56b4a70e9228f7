/**
 * SQLite's writer as a Kysely driver whose one connection lives in a worker thread
 * (sqlite-writer-thread.ts). Every write, every raw statement and every transaction runs there, so
 * a long transaction — a finish, a copy to all, an undo, a change-values finish, an import — no
 * longer holds the event loop: other users' reads (the read-only connections of the main thread,
 * sqlite-read-write.ts) and progress polls are answered while it writes. The transaction is still
 * one transaction on one connection, all or nothing.
 *
 * The connection is taken for a whole transaction (or one statement outside one), so the server's
 * other writes queue behind a long one, in order, instead of failing with SQLITE_BUSY.
 * Transactions begin IMMEDIATE: the write lock is taken up front, so a transaction that reads
 * before it writes cannot fail half-way when another process (a CLI run) writes the same file;
 * it waits for the lock (busy_timeout), on the writer's thread.
 */
import { Worker } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3';
import {
  CompiledQuery, SelectQueryNode, type DatabaseConnection, type Driver, type QueryResult,
} from 'kysely';
import type { WriterOptions, WriterReply, WriterRequest, WriterResult } from './sqlite-writer-thread.js';

/** `origin`: where the statement was sent from, for the stack of its error. */
type Pending = { resolve: (r: WriterResult) => void; reject: (e: Error) => void; origin: Error };

/** The worker thread and its requests in flight. */
class WriterThread {
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private failure: Error | null = null;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (reply: WriterReply) => {
      if ('ready' in reply) return;
      const p = this.pending.get(reply.id);
      if (!p) return;
      this.pending.delete(reply.id);
      // An idle writer must not keep a finished CLI command alive; one at work must.
      if (this.pending.size === 0) worker.unref();
      if ('result' in reply) p.resolve(reply.result);
      else p.reject(rebuildError(reply.error, p.origin));
    });
    const fail = (err: Error) => {
      this.failure ??= err;
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the SQLite writer thread ended (exit code ${code})`)));
  }

  static start(options: WriterOptions): Promise<WriterThread> {
    const worker = new Worker(new URL('./sqlite-writer-entry.mjs', import.meta.url), { workerData: options });
    return new Promise((resolve, reject) => {
      const onError = (err: Error) => reject(err);
      const onExit = (code: number) => reject(new Error(`the SQLite writer thread ended before it started (exit code ${code})`));
      worker.once('error', onError);
      worker.once('exit', onExit);
      worker.once('message', (m: WriterReply) => {
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (!('ready' in m)) { reject(new Error('the SQLite writer thread did not start')); return; }
        worker.unref();
        resolve(new WriterThread(worker));
      });
    });
  }

  private send(req: Omit<WriterRequest, 'id'>): Promise<WriterResult> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    const origin = new Error();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, origin });
      if (this.pending.size === 1) this.worker.ref();
      this.worker.postMessage({ id, ...req });
    });
  }

  execute(sql: string, parameters: readonly unknown[]): Promise<WriterResult> {
    return this.send({ sql, parameters: [...parameters] });
  }

  async close(): Promise<void> {
    if (this.failure || this.closing) return this.closing ?? undefined;
    this.closing = this.shutDown();
    return this.closing;
  }

  private closing: Promise<void> | null = null;

  private async shutDown(): Promise<void> {
    const exited = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()));
    await this.send({ close: true });
    // The thread ends after closing its connection (a clean WAL checkpoint); wait for it.
    this.worker.ref();
    await exited;
  }
}

/** A SQLite error keeps its class and code across the thread (callers test `code`). */
function rebuildError(e: { message: string; name: string; code?: string; stack?: string }, origin: Error): Error {
  const err = e.name === 'SqliteError' && e.code ? new BetterSqlite3.SqliteError(e.message, e.code) : Object.assign(new Error(e.message), { name: e.name });
  err.stack = `${e.stack ?? `${e.name}: ${e.message}`}\n    --- on the SQLite writer thread, sent from:\n${origin.stack?.split('\n').slice(1).join('\n') ?? ''}`;
  return err;
}

class WriterConnection implements DatabaseConnection {
  constructor(private readonly thread: WriterThread) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const r = await this.thread.execute(query.sql, query.parameters);
    return r as QueryResult<R>;
  }

  async *streamQuery<R>(query: CompiledQuery, chunkSize = 1000): AsyncIterableIterator<QueryResult<R>> {
    // Long streams read on the main thread's readers; inside a transaction a stream is read whole.
    if (!SelectQueryNode.is(query.query)) throw new Error('Sqlite driver only supports streaming of select queries');
    const { rows } = await this.thread.execute(query.sql, query.parameters);
    for (let i = 0; i < rows.length; i += chunkSize) yield { rows: rows.slice(i, i + chunkSize) as R[] };
  }
}

/** One connection at a time: a transaction, or a statement outside one, holds it to its end. */
class Mutex {
  private tail: Promise<void> = Promise.resolve();
  private release: (() => void) | null = null;

  async lock(): Promise<void> {
    const previous = this.tail;
    let release!: () => void;
    this.tail = new Promise<void>((r) => { release = r; });
    await previous;
    this.release = release;
  }

  unlock(): void {
    const release = this.release;
    this.release = null;
    release?.();
  }
}

export class SqliteWriterDriver implements Driver {
  private readonly starting: Promise<WriterThread>;
  private thread: WriterThread | undefined;
  private connection: WriterConnection | undefined;
  private readonly mutex = new Mutex();

  /** Starts the thread at once: it loads while the caller does its other set-up. */
  constructor(options: WriterOptions) {
    this.starting = WriterThread.start(options);
    this.starting.catch(() => { /* reported by init() */ });
  }

  async init(): Promise<void> {
    this.thread = await this.starting;
    this.connection = new WriterConnection(this.thread);
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.mutex.lock();
    return this.connection!;
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async savepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`savepoint ${quote(name)}`));
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`rollback to ${quote(name)}`));
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`release ${quote(name)}`));
  }

  async releaseConnection(): Promise<void> {
    this.mutex.unlock();
  }

  /** Closes the connection and ends the thread; safe to call twice, or before any query. */
  async destroy(): Promise<void> {
    const thread = await this.starting.catch(() => undefined);
    await thread?.close();
  }
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
