/**
 * SQLite with a writer and a reader connection behind one Kysely instance. Kysely's own SQLite
 * driver has one connection, so a long transaction (a finish of 100,000 activities) held every
 * other request, reads included. Here a SELECT outside a transaction runs on a read-only
 * connection of the main thread, which WAL lets read the last committed state while the writer
 * works; every write, every raw statement and everything inside a transaction runs on the writer
 * (its own thread, sqlite-writer.ts), in order. A write is committed before its request answers,
 * so a later read sees it.
 */
import { SqliteDialect, SqliteDriver, type CompiledQuery, type DatabaseConnection, type Driver, type QueryCompiler, type QueryResult, type SqliteDialectConfig, type TransactionSettings } from 'kysely';

class RoutedConnection implements DatabaseConnection {
  /** The writer's connection while a transaction runs on this one. */
  pinned: DatabaseConnection | null = null;
  constructor(private readonly writer: Driver, private readonly reader: Driver) {}

  private route(query: CompiledQuery): Driver {
    return query.query.kind === 'SelectQueryNode' ? this.reader : this.writer;
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
  constructor(private readonly writer: Driver, private readonly reader: Driver) {}

  async init(): Promise<void> {
    await this.writer.init();
    await this.reader.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    return new RoutedConnection(this.writer, this.reader);
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
    await this.reader.destroy();
    await this.writer.destroy();
  }
}

/** `writer`: the writer's driver (sqlite-writer.ts); `reader`: a better-sqlite3 set-up as SqliteDialect takes it. */
export class ReadWriteSqliteDialect extends SqliteDialect {
  constructor(private readonly writer: Driver, private readonly reader: SqliteDialectConfig) {
    super(reader);
  }

  override createDriver(): Driver {
    return new ReadWriteDriver(this.writer, new SqliteDriver(this.reader));
  }
}
