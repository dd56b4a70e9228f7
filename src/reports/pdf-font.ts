/**
 * Quick text layout for the report's embedded fonts. pdfkit shapes every distinct word with
 * fontkit's OpenType engine (substitution and positioning lookups), and in a report of 100,000
 * contacts almost every word is distinct: numbers, names, phones, e-mail addresses. That shaping
 * was most of the PDF's time. In a one-line report cell it only adds kerning and the fi/fl
 * ligatures, which a data listing is better without (an e-mail address should read letter by
 * letter). So a word of Latin letters, digits and common punctuation is laid out from the font's
 * character map and advance widths alone; any other word (combining marks, Arabic, Indic, …)
 * still goes through fontkit, so scripts that need shaping keep it.
 *
 * The same advances give `widthOf`, the exact width of what will be drawn, without a layout.
 */
type Glyph = { id: number; advanceWidth: number; codePoints: number[] };
type FontkitFont = { glyphForCodePoint(codePoint: number): Glyph; unitsPerEm: number };
type Position = { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number; advanceWidth: number };
type Run = { glyphs: Glyph[]; positions: Position[]; advanceWidth: number };
/** The part of pdfkit's EmbeddedFont this module relies on (pdfkit is pinned in the lock file). */
export type EmbeddedFont = {
  font: FontkitFont; scale: number; layoutRun(text: string, features?: unknown): Run;
  /** the subset being embedded, and the widths and ToUnicode entries written for it */
  subset: { includeGlyph(glyphId: number): number }; widths: number[]; unicode: number[][];
};

/** Code points laid out without shaping: Latin up to the combining marks, general punctuation, □. */
const isPlain = (cp: number) => cp < 0x0300 || (cp >= 0x2000 && cp < 0x2070) || cp === 0x20ac || cp === 0x25a1;

/** What String#trimEnd() removes, within the plain range. */
const isTrailingSpace = (c: number) => (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0
  || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f;

export type QuickFont = {
  /** Width in points of `text` at `size` as pdfkit will draw it, or null if it needs shaping. */
  widthOf(text: string, size: number): number | null;
  /**
   * The glyph ids of `text` in the embedded subset as the hex string of a PDF `Tj`, or null if it
   * needs shaping. Each character is added to the subset, its width and its ToUnicode entry
   * exactly as pdfkit's own `encode` does (so the text stays extractable), once per document.
   */
  hex(text: string): string | null;
  /**
   * Lays `text` out to fit `maxWidth` points at `size`: answers the width drawn, or -1 if the
   * text needs shaping. If it is too wide it is cut with "…" (the longest prefix that fits with
   * it, trailing space dropped, as the renderer always cut) and `cut` tells how many of its
   * characters stay; else `cut` is -1. One pass over the characters measures, and `write` puts
   * the glyph ids into the page's content: measuring, cutting and encoding were separate passes
   * over strings (and a binary search of slices) per cell before.
   */
  fit(text: string, size: number, maxWidth: number): number;
  /** The characters of `cut` after the last `fit`. */
  cut: number;
  /**
   * Writes `text` (its first `cut` characters and "…" if `cut` ≥ 0) at `pos` as the inside of a
   * PDF literal string `( … )`: two bytes of glyph id per character, escaped where needed.
   */
  write(text: string, cut: number, out: Uint8Array, pos: number): number;
};

const installed = new WeakMap<EmbeddedFont, QuickFont>();

export function installQuickLayout(embedded: EmbeddedFont): QuickFont {
  const known = installed.get(embedded);
  if (known) return known;
  const { font, scale } = embedded;
  const glyphs = new Map<number, Glyph>();
  const glyphOf = (cp: number) => {
    let g = glyphs.get(cp);
    if (!g) { g = font.glyphForCodePoint(cp); glyphs.set(cp, g); }
    return g;
  };
  const plain = (text: string) => {
    for (let i = 0; i < text.length; i++) if (!isPlain(text.charCodeAt(i))) return false;
    return true;
  };
  const shaped = embedded.layoutRun.bind(embedded);
  embedded.layoutRun = (text, features) => {
    if (features !== undefined || !plain(text)) return shaped(text, features);
    const run: Run = { glyphs: [], positions: [], advanceWidth: 0 };
    for (let i = 0; i < text.length; i++) {
      const g = glyphOf(text.charCodeAt(i));
      const a = g.advanceWidth * scale;
      run.glyphs.push(g);
      run.positions.push({ xAdvance: a, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: a });
      run.advanceWidth += a;
    }
    return run;
  };
  const hexes = new Map<number, string>();
  const hexOf = (cp: number) => {
    let h = hexes.get(cp);
    if (h === undefined) {
      const g = glyphOf(cp);
      const gid = embedded.subset.includeGlyph(g.id);
      embedded.widths[gid] ??= g.advanceWidth * scale;
      embedded.unicode[gid] ??= g.codePoints;
      h = `0000${gid.toString(16)}`.slice(-4);
      hexes.set(cp, h);
    }
    return h;
  };
  // Per plain character (all below U+25A2): its advance in font units (-1: not yet seen) and its
  // glyph id in the subset as the bytes of a PDF literal string: two bytes, each escaped if it is
  // a parenthesis, a backslash or a line end (a reader turns a bare CR into LF). Half the bytes of
  // hex digits, so less to write and to compress. Typed arrays: a lookup per character drawn.
  const advances = new Float64Array(0x25a2).fill(-1);
  const codes = new Uint8Array(0x25a2 * 4);
  const codeLength = new Uint8Array(0x25a2);
  const learn = (c: number) => {
    advances[c] = glyphOf(c).advanceWidth;
    const gid = parseInt(hexOf(c), 16);
    let n = 0;
    for (const b of [gid >> 8, gid & 0xff]) {
      if (b === 0x28 || b === 0x29 || b === 0x5c) { codes[c * 4 + n++] = 0x5c; codes[c * 4 + n++] = b; }
      else if (b === 0x0a) { codes[c * 4 + n++] = 0x5c; codes[c * 4 + n++] = 0x6e; }
      else if (b === 0x0d) { codes[c * 4 + n++] = 0x5c; codes[c * 4 + n++] = 0x72; }
      else codes[c * 4 + n++] = b;
    }
    codeLength[c] = n;
  };
  const ELLIPSIS = 0x2026;
  const quick: QuickFont = {
    cut: -1,
    fit(text, size, maxWidth) {
      // Widths as widthOf gives them (whole font units summed, then scaled), so the cut is the same.
      let units = 0;
      const n = text.length;
      for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        if (!isPlain(c)) return -1;
        if (advances[c]! < 0) learn(c);
        units += advances[c]!;
      }
      if ((units * scale * size) / 1000 <= maxWidth) {
        quick.cut = -1;
        return (units * scale * size) / 1000;
      }
      if (advances[ELLIPSIS]! < 0) learn(ELLIPSIS);
      const dots = advances[ELLIPSIS]!;
      let end = 0;
      units = 0;
      while (end < n && ((units + advances[text.charCodeAt(end)]! + dots) * scale * size) / 1000 <= maxWidth) units += advances[text.charCodeAt(end++)]!;
      // Drop trailing white space, as trimEnd() did.
      for (;;) {
        const c = end > 0 ? text.charCodeAt(end - 1) : 0;
        if (!isTrailingSpace(c)) break;
        end -= 1;
      }
      units = dots;
      for (let i = 0; i < end; i++) units += advances[text.charCodeAt(i)]!;
      quick.cut = end;
      return (units * scale * size) / 1000;
    },
    write(text, cut, out, pos) {
      const n = cut < 0 ? text.length : cut;
      for (let i = 0; i <= n; i++) {
        const c = i < n ? text.charCodeAt(i) : cut >= 0 ? ELLIPSIS : -1;
        if (c < 0) break;
        const d = c * 4;
        const len = codeLength[c]!;
        out[pos] = codes[d]!; out[pos + 1] = codes[d + 1]!;
        if (len > 2) { out[pos + 2] = codes[d + 2]!; if (len > 3) out[pos + 3] = codes[d + 3]!; }
        pos += len;
      }
      return pos;
    },
    hex(text) {
      if (!plain(text)) return null;
      let out = '';
      for (let i = 0; i < text.length; i++) out += hexOf(text.charCodeAt(i));
      return out;
    },
    widthOf(text, size) {
      if (!plain(text)) return null;
      let w = 0;
      for (let i = 0; i < text.length; i++) w += glyphOf(text.charCodeAt(i)).advanceWidth;
      return (w * scale * size) / 1000;
    },
  };
  installed.set(embedded, quick);
  return quick;
}
