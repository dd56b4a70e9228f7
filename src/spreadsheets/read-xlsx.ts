/**
 * An .xlsx sheet as a streamed table, read with exceljs's streaming WorkbookReader (rows are
 * parsed as the zip is read; the workbook is never held whole). Cells become text the import
 * parsers read: numbers as written in JavaScript, dates as YYYY-MM-DD, formulas by their result,
 * rich text and hyperlinks by their text.
 */
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { TableRow } from '../app/imports/table-source.js';

export type XlsxReader = { records: AsyncIterable<TableRow>; fraction(): number; close(): void; sheetNames(): string[] };

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) {
    const iso = v.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('T', ' ').slice(0, 16);
  }
  if (typeof v === 'object') {
    const o = v as { result?: unknown; text?: unknown; richText?: { text: string }[]; error?: string };
    if ('result' in o) return cellText(o.result);
    if (o.richText) return o.richText.map((t) => t.text).join('');
    if (typeof o.text === 'string') return o.text;
    if (o.text && typeof o.text === 'object') return cellText(o.text);
    if (o.error) return '';
  }
  return String(v);
}

/** `sheet`: a 1-based position or a name; the first sheet when absent. */
export function readXlsx(file: string, sheet?: string): XlsxReader {
  const size = fs.statSync(file).size || 1;
  const input = fs.createReadStream(file, { highWaterMark: 256 * 1024 });
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', worksheets: 'emit', entries: 'ignore',
  });
  const names: string[] = [];
  async function* records(): AsyncGenerator<TableRow> {
    let position = 0;
    let found = false;
    for await (const ws of reader) {
      position++;
      const name = (ws as unknown as { name?: string }).name ?? `Sheet${position}`;
      names.push(name);
      const wanted = sheet === undefined ? position === 1 : sheet === String(position) || sheet === name;
      if (!wanted) {
        for await (const _row of ws) { /* the zip is read in order: pass over this sheet */ }
        continue;
      }
      found = true;
      for await (const row of ws) {
        const values = row.values as unknown[];
        const cells: string[] = [];
        for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
        yield { line: row.number, cells };
      }
      break;
    }
    if (!found) throw Object.assign(new Error(`the workbook has no sheet "${sheet}"`), { sheetMissing: true });
  }
  return {
    records: records(),
    fraction: () => Math.min(1, input.bytesRead / size),
    close: () => input.destroy(),
    // The workbook part (read before the sheets) lists every sheet; else the names met so far.
    sheetNames: () => {
      const listed = (reader as unknown as { model?: { sheets?: { name?: string }[] } }).model?.sheets ?? [];
      const all = listed.map((x) => x.name).filter((x): x is string => Boolean(x));
      return all.length ? all : names;
    },
  };
}
