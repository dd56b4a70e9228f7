/**
 * The only place where SQLite and PostgreSQL differ. Everything else in storage/ is one Kysely
 * codebase. Capability flags, not `if (dialect === …)` checks spread through the code.
 */
import { sql, type ColumnDefinitionBuilder, type Kysely, type RawBuilder } from 'kysely';

export type DialectName = 'sqlite' | 'postgres';

export type Dialect = {
  name: DialectName;
  /** Auto-numbered integer primary key column. */
  idColumn: (col: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;
  /** Text column compared byte-wise (sort keys): PostgreSQL needs COLLATE "C". */
  byteOrderedText: (col: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;
  /** `a IS NOT DISTINCT FROM b`, spelled `a IS b` in SQLite. */
  isNotDistinctFrom: (a: RawBuilder<unknown>, b: unknown) => RawBuilder<boolean>;
  /** Maximum bound parameters per statement (SQLite 32766, PostgreSQL 65535). */
  maxParameters: number;
  /** An expression compared byte-wise in ORDER BY (PostgreSQL's database collation may not be). */
  byteOrder: (expr: RawBuilder<unknown>) => RawBuilder<unknown>;
  /** Aggregate: the values of `expr` in order, comma-separated text (null for none). */
  commaList: (expr: RawBuilder<unknown>) => RawBuilder<string | null>;
  /** Aggregate: a JSON array text of `{ id, name }` objects ordered by `order` (null for none). */
  jsonIdNames: (id: RawBuilder<unknown>, name: RawBuilder<unknown>, order: RawBuilder<unknown>) => RawBuilder<string | null>;
  /** An ISO-8601 UTC timestamp (text) plus a number of seconds, as the same ISO text. */
  addSeconds: (iso: RawBuilder<unknown>, seconds: RawBuilder<unknown>) => RawBuilder<string>;
  /** Whole seconds from one ISO timestamp to another. */
  secondsBetween: (from: RawBuilder<unknown>, to: RawBuilder<unknown>) => RawBuilder<number>;
  /**
   * Many rows in one parameter: a JSON array of objects (keys = column names) read as rows of
   * `table`'s own column types, to `insert … select` from. PostgreSQL parses a statement with
   * tens of thousands of placeholders several times slower than one JSON text; null for SQLite,
   * where a prepared multi-row VALUES is the fast way.
   */
  jsonRows: ((table: string, json: string) => RawBuilder<unknown>) | null;
  /**
   * The activity `id` has a row in the link table `table` (aliased `l`, keyed by
   * `l.activity_id`) that matches `filter`. PostgreSQL reads the matching link rows once
   * (`= any(array(…))`) and looks the activities up by primary key: planned as a join, with the
   * planner's default guess for a condition it has no statistics on, it walked the whole table
   * by primary key when the join found nothing (a calendar week read 100,000 activities to find
   * none). SQLite starts from the link rows too (`in (select …)`, a list it then looks up by
   * rowid): a correlated EXISTS was answered from the interval's start range, so a week holding
   * a campaign of 1,000,000 activities probed every one of them for each calendar read, on the
   * server's one thread, while everyone else's requests waited. The price on both: an employee's
   * link rows are read whatever their dates (an employee linked to 12,500 activities: ~30 ms).
   */
  linkedIds: (id: RawBuilder<unknown>, table: string, filter: RawBuilder<boolean>) => RawBuilder<boolean>;
  /** The statement that refreshes the planner's statistics of `tables` (see StatisticsTable); null where there are none. */
  refreshStatistics: ((tables: StatisticsTable[]) => RawBuilder<unknown>) | null;
};

/**
 * After a bulk write the query planner must know the tables' new sizes: PostgreSQL plans by
 * statistics that autovacuum refreshes only a while later, and a report read right after a
 * finish of 100,000 activities, planned for a batch of one, ran for minutes. SQLite plans without
 * statistics (the app never runs its ANALYZE), so there is nothing to refresh.
 */
export type { StatisticsTable } from '../app/ports/store.js';
import type { StatisticsTable } from '../app/ports/store.js';

export const sqliteDialect: Dialect = {
  name: 'sqlite',
  idColumn: (col) => col.primaryKey().autoIncrement(),
  byteOrderedText: (col) => col, // SQLite's default BINARY collation is byte order
  isNotDistinctFrom: (a, b) => sql<boolean>`(${a} IS ${b})`,
  maxParameters: 32_000,
  byteOrder: (expr) => expr,
  commaList: (expr) => sql<string | null>`group_concat(${expr}, ',' order by ${expr})`,
  jsonIdNames: (id, name, order) => sql<string | null>`json_group_array(json_object('id', ${id}, 'name', ${name}) order by ${order})`,
  addSeconds: (iso, seconds) => sql<string>`strftime('%Y-%m-%dT%H:%M:%fZ', ${iso}, (${seconds}) || ' seconds')`,
  secondsBetween: (from, to) => sql<number>`cast(round((julianday(${to}) - julianday(${from})) * 86400) as integer)`,
  jsonRows: null,
  linkedIds: (id, table, filter) => sql<boolean>`${id} in (select l.activity_id from ${sql.table(table)} l where ${filter})`,
  refreshStatistics: null,
};

export const postgresDialect: Dialect = {
  name: 'postgres',
  idColumn: (col) => col.primaryKey().generatedByDefaultAsIdentity(),
  byteOrderedText: (col) => col.modifyEnd(sql`collate "C"`),
  isNotDistinctFrom: (a, b) => sql<boolean>`(${a} IS NOT DISTINCT FROM ${b})`,
  maxParameters: 60_000,
  byteOrder: (expr) => sql`${expr} collate "C"`,
  commaList: (expr) => sql<string | null>`string_agg((${expr})::text, ',' order by ${expr})`,
  jsonIdNames: (id, name, order) => sql<string | null>`json_agg(json_build_object('id', ${id}, 'name', ${name}) order by ${order})::text`,
  addSeconds: (iso, seconds) => sql<string>`to_char((cast(${iso} as timestamptz) + (${seconds}) * interval '1 second') at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
  secondsBetween: (from, to) => sql<number>`cast(round(extract(epoch from (cast(${to} as timestamptz) - cast(${from} as timestamptz)))) as integer)`,
  jsonRows: (table, json) => sql`json_populate_recordset(null::${sql.table(table)}, ${json}::json)`,
  linkedIds: (id, table, filter) => sql<boolean>`${id} = any(array(select l.activity_id from ${sql.table(table)} l where ${filter}))`,
  refreshStatistics: (tables) => sql`analyze ${sql.join(tables.map((t) => sql.table(t)))}`,
};

/** A statement refused by a unique index (PostgreSQL's SQLSTATE 23505, SQLite's extended code). */
export function isUniqueViolation(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

export function dialectOf(name: DialectName): Dialect {
  return name === 'sqlite' ? sqliteDialect : postgresDialect;
}

export type { Kysely };
