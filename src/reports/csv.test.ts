/**
 * The CSV's own quoting reads back with csv-parse as exactly the cells, for any text (delimiters,
 * quotes, line breaks, space at the ends, Unicode), in both locales' delimiters.
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { renderCsv } from './csv.js';
import type { ReportLine, ReportModel } from './model.js';

const model = (locale: 'sv' | 'en'): ReportModel => ({
  locale, title: 'T', companyName: 'C', facts: [], printedLine: '', fileName: 'f',
  groupColumns: [{ key: 'a', label: 'A', width: 100 }, { key: 'b', label: 'B', width: 100 }],
  detailColumns: [{ key: 'c', label: 'C;"x"', width: 100 }],
  lineCount: { groups: 0, details: 0 }, labels: { page: '', continued: '', empty: '' },
});

async function csvOf(m: ReportModel, lines: ReportLine[]): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await renderCsv(m, (async function* () { yield* lines; })(), out);
  return Buffer.concat(chunks).toString('utf8');
}

// Formula neutralising (a leading = + - @ gets an apostrophe) is tested elsewhere; keep it out.
const cell = fc.string({ unit: fc.constantFrom('a', 'Å', ';', ',', '"', '\n', '\r', ' ', '\t', 'é', '😀', 'x', '0') })
  .filter((s) => !/^[=+\-@\t\r]/.test(s));

describe('CSV quoting', () => {
  it('reads back as the cells', async () => {
    await fc.assert(fc.asyncProperty(fc.constantFrom('sv' as const, 'en' as const), fc.array(fc.tuple(cell, cell, cell), { minLength: 1, maxLength: 8 }), async (locale, rows) => {
      const lines: ReportLine[] = rows.flatMap(([a, b, c]) => [{ level: 'group' as const, cells: { a, b } }, { level: 'detail' as const, cells: { c } }]);
      const text = await csvOf(model(locale), lines);
      expect(text.endsWith('\r\n')).toBe(true);
      const back = parse(text, { bom: true, delimiter: locale === 'sv' ? ';' : ',', relax_column_count: false }) as string[][];
      expect(back[0]).toEqual(['A', 'B', 'C;"x"']);
      expect(back.slice(1)).toEqual(rows);
    }), { numRuns: 200 });
  });
});
