import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
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
});
