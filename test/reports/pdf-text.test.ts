/**
 * The PDF's text, read back with pdf-parse, is the rows: every cell of every line, in order, on
 * the right page, whether it was written straight into the content stream (plain Latin text) or
 * through pdfkit's shaping (other scripts), with the missing-glyph replacement and "…" cuts.
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../src/reports/pdf.js';
import { planPages } from '../../src/reports/layout.js';
import type { ReportLine, ReportModel } from '../../src/reports/model.js';
import { pdfText } from './support.js';

const N = 150;
const model: ReportModel = {
  locale: 'sv', title: 'Kontaktkontroll', companyName: 'Bolaget AB', facts: [{ label: 'Urval', value: 'Alla kontakter' }],
  groupColumns: [
    { key: 'number', label: 'Nr', width: 60, format: 'id', strong: true },
    { key: 'name', label: 'Namn', width: 200, strong: true },
    { key: 'city', label: 'Ort', width: 120 },
    { key: 'turnover', label: 'Omsättning', width: 131.28, format: 'number' },
  ],
  detailColumns: [{ key: 'person', label: 'Person', width: 200 }, { key: 'email', label: 'E-post', width: 293.28 }],
  lineCount: { groups: N, details: N }, printedLine: 'Utskrivet 2026-12-01 av Anna', fileName: 'kontakter',
  labels: { page: 'Sida {n} av {m}', continued: 'forts. {name}', empty: 'Inga rader' },
};

/** Some names need shaping (Arabic), some carry an emoji (DejaVu Sans draws this one), some are too long for the column. */
const LONG = 'Långa Namnens Åkeri och Ölhandel i Östra Ärlinghem';
const nameOf = (i: number) => (i % 10 === 5 ? `مكتب ${i}` : i % 10 === 7 ? `Glada 😀 Åkeriet ${i}` : i % 10 === 3 ? `${LONG} ${i} AB` : `Företaget Ärlig & Öst ${i} AB`);

async function* rows(): AsyncIterable<ReportLine> {
  for (let i = 0; i < N; i++) {
    yield { level: 'group', cells: { number: 1000 + i, name: nameOf(i), city: i % 2 ? 'Göteborg' : 'Malmö', turnover: 1_250_000 + i } };
    yield { level: 'detail', cells: { person: `Åsa Öberg ${i}`, email: `asa.${i}@foretag${i}.se` } };
  }
}

async function render(): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await renderPdf(model, rows(), out);
  out.end();
  return Buffer.concat(chunks);
}

describe('PDF text', () => {
  it('extracts as the rows, page by page, in order', async () => {
    const pdf = await pdfText(await render());
    const plan = planPages(model);
    expect(pdf.pages).toBe(plan.pages);
    expect(pdf.pages).toBeGreaterThan(2);
    const nf = new Intl.NumberFormat('sv-SE');
    let at = 0;
    for (let i = 0; i < N; i++) {
      const group = `${1000 + i} ${nameOf(i)} ${i % 2 ? 'Göteborg' : 'Malmö'} ${nf.format(1_250_000 + i)}`.replace(/\s+/g, ' ');
      const detail = `Åsa Öberg ${i} asa.${i}@foretag${i}.se`;
      // Arabic comes back in visual order from the extractor; the Latin cells around it are exact.
      // A name too long for its column is cut with "…" (a prefix of it, whole words or not).
      const found = i % 10 === 5 ? pdf.text.indexOf(`${1000 + i} `, at)
        : i % 10 === 3 ? pdf.text.indexOf(`${1000 + i} ${LONG.slice(0, 20)}`, at) : pdf.text.indexOf(group, at);
      expect(found, `row ${i}: ${group}`).toBeGreaterThanOrEqual(at);
      if (i % 10 === 3) {
        const shown = /^\d+ (.*?)… /.exec(pdf.text.slice(found))?.[1];
        expect(shown, `row ${i} cut`).toBeDefined();
        expect(`${LONG} ${i} AB`.startsWith(shown!)).toBe(true);
        expect(shown!.length).toBeGreaterThan(20);
      }
      const d = pdf.text.indexOf(detail, found);
      expect(d, `row ${i}: ${detail}`).toBeGreaterThan(found);
      at = d + detail.length;
    }
    for (let p = 1; p <= plan.pages; p++) {
      expect(pdf.pageTexts[p - 1]).toContain(`Sida ${p} av ${plan.pages}`);
      expect(pdf.pageTexts[p - 1]).toContain('Bolaget AB');
      expect(pdf.pageTexts[p - 1]).toContain('Utskrivet 2026-12-01 av Anna');
    }
    expect(pdf.pageTexts[0]).toContain('Urval Alla kontakter');
  });
});
