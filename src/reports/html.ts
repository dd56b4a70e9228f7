/**
 * HTML print view: the same pages as the PDF (shared pagination in layout.ts), each an A4 sheet
 * with the page header, the column headings, its lines and "page N of M". `@page { size: A4;
 * margin: 0 }` plus fixed sheet sizes in pt make the browser's Print give exactly these pages.
 * Every user text is escaped; cells are one line, cut with an ellipsis like in the PDF.
 */
import type { Writable } from 'node:stream';
import { cellText, fill, type ReportLine, type ReportModel, type ReportRows } from './model.js';
import { G, contentW, footerTop, linesTopOf, paginate, placeColumns, type FactLine, type Slot } from './layout.js';
import { escapeHtml, singleLine } from './text.js';
import { writeChunk } from './write.js';

const pt = (n: number) => `${+n.toFixed(2)}pt`;
const esc = (s: string) => escapeHtml(singleLine(s));

function styles(): string {
  return `
@page { size: A4; margin: 0 }
* { box-sizing: border-box }
html, body { margin: 0; padding: 0 }
body { font-family: "DejaVu Sans", Verdana, "Segoe UI", Arial, sans-serif; font-size: ${G.fontSize}pt; color: #1f2937;
  -webkit-print-color-adjust: exact; print-color-adjust: exact }
.sheet { position: relative; width: ${pt(G.pageW)}; height: ${pt(G.pageH)}; overflow: hidden; background: #fff;
  break-after: page; page-break-after: always }
.sheet:last-child { break-after: auto; page-break-after: auto }
.abs { position: absolute; white-space: nowrap; overflow: hidden; text-overflow: ellipsis }
.company { font-weight: bold; font-size: 10pt }
.rtitle { text-align: right; color: #4b5563 }
.cont { text-align: right; color: #6b7280; font-style: italic; font-size: 7pt }
.rule { position: absolute; height: 0; border-top: 0.6pt solid #9ca3af }
.rule.light { border-top: 0.4pt solid #d1d5db }
.title { font-size: 15pt; font-weight: bold; color: #1e3a8a }
.fl { color: #6b7280 }
.h { font-size: ${G.headingSize}pt; font-weight: bold; color: #374151 }
.h.d { font-weight: normal; color: #6b7280 }
.g { font-weight: bold }
.gr { color: #1f2937 }
.d { color: #374151 }
.num { text-align: right }
.foot { color: #6b7280; font-size: 7pt }
@media screen {
  body { background: #e5e7eb; padding: 16px 0 }
  .sheet { margin: 0 auto 16px; box-shadow: 0 1px 4px rgba(0,0,0,.25) }
}
@media print { body { background: none } }
`;
}

function box(cls: string, x: number, y: number, w: number, h: number, html: string, title?: string): string {
  return `<div class="abs ${cls}" style="left:${pt(x)};top:${pt(y)};width:${pt(w)};height:${pt(h)};line-height:${pt(h)}"${title ? ` title="${title}"` : ''}>${html}</div>`;
}

const rule = (x: number, y: number, w: number, light = false) =>
  `<div class="rule${light ? ' light' : ''}" style="left:${pt(x)};top:${pt(y)};width:${pt(w)}"></div>`;

export async function renderHtml(model: ReportModel, rows: ReportRows, out: Writable): Promise<void> {
  const groupCols = placeColumns(model.groupColumns, 'group');
  const detailCols = placeColumns(model.detailColumns, 'detail');
  await writeChunk(out, `<!DOCTYPE html>\n<html lang="${model.locale}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${esc(model.title)} – ${esc(model.companyName)}</title><style>${styles()}</style></head><body>\n`);

  let buf = '';
  let linesTop = 0;
  const headings = (y: number) => {
    let s = groupCols.map(({ col, x, w }) => box(`h${col.format === 'number' ? ' num' : ''}`, x, y, w - 4, 12, esc(col.label))).join('');
    s += detailCols.map(({ col, x, w }) => box('h d', x, y + 12, w - 4, 12, esc(col.label))).join('');
    return s + rule(G.marginX, y + G.headingsH - 2, contentW);
  };
  const line = (l: ReportLine, y: number, index: number) => {
    const cols = l.level === 'group' ? groupCols : detailCols;
    let s = l.level === 'group' && index > 0 ? rule(G.marginX, y, contentW, true) : '';
    cols.forEach(({ col, x, w }) => {
      if (l.repeated?.includes(col.key)) return;
      const text = esc(cellText(model.locale, col, l.cells[col.key]));
      const cls = l.level === 'group' ? (col.strong ? 'g' : 'gr') : 'd';
      s += box(`${cls}${col.format === 'number' ? ' num' : ''}`, x, y, w - 4, G.lineH, text);
    });
    return s;
  };
  const slot = (sl: Slot, y: number, index: number) => {
    switch (sl.type) {
      case 'line': return line(sl.line, y, index);
      case 'empty': return box('d', G.marginX, y, contentW, G.lineH, esc(model.labels.empty));
      case 'blank': return '';
      case 'totalsTitle': return box('g', G.marginX, y, 250, G.lineH, esc(model.totals!.title)) +
        box('h num', G.marginX + 250, y, 80, G.lineH, esc(model.totals!.countHeading));
      case 'totalsRow': return (sl.sum ? rule(G.marginX, y, 330) : '') +
        box(sl.sum ? 'g' : 'd', G.marginX, y, 250, G.lineH, esc(sl.label)) +
        box(`${sl.sum ? 'g' : 'd'} num`, G.marginX + 250, y, 80, G.lineH, esc(new Intl.NumberFormat(model.locale === 'sv' ? 'sv-SE' : 'en-GB').format(sl.count)));
    }
  };
  const pageHead = (first: boolean, continued: string | null, facts: FactLine[]) => {
    let s = box('company', G.marginX, G.marginTop, contentW * 0.5, 14, esc(model.companyName));
    s += box('rtitle', G.marginX + contentW * 0.4, G.marginTop, contentW * 0.6, 14, esc(model.title));
    if (continued) s += box('cont', G.marginX + contentW * 0.3, G.marginTop + 15, contentW * 0.7, 11, esc(fill(model.labels.continued, { name: continued })));
    s += rule(G.marginX, G.marginTop + G.headerH - 6, contentW);
    let y = G.marginTop + G.headerH;
    if (first) {
      s += box('title', G.marginX, y, contentW, 22, esc(model.title));
      y += G.titleH;
      for (const f of facts) {
        s += box('fl', G.marginX, y, G.factLabelW - 6, G.lineH, esc(f.label));
        s += box('', G.marginX + G.factLabelW, y, contentW - G.factLabelW, G.lineH, esc(f.text));
        y += G.lineH;
      }
      y += G.blockGap;
    }
    return s + headings(y);
  };
  for await (const ev of paginate(model, rows)) {
    if (ev.type === 'pageStart') {
      buf += `<section class="sheet" aria-label="${esc(fill(model.labels.page, { n: ev.page, m: ev.pages }))}">`;
      buf += pageHead(ev.first, ev.continued, ev.facts);
      linesTop = linesTopOf(ev.first, ev.facts.length);
    } else if (ev.type === 'slot') {
      buf += slot(ev.slot, linesTop + ev.index * G.lineH, ev.index);
    } else {
      buf += rule(G.marginX, footerTop - 2, contentW);
      buf += box('foot', G.marginX, footerTop, contentW * 0.7, 12, esc(model.printedLine));
      buf += box('foot num', G.marginX + contentW * 0.6, footerTop, contentW * 0.4, 12, esc(fill(model.labels.page, { n: ev.page, m: ev.pages })));
      buf += '</section>\n';
      await writeChunk(out, buf);
      buf = '';
    }
    if (buf.length > 64 * 1024) { await writeChunk(out, buf); buf = ''; }
  }
  await writeChunk(out, buf + '</body></html>\n');
}
