/**
 * CSV renderer: UTF-8 with BOM, one row per detail line (contact person, linked contact) with its
 * group's cells repeated, or one row for a group without details. Swedish: `;` and decimal comma;
 * English: `,` and decimal point. Text cells are neutralised against formula injection.
 * A group's cells are quoted once and reused for each of its detail rows.
 * Quoting is RFC 4180 as csv-stringify wrote it before (a field with the delimiter, a quote or a
 * line break, or with space at either end, is quoted, quotes doubled), done here per field: the
 * library's per-record machinery was a third of a large report's time.
 */
import type { Writable } from 'node:stream';
import type { CellValue, ReportColumn, ReportLine, ReportModel, ReportRows } from './model.js';
import { neutraliseFormula } from './text.js';
import { writeChunk } from './write.js';

export const csvDelimiter = (model: ReportModel) => (model.locale === 'sv' ? ';' : ',');

/** Formula neutralising of text.ts, tested on the first character's code (no regex per cell). */
function csvText(v: string): string {
  const c = v.charCodeAt(0);
  return c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13 ? neutraliseFormula(v) : v;
}

function csvCell(model: ReportModel, col: ReportColumn, v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') {
    const s = String(v);
    return col.format === 'number' && model.locale === 'sv' ? s.replace('.', ',') : s;
  }
  return csvText(v);
}

export async function renderCsv(model: ReportModel, rows: ReportRows, out: Writable): Promise<void> {
  const delimiter = csvDelimiter(model);
  const needsQuotes = new RegExp(`[${delimiter}"\\r\\n]|^\\s|\\s$`);
  const field = (v: string) => (v === '' ? v : needsQuotes.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const gcols = model.groupColumns;
  const dcols = model.detailColumns;
  /** One level's cells of a line as delimited, quoted fields. */
  const fields = (cols: ReportColumn[], line: ReportLine | null) => {
    let r = '';
    for (let i = 0; i < cols.length; i++) {
      const col = cols[i]!;
      const v = line ? line.cells[col.key] : null;
      if (i) r += delimiter;
      if (v !== null && v !== undefined) r += field(csvCell(model, col, v));
    }
    return r;
  };
  const between = gcols.length && dcols.length ? delimiter : '';
  // Column labels can repeat across the levels (Telefon); prefix the detail ones' label if so.
  const groupLabels = new Set(gcols.map((c) => c.label));
  const header = [...gcols.map((c) => c.label),
    ...dcols.map((c) => (groupLabels.has(c.label) ? `${dcols[0]!.label}: ${c.label}` : c.label))];
  await writeChunk(out, `\ufeff${header.map(field).join(delimiter)}\r\n`);

  // A group's fields are quoted once and reused for each of its detail records.
  let groupText: string | null = null;
  let groupHadDetail = false;
  const noDetail = fields(dcols, null);
  // Records are written as text straight away (no array per record), flushed every 200.
  const BATCH = 200;
  let text = '';
  let count = 0;
  const flush = async () => {
    if (text) await writeChunk(out, text);
    text = '';
    count = 0;
  };
  for await (const line of rows) {
    if (line.level === 'group') {
      if (groupText !== null && !groupHadDetail) text += `${groupText}${between}${noDetail}\r\n`;
      groupText = fields(gcols, line);
      groupHadDetail = false;
    } else {
      text += `${groupText ?? fields(gcols, null)}${between}${fields(dcols, line)}\r\n`;
      groupHadDetail = true;
    }
    count += 1;
    if (count >= BATCH) await flush();
  }
  if (groupText !== null && !groupHadDetail) text += `${groupText}${between}${noDetail}\r\n`;
  await flush();
}
