/**
 * Opens an uploaded or given file as a table source for the import: recognises .xlsx by its zip
 * signature, detects a CSV file's character set and separator (each can be overridden), reads
 * the header row and hands out the remaining rows as a stream.
 */
import fs from 'node:fs';
import type { TableRow, TableSource } from '../app/imports/table-source.js';
import { uniqueHeaders } from '../domain/import/fields.js';
import { validation } from '../domain/errors.js';
import { detectDelimiter, detectEncoding, detectFormat, type Delimiter, type Encoding, type FileFormat } from './detect.js';
import { readCsv } from './read-csv.js';
import { readXlsx } from './read-xlsx.js';
import iconv from 'iconv-lite';

export type TableOptions = { encoding?: Encoding; delimiter?: Delimiter; sheet?: string };
export type TableFacts = { format: FileFormat; encoding: Encoding | null; delimiter: Delimiter | null; sheets: string[] };
export type OpenTable = TableSource & { facts: TableFacts; close(): void };

const SAMPLE = 64 * 1024;

function readHead(file: string): { head: Buffer; complete: boolean } {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(SAMPLE);
    const n = fs.readSync(fd, buf, 0, SAMPLE, 0);
    return { head: buf.subarray(0, n), complete: n < SAMPLE };
  } finally {
    fs.closeSync(fd);
  }
}

/** `field` names the request field a problem with this file is reported under. */
export async function openTable(file: string, fileName: string | null, opts: TableOptions = {}, field = 'file'): Promise<OpenTable> {
  const { head, complete } = readHead(file);
  if (!head.length) throw validation(field, 'the file is empty');
  const format = detectFormat(head);
  let reader: { records: AsyncIterable<TableRow>; fraction(): number; close(): void; sheetNames?: () => string[] };
  let encoding: Encoding | null = null;
  let delimiter: Delimiter | null = null;
  if (format === 'xlsx') {
    reader = readXlsx(file, opts.sheet);
  } else {
    encoding = opts.encoding ?? detectEncoding(head, complete);
    delimiter = opts.delimiter ?? detectDelimiter(iconv.decode(head, encoding));
    reader = readCsv(file, { encoding, delimiter });
  }
  const it = reader.records[Symbol.asyncIterator]();
  let first: IteratorResult<TableRow>;
  try {
    // The header is the first row that is not blank.
    do first = await it.next(); while (!first.done && first.value.cells.every((c) => c.trim() === ''));
  } catch (err) {
    reader.close();
    if ((err as { sheetMissing?: boolean }).sheetMissing) throw validation('sheet', (err as Error).message);
    throw validation(field, `the file cannot be read: ${(err as Error).message}`);
  }
  if (first.done) { reader.close(); throw validation(field, 'the file has no rows'); }
  const header = uniqueHeaders(first.value.cells);
  const rows: AsyncIterable<TableRow> = {
    [Symbol.asyncIterator]: () => ({
      next: async () => {
        try {
          return await it.next();
        } catch (err) {
          throw validation(field, `the file cannot be read: ${(err as Error).message}`);
        }
      },
      return: async () => { reader.close(); return { done: true, value: undefined }; },
    }),
  };
  return {
    fileName, header, rows, fraction: () => reader.fraction(), close: () => reader.close(),
    facts: { format, encoding, delimiter, sheets: reader.sheetNames?.() ?? [] },
  };
}

/** The header and the first `n` rows, for the mapping table; the file is closed after. */
export async function previewTable(file: string, fileName: string | null, opts: TableOptions, n: number, field = 'file') {
  const t = await openTable(file, fileName, opts, field);
  const rows: TableRow[] = [];
  try {
    for await (const r of t.rows) {
      if (r.cells.every((c) => c.trim() === '')) continue;
      rows.push(r);
      if (rows.length >= n) break;
    }
  } finally {
    t.close();
  }
  return { header: t.header, rows, facts: t.facts };
}
