/**
 * The portable backup file: gzip of JSON lines, the same for both databases.
 *   {"format":"kontakta-backup","version":1,"source":"postgres","createdAt":"…","migrations":[…]}
 *   {"table":"employees","columns":["id","name",…]}
 *   [1,"Anna",…]                       one line per row, values in column order
 *   {"end":true,"tables":18,"rows":12345}
 * Tables come in dependency order (referenced first), so a restore inserts them as they come.
 * Every value is JSON-safe: both databases store text, whole numbers and floats only.
 */
import fs from 'node:fs';
import readline from 'node:readline';
import zlib from 'node:zlib';
import { once } from 'node:events';

export const BACKUP_FORMAT = 'kontakta-backup';
export const BACKUP_VERSION = 1;

export type BackupHeader = { format: typeof BACKUP_FORMAT; version: number; source: string; createdAt: string; migrations: string[] };

/** A table as a backup source gives it: columns and its rows in column order. */
export type TableData = { table: string; columns: string[]; rows: AsyncIterable<unknown[]> };

export type BackupSource = { migrations: string[]; tables: AsyncIterable<TableData>; close: () => Promise<void> };

export async function writePortableBackup(file: string, header: Omit<BackupHeader, 'format' | 'version'>, tables: AsyncIterable<TableData>): Promise<{ tables: number; rows: number }> {
  const tmp = `${file}.partial`;
  const gzip = zlib.createGzip({ level: 6 });
  const out = fs.createWriteStream(tmp);
  const finished = new Promise<void>((resolve, reject) => { out.on('finish', resolve); out.on('error', reject); gzip.on('error', reject); });
  gzip.pipe(out);
  const write = async (value: unknown) => {
    if (!gzip.write(`${JSON.stringify(value)}\n`)) await once(gzip, 'drain');
  };
  let tableCount = 0;
  let rowCount = 0;
  await write({ format: BACKUP_FORMAT, version: BACKUP_VERSION, ...header });
  for await (const t of tables) {
    tableCount++;
    await write({ table: t.table, columns: t.columns });
    for await (const row of t.rows) { rowCount++; await write(row); }
  }
  await write({ end: true, tables: tableCount, rows: rowCount });
  gzip.end();
  await finished;
  // Only a complete file gets the name: an interrupted backup never looks like a good one.
  fs.renameSync(tmp, file);
  return { tables: tableCount, rows: rowCount };
}

/** Reads a portable backup; fails on a file that is not one, or that ends before its end line. */
export async function readPortableBackup(file: string): Promise<BackupSource> {
  const input = fs.createReadStream(file).pipe(zlib.createGunzip());
  const lines = readline.createInterface({ input, crlfDelay: Infinity })[Symbol.asyncIterator]();
  const first = await lines.next();
  const header = first.done ? undefined : (JSON.parse(first.value) as Partial<BackupHeader>);
  if (header?.format !== BACKUP_FORMAT) throw new Error(`${file} is not a Kontakta backup`);
  if (header.version !== BACKUP_VERSION) throw new Error(`${file} is a backup of format version ${header.version}; this version reads ${BACKUP_VERSION}`);
  let pending: { table: string; columns: string[] } | undefined;
  let ended = false;
  async function* rowsUntilNextTable(): AsyncGenerator<unknown[]> {
    for (;;) {
      const next = await lines.next();
      if (next.done) return;
      const v = JSON.parse(next.value) as unknown;
      if (Array.isArray(v)) { yield v; continue; }
      const marker = v as { table?: string; columns?: string[]; end?: boolean };
      if (marker.end) { ended = true; pending = undefined; return; }
      pending = { table: marker.table!, columns: marker.columns! };
      return;
    }
  }
  async function* tables(): AsyncGenerator<TableData> {
    const next = await lines.next();
    if (!next.done) {
      const v = JSON.parse(next.value) as { table?: string; columns?: string[]; end?: boolean };
      if (v.end) ended = true;
      else pending = { table: v.table!, columns: v.columns! };
    }
    while (pending) {
      const current = pending;
      pending = undefined;
      yield { table: current.table, columns: current.columns, rows: rowsUntilNextTable() };
    }
    if (!ended) throw new Error(`${file} ends early: the backup is incomplete`);
  }
  return { migrations: header.migrations ?? [], tables: tables(), close: async () => { input.destroy(); } };
}

/** true when the file starts like an SQLite database (what `kontakta backup` writes for SQLite). */
export function isSqliteFile(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    fs.readSync(fd, head, 0, 16, 0);
    return head.toString('latin1') === 'SQLite format 3\u0000';
  } finally {
    fs.closeSync(fd);
  }
}
