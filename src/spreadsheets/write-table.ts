/**
 * Streams a list as CSV or .xlsx with flat memory. CSV follows the reports' Swedish-Excel
 * conventions (UTF-8 with BOM, `;` and decimal comma in Swedish, `,` and point in English, CRLF,
 * text neutralised against formula injection). .xlsx is written by exceljs's streaming
 * WorkbookWriter: real number and date cells, a bold header row frozen in place, column widths,
 * each row committed (written out) as it comes.
 */
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { Locale } from '../i18n/index.js';
import { translate } from '../i18n/index.js';
import { neutraliseFormula } from '../reports/text.js';
import { waitForDrain, writeChunk } from '../reports/write.js';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export type ColumnType = 'text' | 'integer' | 'decimal' | 'date' | 'datetime' | 'boolean';
export type ExportColumn = { header: string; type: ColumnType; width: number };
/** A cell: text, a number, a boolean, or a date-time as an ISO string (shown in `timeZone`). */
export type ExportCell = string | number | boolean | null;

/** "2026-12-07T08:00:00.000Z" → the wall-clock parts in `timeZone`. */
function wallClock(iso: string, timeZone: string): { y: number; mo: number; d: number; h: number; mi: number } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  return { y: get('year'), mo: get('month'), d: get('day'), h: get('hour'), mi: get('minute') };
}

const pad = (n: number) => String(n).padStart(2, '0');

function csvCell(col: ExportColumn, v: ExportCell, locale: Locale, timeZone: string): string {
  if (v === null || v === undefined || v === '') return '';
  if (typeof v === 'boolean') return translate(locale, v ? 'data.value.yes' : 'data.value.no');
  if (typeof v === 'number') return locale === 'sv' ? String(v).replace('.', ',') : String(v);
  if (col.type === 'date' || col.type === 'datetime') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
    const w = wallClock(v, timeZone);
    return col.type === 'date' ? `${w.y}-${pad(w.mo)}-${pad(w.d)}` : `${w.y}-${pad(w.mo)}-${pad(w.d)} ${pad(w.h)}:${pad(w.mi)}`;
  }
  return neutraliseFormula(v);
}

/** A date cell: Excel has no time zones, so the wall-clock time is written as if it were UTC. */
function xlsxDate(v: string, timeZone: string): Date {
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return new Date(`${v}T00:00:00.000Z`);
  const w = wallClock(v, timeZone);
  return new Date(Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi));
}

const NUMBER_FORMATS: Partial<Record<ColumnType, string>> = {
  integer: '0', decimal: '#,##0.00', date: 'yyyy-mm-dd', datetime: 'yyyy-mm-dd hh:mm',
};

export async function writeTable(
  format: ExportFormat, columns: readonly ExportColumn[], rows: AsyncIterable<ExportCell[]>, out: Writable,
  opts: { locale: Locale; timeZone: string; sheetName: string },
): Promise<void> {
  if (format === 'csv') {
    const csv = { delimiter: opts.locale === 'sv' ? ';' : ',', record_delimiter: '\r\n', quoted_match: /^\s|\s$/ } as const;
    await writeChunk(out, '\ufeff' + stringify([columns.map((c) => c.header)], csv));
    let batch: string[][] = [];
    for await (const row of rows) {
      batch.push(columns.map((c, i) => csvCell(c, row[i] ?? null, opts.locale, opts.timeZone)));
      if (batch.length >= 500) { await writeChunk(out, stringify(batch, csv)); batch = []; }
    }
    if (batch.length) await writeChunk(out, stringify(batch, csv));
    return;
  }
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet(opts.sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width, style: NUMBER_FORMATS[c.type] ? { numFmt: NUMBER_FORMATS[c.type] } : {} }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).commit();
  let n = 0;
  for await (const row of rows) {
    const values = columns.map((c, i) => {
      const v = row[i] ?? null;
      if (v === null || v === '') return null;
      if ((c.type === 'date' || c.type === 'datetime') && typeof v === 'string') return xlsxDate(v, opts.timeZone);
      if (typeof v === 'boolean') return translate(opts.locale, v ? 'data.value.yes' : 'data.value.no');
      return v;
    });
    ws.addRow(values).commit();
    // The zip writer does not wait for a slow reader by itself.
    if (++n % 500 === 0) await waitForDrain(out);
  }
  ws.commit();
  await wb.commit();
}
