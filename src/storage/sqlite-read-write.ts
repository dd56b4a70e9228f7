/**
 * SQLite with a writer and a reader connection behind one Kysely instance. Kysely's own SQLite
 * driver has one connection, so a long transaction (a finish of 100,000 activities) held every
 * other request, reads included. Here a SELECT outside a transaction (a raw `sql` one too, when
 * SQLite says it only reads) runs on a read-only
 * connection of the main thread, which WAL lets read the last committed state while the writer
 * works; every write, every raw statement and everything inside a transaction runs on the writer
 * (its own thread, sqlite-writer.ts), in order. A write is committed before its request answers,
 * so a later read sees it.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { SqliteDialect, SqliteDriver, type CompiledQuery, type DatabaseConnection, type Driver, type QueryCompiler, type QueryResult, type TransactionSettings } from 'kysely';

/** Whether a raw SQL text only reads (a `sql\`select …\`` of the calendar, say). */
type ReadsOnly = (sql: string) => boolean;

class RoutedConnection implements DatabaseConnection {
  /** The writer's connection while a transaction runs on this one. */
  pinned: DatabaseConnection | null = null;
  constructor(private readonly writer: Driver, private readonly reader: Driver, private readonly readsOnly: ReadsOnly) {}

  private route(query: CompiledQuery): Driver {
    const kind = query.query.kind;
    if (kind === 'SelectQueryNode') return this.reader;
    return kind === 'RawNode' && this.readsOnly(query.sql) ? this.reader : this.writer;
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (this.pinned) return this.pinned.executeQuery<R>(query);
    const driver = this.route(query);
    const conn = await driver.acquireConnection();
    try {
      return await conn.executeQuery<R>(query);
    } finally {
      await driver.releaseConnection(conn);
    }
  }

  async *streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    if (this.pinned) { yield* this.pinned.streamQuery<R>(query, chunkSize); return; }
    const driver = this.route(query);
    const conn = await driver.acquireConnection();
    try {
      yield* conn.streamQuery<R>(query, chunkSize);
    } finally {
      await driver.releaseConnection(conn);
    }
  }
}

class ReadWriteDriver implements Driver {
  private reader: Driver | undefined;
  private readsOnly: ReadsOnly = () => false;

  constructor(private readonly writer: Driver, private readonly openReader: () => Promise<BetterSqlite3.Database>) {}

  async init(): Promise<void> {
    await this.writer.init();
    const conn = await this.openReader();
    this.reader = new SqliteDriver({ database: conn });
    await this.reader.init();
    this.readsOnly = readsOnlyOn(conn);
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    return new RoutedConnection(this.writer, this.reader!, this.readsOnly);
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const c = connection as RoutedConnection;
    c.pinned = await this.writer.acquireConnection();
    await this.writer.beginTransaction(c.pinned, settings);
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await this.writer.commitTransaction((connection as RoutedConnection).pinned!);
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await this.writer.rollbackTransaction((connection as RoutedConnection).pinned!);
  }

  async savepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    await this.writer.savepoint!((connection as RoutedConnection).pinned!, name, compile);
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    await this.writer.rollbackToSavepoint!((connection as RoutedConnection).pinned!, name, compile);
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    await this.writer.releaseSavepoint!((connection as RoutedConnection).pinned!, name, compile);
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    const c = connection as RoutedConnection;
    if (c.pinned) {
      const pinned = c.pinned;
      c.pinned = null;
      await this.writer.releaseConnection(pinned);
    }
  }

  async destroy(): Promise<void> {
    await this.reader?.destroy();
    await this.writer.destroy();
  }
}

/**
 * A query (SELECT or WITH; never a PRAGMA, BEGIN or ATTACH, which set up a connection) that
 * SQLite itself says does not write (sqlite3_stmt_readonly): prepared, not run, on the reader.
 * One that cannot be prepared there (a temporary table of the writer's) is the writer's. Answers
 * are remembered per text; texts with inlined values are many, so the memory is emptied now and then.
 */
function readsOnlyOn(conn: BetterSqlite3.Database): ReadsOnly {
  const known = new Map<string, boolean>();
  return (sql) => {
    let answer = known.get(sql);
    if (answer === undefined) {
      try {
        answer = /^\s*(select|with)\b/i.test(sql) && conn.prepare(sql).readonly;
      } catch {
        answer = false;
      }
      if (known.size >= 1000) known.clear();
      known.set(sql, answer);
    }
    return answer;
  };
}

/** `writer`: the writer's driver (sqlite-writer.ts); `openReader`: opens the read-only connection. */
export class ReadWriteSqliteDialect extends SqliteDialect {
  constructor(private readonly writer: Driver, private readonly openReader: () => Promise<BetterSqlite3.Database>) {
    super({ database: openReader });
  }

  override createDriver(): Driver {
    return new ReadWriteDriver(this.writer, this.openReader);
  }
}
