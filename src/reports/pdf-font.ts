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

export type QuickFont = {
  /** Width in points of `text` at `size` as pdfkit will draw it, or null if it needs shaping. */
  widthOf(text: string, size: number): number | null;
  /**
   * The glyph ids of `text` in the embedded subset as the hex string of a PDF `Tj`, or null if it
   * needs shaping. Each character is added to the subset, its width and its ToUnicode entry
   * exactly as pdfkit's own `encode` does (so the text stays extractable), once per document.
   */
  hex(text: string): string | null;
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
  const quick: QuickFont = {
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
