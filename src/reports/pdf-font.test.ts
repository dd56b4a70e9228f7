import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { installQuickLayout, type EmbeddedFont } from './pdf-font.js';

const require = createRequire(import.meta.url);

function embeddedFont(): EmbeddedFont {
  const doc = new PDFDocument({ autoFirstPage: false });
  doc.registerFont('R', require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
  return (doc.font('R') as unknown as { _font: EmbeddedFont })._font;
}

describe('quick layout of plain words', () => {
  it('gives the cmap glyphs and their advances for Latin text, and the width it will draw', () => {
    const font = embeddedFont();
    const shaped = font.layoutRun.bind(font);
    const quick = installQuickLayout(font);
    const text = 'Företag 000123 Åkeri & Söner AB, marta.öberg@example.se';
    const run = font.layoutRun(text);
    const reference = shaped(text);
    // Same glyphs as the shaper gives where no ligature applies; advances without kerning.
    expect(run.glyphs.map((g) => g.id)).toEqual(reference.glyphs.map((g) => g.id));
    const advances = reference.glyphs.reduce((s, g) => s + g.advanceWidth * font.scale, 0);
    expect(run.advanceWidth).toBeCloseTo(advances, 6);
    expect(quick.widthOf(text, 8)).toBeCloseTo((advances * 8) / 1000, 6);
  });

  it('draws fi and ffi letter by letter: an e-mail address reads as typed', () => {
    const font = embeddedFont();
    installQuickLayout(font);
    const run = font.layoutRun('office');
    expect(run.glyphs).toHaveLength(6);
    expect(run.glyphs.map((g) => String.fromCodePoint(...g.codePoints)).join('')).toBe('office');
  });

  it('leaves text that needs shaping to fontkit', () => {
    const font = embeddedFont();
    const shaped = font.layoutRun.bind(font);
    const quick = installQuickLayout(font);
    for (const text of ['سلام', 'e\u0301te', 'Привет']) {
      expect(quick.widthOf(text, 8)).toBeNull();
      expect(font.layoutRun(text).glyphs.map((g) => g.id)).toEqual(shaped(text).glyphs.map((g) => g.id));
    }
  });

  /** The bytes a PDF reader takes from the inside of a literal string (the escapes write() uses). */
  const literalBytes = (raw: Uint8Array): number[] => {
    const out: number[] = [];
    for (let i = 0; i < raw.length; i++) {
      const b = raw[i]!;
      // A bare parenthesis, backslash or line end would change what a reader takes.
      expect([0x28, 0x29, 0x0a, 0x0d]).not.toContain(b);
      if (b !== 0x5c) { out.push(b); continue; }
      const e = raw[++i]!;
      out.push(e === 0x6e ? 0x0a : e === 0x72 ? 0x0d : e);
    }
    return out;
  };

  it('cuts with "…" exactly as the measured binary search did, and writes the glyph ids hex() gives', () => {
    const font = embeddedFont();
    const quick = installQuickLayout(font);
    // The renderer's former cut: the longest prefix that fits with "…", trailing space trimmed.
    const reference = (s: string, size: number, w: number): [string, number] => {
      const width = (t: string) => quick.widthOf(t, size)!;
      if (width(s) <= w) return [s, width(s)];
      let lo = 0;
      let hi = s.length;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (width(`${s.slice(0, mid)}…`) <= w) lo = mid; else hi = mid - 1;
      }
      const cut = `${s.slice(0, lo).trimEnd()}…`;
      return [cut, width(cut)];
    };
    const text = fc.string({ unit: fc.constantFrom('a', 'W', 'i', ' ', 'å', 'Ä', 'ö', '0', '@', '.', '-', '\u00a0', '\u2009', '€', 'ß') });
    fc.assert(fc.property(text, fc.constantFrom(7, 8, 10), fc.double({ min: 0, max: 200, noNaN: true }), (s, size, w) => {
      const [cut, width] = reference(s, size, w);
      const drawn = quick.fit(s, size, w);
      expect(drawn).toBeCloseTo(width, 9);
      const shown = quick.cut < 0 ? s : `${s.slice(0, quick.cut)}…`;
      expect(shown).toBe(cut);
      const bytes = new Uint8Array(4 * s.length + 4);
      const end = quick.write(s, quick.cut, bytes, 0);
      expect(Buffer.from(literalBytes(bytes.subarray(0, end))).toString('hex')).toBe(quick.hex(cut));
    }), { numRuns: 500 });
  });

  it('escapes the glyph-id bytes a literal string cannot hold bare (ids 10, 13, 40, 41, 92 and beyond 255)', () => {
    const quick = installQuickLayout(embeddedFont());
    // Some 350 distinct characters: the subset's ids run past every byte that needs an escape.
    const text = Array.from({ length: 0x180 - 0x21 }, (_, i) => String.fromCharCode(0x21 + i)).join('');
    expect(quick.fit(text, 8, 1e6)).toBeGreaterThan(0);
    const bytes = new Uint8Array(4 * text.length + 4);
    const end = quick.write(text, -1, bytes, 0);
    expect(Buffer.from(literalBytes(bytes.subarray(0, end))).toString('hex')).toBe(quick.hex(text));
    expect(quick.hex(text)).toMatch(/^(?:[0-9a-f]{4})*00(?:0a|0d|28|29|5c)/);
  });

  it('answers -1 for text that needs shaping, so the renderer leaves it to pdfkit', () => {
    const quick = installQuickLayout(embeddedFont());
    expect(quick.fit('Café سلام', 8, 100)).toBe(-1);
    expect(quick.fit('e\u0301', 8, 100)).toBe(-1);
    expect(quick.fit('Åsa Öberg', 8, 100)).toBeGreaterThan(0);
  });
});
