/**
 * The report model every renderer consumes: title, header facts, master/detail column
 * definitions, totals and locale, plus the rows as an async iterable of lines (a contact or an
 * activity is a `group` line, its contact persons or linked contacts are `detail` lines).
 * Line counts are known before the rows are read, so "page N of M" needs one pass over the rows.
 */
import type { Locale } from '../i18n/index.js';

export type CellValue = string | number | null | undefined;

/** `id`: digits as-is (numbers, not amounts); `number`: formatted for the locale; `text`: user text. */
export type ColumnFormat = 'text' | 'id' | 'number';

export type ReportColumn = {
  key: string;
  label: string;
  /** width in PDF points; the columns of one level add up to the content width */
  width: number;
  format?: ColumnFormat;
  /** printed bold on group lines (the line's identity: number and name) */
  strong?: boolean;
};

export type ReportLine = {
  level: 'group' | 'detail';
  cells: Record<string, CellValue>;
  /** cells that repeat the line above: left blank in print, kept in CSV (each row stands alone) */
  repeated?: readonly string[];
};

export type ReportFact = { label: string; value: string };

export type ReportTotals = {
  title: string;
  labelHeading: string;
  countHeading: string;
  rows: { label: string; count: number }[];
  totalLabel: string;
};

export type ReportModel = {
  locale: Locale;
  title: string;
  companyName: string;
  facts: ReportFact[];
  groupColumns: ReportColumn[];
  /** drawn indented under the group's first column */
  detailColumns: ReportColumn[];
  /** how many group and detail lines the rows will yield (from count queries); UNCOUNTED for a CSV */
  lineCount: { groups: number; details: number };
  totals?: ReportTotals;
  /** the footer line "Printed … by …" */
  printedLine: string;
  /** file name without extension (may hold any Unicode; encoded for the header by the route) */
  fileName: string;
  labels: {
    /** "Sida {n} av {m}" with placeholders */
    page: string;
    /** "forts. {name}" with a placeholder */
    continued: string;
    empty: string;
  };
};

export type ReportRows = AsyncIterable<ReportLine>;

/**
 * The line count of a model built from the rows alone: a CSV numbers no pages and shows no facts,
 * so its data is not counted first. Only the CSV renderer is handed such a model.
 */
export const UNCOUNTED: ReportModel['lineCount'] = Object.freeze({ groups: 0, details: 0 });

/** The text a cell shows in print (PDF, HTML): ids as digits, numbers for the locale. */
export function cellText(locale: Locale, col: ReportColumn, v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') {
    if (col.format === 'number') return new Intl.NumberFormat(locale === 'sv' ? 'sv-SE' : 'en-GB').format(v);
    return String(v);
  }
  return v;
}

export const fill = (template: string, params: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => (params[k] === undefined ? m : String(params[k])));
