/**
 * CSV renderer: UTF-8 with BOM, one row per detail line (contact person, linked contact) with its
 * group's cells repeated, or one row for a group without details. Swedish: `;` and decimal comma;
 * English: `,` and decimal point. Text cells are neutralised against formula injection.
 * Quoting is RFC 4180 as csv-stringify wrote it before (a field with the delimiter, a quote or a
 * line break, or with space at either end, is quoted, quotes doubled), done here per field: the
 * library's per-record machinery was a third of a large report's time.
 */
import type { Writable } from 'node:stream';
import type { CellValue, ReportColumn, ReportLine, ReportModel, ReportRows } from './model.js';
import { neutraliseFormula } from './text.js';
import { writeChunk } from './write.js';

export const csvDelimiter = (model: ReportModel) => (model.locale === 'sv' ? ';' : ',');

function csvCell(model: ReportModel, col: ReportColumn, v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') {
    const s = String(v);
    return col.format === 'number' && model.locale === 'sv' ? s.replace('.', ',') : s;
  }
  return neutraliseFormula(v);
}

export async function renderCsv(model: ReportModel, rows: ReportRows, out: Writable): Promise<void> {
  const delimiter = csvDelimiter(model);
  const needsQuotes = new RegExp(`[${delimiter}"\\r\\n]|^\\s|\\s$`);
  const field = (v: string) => (needsQuotes.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const stringify = (records: string[][]) => {
    let text = '';
    for (const r of records) text += `${r.map(field).join(delimiter)}\r\n`;
    return text;
  };
  // Column labels can repeat across the levels (Telefon); prefix the detail ones' label if so.
  const groupLabels = new Set(model.groupColumns.map((c) => c.label));
  const header = [...model.groupColumns.map((c) => c.label),
    ...model.detailColumns.map((c) => (groupLabels.has(c.label) ? `${model.detailColumns[0]!.label}: ${c.label}` : c.label))];
  await writeChunk(out, '\ufeff' + stringify([header]));

  let group: ReportLine | null = null;
  let groupHadDetail = false;
  // Records are written as text straight away (no array per record), flushed every 200.
  const BATCH = 200;
  let text = '';
  let count = 0;
  const flush = async () => {
    if (text) await writeChunk(out, text);
    text = '';
    count = 0;
  };
  const gcols = model.groupColumns;
  const dcols = model.detailColumns;
  const record = (g: ReportLine | null, d: ReportLine | null) => {
    let r = '';
    for (let i = 0; i < gcols.length; i++) r += (i ? delimiter : '') + field(csvCell(model, gcols[i]!, g?.cells[gcols[i]!.key]));
    for (let i = 0; i < dcols.length; i++) r += (i || gcols.length ? delimiter : '') + field(csvCell(model, dcols[i]!, d?.cells[dcols[i]!.key]));
    text += `${r}\r\n`;
    count += 1;
  };
  for await (const line of rows) {
    if (line.level === 'group') {
      if (group && !groupHadDetail) record(group, null);
      group = line;
      groupHadDetail = false;
    } else {
      record(group, line);
      groupHadDetail = true;
    }
    if (count >= BATCH) await flush();
  }
  if (group && !groupHadDetail) record(group, null);
  await flush();
}
