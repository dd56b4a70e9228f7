/**
 * PDF renderer on pdfkit: A4, DejaVu Sans from the `dejavu-fonts-ttf` package (embedded and
 * subset, no system font), page header with company name and report title, column headings on
 * every page, footer "Sida N av M". Pages are written as they fill (no bufferPages): M comes from
 * the line counts via the shared pagination (layout.ts), so memory stays flat for any size.
 * Characters the font lacks (emoji) are replaced by □ instead of drawing .notdef or throwing.
 * Latin words skip OpenType shaping (pdf-font.ts), which was most of the time of a large report.
 */
import { createRequire } from 'node:module';
import type { Writable } from 'node:stream';
import zlib from 'node:zlib';
import PDFDocument from 'pdfkit';
import { cellText, fill, type ReportLine, type ReportModel, type ReportRows } from './model.js';
import { G, Pager, contentW, footerTop, linesTopOf, placeColumns, type FactLine, type Slot } from './layout.js';
import { replaceMissingGlyphs, singleLine } from './text.js';
import { waitForDrain } from './write.js';
import { installQuickLayout, type EmbeddedFont, type QuickFont } from './pdf-font.js';

const require = createRequire(import.meta.url);
const FONT_REGULAR = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

const INK = '#1f2937';

/** pdfkit's embedded font as the direct drawing uses it (pdfkit is pinned in the lock file). */
type PageFont = EmbeddedFont & { id: string; ascender: number; ref(): unknown };
/** A coordinate as PDF content writes it: at most two decimals. */
const num = (v: number) => String(Math.round(v * 100) / 100);
const TM_START = Buffer.from('1 0 0 -1 ', 'latin1');
const TM_END = Buffer.from(' Tm ', 'latin1');
const rgbs = new Map<string, string>();
/** `#rrggbb` as the three 0–1 components of a PDF colour operator. */
const rgb = (hex: string) => {
  let v = rgbs.get(hex);
  if (v === undefined) {
    v = [1, 3, 5].map((i) => String(Math.round((parseInt(hex.slice(i, i + 2), 16) / 255) * 1000) / 1000)).join(' ');
    rgbs.set(hex, v);
  }
  return v;
};
const MUTED = '#6b7280';
/** Text that singleLine and replaceMissingGlyphs leave as it is (see text.ts). */
const PLAIN_LINE = /^[\u0020-\u007e\u0080-\u024f\u2010-\u2027]*$/;
const ACCENT = '#1e3a8a';
/** Output is written to the response in chunks of about this size (a dozen pages of rows). */
const SHIP_BYTES = 64 * 1024;

export async function renderPdf(model: ReportModel, rows: ReportRows, out: Writable): Promise<void> {
  const doc = new PDFDocument({
    size: 'A4', margin: 0, autoFirstPage: false, bufferPages: false, compress: true, lang: model.locale === 'sv' ? 'sv-SE' : 'en-GB',
    info: { Title: model.title, Author: model.companyName, Creator: 'Kontakta' },
  });
  doc.registerFont('R', FONT_REGULAR);
  doc.registerFont('B', FONT_BOLD);
  /*
   * pdfkit hands out every object in pieces (`n 0 obj`, the dictionary, `stream`, the bytes,
   * `endstream`, `endobj`: about twenty per page). Piped, each piece was a write through the
   * response into the socket. They are gathered here and written a few pages at a time.
   */
  let parts: Buffer[] = [];
  let partBytes = 0;
  doc.on('data', (chunk: Buffer) => { parts.push(chunk); partBytes += chunk.length; });
  const ended = new Promise<void>((resolve, reject) => { doc.on('end', resolve); doc.on('error', reject); });
  const ship = async (atLeast: number) => {
    if (partBytes < atLeast || partBytes === 0) return;
    const chunk = parts.length === 1 ? parts[0]! : Buffer.concat(parts, partBytes);
    parts = [];
    partBytes = 0;
    // A reader that went away: stop rendering rather than write the rest of the pages to nobody.
    if (out.destroyed) throw new Error('report output closed before the end');
    if (!out.write(chunk)) await waitForDrain(out);
  };

  // Plain words are laid out without OpenType shaping (pdf-font.ts); the regular face is current after.
  const quick = {} as Record<'R' | 'B', QuickFont>;
  const embedded = {} as Record<'R' | 'B', PageFont>;
  for (const name of ['B', 'R'] as const) {
    const f = (doc.font(name) as unknown as { _font: PageFont })._font;
    embedded[name] = f;
    quick[name] = installQuickLayout(f);
  }
  // Glyph coverage of DejaVu Sans and Bold is the same for our purposes; ask the regular face.
  const face = (doc as unknown as { _font: { font?: { hasGlyphForCodePoint?: (cp: number) => boolean } } })._font.font;
  const glyphCache = new Map<number, boolean>();
  const has = (cp: number) => {
    let v = glyphCache.get(cp);
    if (v === undefined) { v = face?.hasGlyphForCodePoint ? face.hasGlyphForCodePoint(cp) : cp < 0x2000; glyphCache.set(cp, v); }
    return v;
  };
  // Latin text without control characters is already clean: one test instead of two rewrites.
  const clean = (s: string) => (PLAIN_LINE.test(s) ? s : replaceMissingGlyphs(singleLine(s), has));

  /*
   * The page's drawing goes straight into its content stream, gathered per page and written once:
   * colours, hairlines and plain text (glyphs of pdfkit's embedded subset, so the subset, widths and
   * ToUnicode map, and with them copy and search, stay pdfkit's). `doc.text()` per cell, with its
   * option handling, save/restore, transforms and a content write per operator, was most of a large
   * report's time. Text that needs shaping still goes through `doc.text()` after a flush.
   * pdfkit's pages draw top-down (its `1 0 0 -1 0 H cm`); the text matrix turns glyphs upright again.
   */
  type Page = { fonts: Record<string, unknown>; write(chunk: Uint8Array): void };
  /** The page's content so far, as bytes: operators and glyph ids are written in place. */
  let bytes = Buffer.allocUnsafe(1 << 18);
  let pos = 0;
  const room = (n: number) => {
    if (pos + n <= bytes.length) return;
    const grown = Buffer.allocUnsafe(Math.max(bytes.length * 2, pos + n));
    bytes.copy(grown, 0, 0, pos);
    bytes = grown;
  };
  /** Appends ASCII bytes (room made by the caller). */
  const ascii = (a: Uint8Array) => {
    for (let i = 0; i < a.length; i++) bytes[pos + i] = a[i]!;
    pos += a.length;
  };
  /** Appends a coordinate as `num` writes it (room made by the caller), without a string. */
  const putNum = (v: number) => {
    let c = Math.round(v * 100);
    if (c < 0) { bytes[pos++] = 0x2d; c = -c; }
    const whole = Math.floor(c / 100);
    const frac = c - whole * 100;
    if (whole >= 10) {
      const digits = String(whole);
      for (let i = 0; i < digits.length; i++) bytes[pos++] = digits.charCodeAt(i);
    } else {
      bytes[pos++] = 0x30 + whole;
    }
    if (frac) {
      bytes[pos++] = 0x2e;
      bytes[pos++] = 0x30 + Math.floor(frac / 10);
      if (frac % 10) bytes[pos++] = 0x30 + (frac % 10);
    }
  };
  /** Appends an operator line (ASCII). */
  const op = (s: string) => {
    room(s.length + 1);
    pos += bytes.write(s, pos, 'latin1');
    bytes[pos++] = 0x0a;
  };
  /** The open text object (BT … ET) and the font and size last set in it, or null outside one. */
  let inText: string | null = null;
  const endText = () => {
    if (inText !== null) { op('ET'); inText = null; }
  };
  const flush = () => {
    endText();
    if (!pos) return;
    (doc as unknown as { page: Page }).page.write(Buffer.from(bytes.subarray(0, pos)));
    pos = 0;
  };
  let pageFonts = new Set<string>();
  /**
   * Compresses the finished page's content now, at deflate level 1, and marks it so pdfkit does
   * not compress it again at its default level 6: a page of table rows shrinks almost as well,
   * in a fraction of the time (deflate was a quarter of a large report's time).
   */
  const compressPage = () => {
    const content = (doc as unknown as { page: { content: { compress: boolean; buffer: Uint8Array[]; data: { Filter?: string } } } }).page.content;
    if (!content.compress || !content.buffer.length) return;
    content.buffer = [zlib.deflateSync(Buffer.concat(content.buffer), { level: 1 })];
    content.compress = false;
    content.data.Filter = 'FlateDecode';
  };

  // The text state last set on this page.
  const state = { font: '' as 'R' | 'B' | '', size: 0, color: '' };
  const setText = (font: 'R' | 'B', size: number, color: string) => {
    if (color !== state.color) op(`${rgb(color)} rg`);
    state.font = font;
    state.size = size;
    state.color = color;
  };
  const widthOf = (s: string) => quick[state.font as 'R' | 'B'].widthOf(s, state.size) ?? doc.font(state.font).fontSize(state.size).widthOfString(s);
  /** Cuts the text with "…" to fit `w` in the current font and size; answers it with its width. */
  const fit = (s: string, w: number): [string, number] => {
    const whole = widthOf(s);
    if (whole <= w) return [s, whole];
    let lo = 0;
    let hi = s.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (widthOf(`${s.slice(0, mid)}…`) <= w) lo = mid; else hi = mid - 1;
    }
    const cut = `${s.slice(0, lo).trimEnd()}…`;
    return [cut, widthOf(cut)];
  };
  const ascent = { R: embedded.R.ascender / 1000, B: embedded.B.ascender / 1000 };
  const tfBody = { R: `/${embedded.R.id} ${G.fontSize} Tf`, B: `/${embedded.B.id} ${G.fontSize} Tf` };
  /** One cell of text: `x`, `y` the top left of its line box, cut to `w`, right-aligned if asked. */
  const cell = (s: string, x: number, y: number, w: number, font: 'R' | 'B', size: number, color: string, right: boolean) => {
    if (!s) return;
    setText(font, size, color);
    const text = clean(s);
    const q = quick[font];
    // Plain text (almost every cell) is measured and cut in one pass, its glyph ids written below.
    let width = q.fit(text, size, w);
    let cut = q.cut;
    let hex: string | null = null;
    if (width < 0) {
      const [fitted, fittedWidth] = fit(text, w);
      hex = q.hex(fitted);
      width = fittedWidth;
      if (hex === null) {
        flush();
        doc.font(font).fontSize(size).fillColor(color).text(fitted, x + (right ? w - width : 0), y + 2, { lineBreak: false });
        return;
      }
    }
    const dx = right ? w - width : 0;
    const f = embedded[font];
    if (!pageFonts.has(f.id)) {
      (doc as unknown as { page: Page }).page.fonts[f.id] = f.ref();
      pageFonts.add(f.id);
    }
    const tf = size === G.fontSize ? tfBody[font] : `/${f.id} ${size} Tf`;
    if (inText === null) op('BT');
    if (inText !== tf) { op(tf); inText = tf; }
    // y is the top of the line box; the text sits 2 pt below it, on the font's ascender.
    room(64 + (hex ? hex.length : 4 * text.length + 4));
    // `1 0 0 -1 x y Tm ` written in place: a cell is drawn a million and a half times.
    ascii(TM_START);
    putNum(x + dx);
    bytes[pos++] = 0x20;
    putNum(y + 2 + ascent[font] * size);
    ascii(TM_END);
    if (hex) {
      pos += bytes.write(`<${hex}> Tj\n`, pos, 'latin1');
    } else {
      bytes[pos++] = 0x28; // (
      pos = q.write(text, cut, bytes, pos);
      pos += bytes.write(') Tj\n', pos, 'latin1');
    }
  };
  const put = (s: string, x: number, y: number, w: number, o: { font?: 'R' | 'B'; size?: number; color?: string; right?: boolean } = {}) =>
    cell(s, x, y, w, o.font ?? 'R', o.size ?? G.fontSize, o.color ?? INK, o.right ?? false);
  const rule = (x: number, y: number, w: number, light = false) => {
    endText(); // paths are not allowed inside a text object
    op(`${light ? 0.4 : 0.6} w ${rgb(light ? '#d1d5db' : '#9ca3af')} RG ${num(x)} ${num(y)} m ${num(x + w)} ${num(y)} l S`);
  };

  const groupCols = placeColumns(model.groupColumns, 'group');
  const detailCols = placeColumns(model.detailColumns, 'detail');
  const nf = new Intl.NumberFormat(model.locale === 'sv' ? 'sv-SE' : 'en-GB');

  const headings = (y: number) => {
    for (const { col, x, w } of groupCols) put(col.label, x, y, w - 4, { font: 'B', size: G.headingSize, color: '#374151', right: col.format === 'number' });
    for (const { col, x, w } of detailCols) put(col.label, x, y + 12, w - 4, { size: G.headingSize, color: MUTED });
    rule(G.marginX, y + G.headingsH - 2, contentW);
  };
  const pageHead = (first: boolean, continued: string | null, facts: FactLine[]) => {
    put(model.companyName, G.marginX, G.marginTop, contentW * 0.5, { font: 'B', size: 10 });
    put(model.title, G.marginX + contentW * 0.4, G.marginTop + 1, contentW * 0.6, { color: '#4b5563', right: true });
    if (continued) put(fill(model.labels.continued, { name: continued }), G.marginX + contentW * 0.3, G.marginTop + 14, contentW * 0.7, { size: 7, color: MUTED, right: true });
    rule(G.marginX, G.marginTop + G.headerH - 6, contentW);
    let y = G.marginTop + G.headerH;
    if (first) {
      put(model.title, G.marginX, y, contentW, { font: 'B', size: 15, color: ACCENT });
      y += G.titleH;
      for (const f of facts) {
        put(f.label, G.marginX, y, G.factLabelW - 6, { color: MUTED });
        put(f.text, G.marginX + G.factLabelW, y, contentW - G.factLabelW);
        y += G.lineH;
      }
      y += G.blockGap;
    }
    headings(y);
  };
  // A group line: a hairline above (not under the headings), its identity cells bold. Each
  // level's cell styles are fixed, so they are worked out once.
  const styled = (placed: typeof groupCols, group: boolean) => placed.map(({ col, x, w }) => ({
    col, x, w: w - 4, font: (group && col.strong ? 'B' : 'R') as 'R' | 'B', color: group ? INK : '#374151', right: col.format === 'number',
  }));
  const cellsOf = { group: styled(groupCols, true), detail: styled(detailCols, false) };
  const line = (l: ReportLine, y: number, index: number) => {
    if (l.level === 'group' && index > 0) rule(G.marginX, y, contentW, true);
    for (const c of cellsOf[l.level]) {
      if (l.repeated?.includes(c.col.key)) continue;
      cell(cellText(model.locale, c.col, l.cells[c.col.key]), c.x, y, c.w, c.font, G.fontSize, c.color, c.right);
    }
  };
  const slot = (sl: Slot, y: number, index: number) => {
    switch (sl.type) {
      case 'line': return line(sl.line, y, index);
      case 'empty': return put(model.labels.empty, G.marginX, y, contentW, { color: MUTED });
      case 'blank': return;
      case 'totalsTitle':
        put(model.totals!.title, G.marginX, y, 246, { font: 'B' });
        return put(model.totals!.countHeading, G.marginX + 250, y, 76, { font: 'B', size: G.headingSize, color: '#374151', right: true });
      case 'totalsRow':
        if (sl.sum) rule(G.marginX, y, 330);
        put(sl.label, G.marginX, y, 246, { font: sl.sum ? 'B' : 'R' });
        return put(nf.format(sl.count), G.marginX + 250, y, 76, { font: sl.sum ? 'B' : 'R', right: true });
    }
  };

  // pdfkit caches the glyph layout of every distinct word for the whole document; with 100,000
  // contacts (unique numbers, names, e-mails) that cache alone grows to gigabytes. Emptying it
  // after each page keeps memory flat and still reuses layouts within a page.
  const fonts = (doc as unknown as { _fontFamilies: Record<string, { layoutCache?: Record<string, unknown> }> })._fontFamilies;
  const dropLayoutCaches = () => {
    for (const f of Object.values(fonts)) if (f.layoutCache) f.layoutCache = Object.create(null) as Record<string, unknown>;
  };

  let linesTop = 0;
  const pager = new Pager(model, (ev) => {
    if (ev.type === 'pageStart') {
      flush();
      doc.addPage({ size: 'A4', margin: 0 });
      pageFonts = new Set();
      state.color = '';
      pageHead(ev.first, ev.continued, ev.facts);
      linesTop = linesTopOf(ev.first, ev.facts.length);
    } else if (ev.type === 'slot') {
      slot(ev.slot, linesTop + ev.index * G.lineH, ev.index);
    } else {
      rule(G.marginX, footerTop - 2, contentW);
      put(model.printedLine, G.marginX, footerTop, contentW * 0.7, { size: 7, color: MUTED });
      put(fill(model.labels.page, { n: ev.page, m: ev.pages }), G.marginX + contentW * 0.6, footerTop, contentW * 0.4, { size: 7, color: MUTED, right: true });
      flush();
      compressPage();
      dropLayoutCaches();
      // The finished page goes out now, not when the next one is added.
      doc.flushPages();
    }
  });
  for await (const l of rows) {
    pager.line(l);
    // A few pages gathered: on to the reader, waiting if it is behind.
    if (partBytes >= SHIP_BYTES) await ship(SHIP_BYTES);
  }
  pager.finish();
  flush();
  doc.end();
  await ended;
  await ship(0);
}
