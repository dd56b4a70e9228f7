/**
 * Text safety for the three outputs: HTML escaping, one-line cells for print, glyph replacement
 * for the embedded font, and formula neutralising for spreadsheets.
 */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

/** Print cells are one line: line breaks, tabs and other control characters become spaces. */
// eslint-disable-next-line no-control-regex
export const singleLine = (s: string): string => s.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ');

/**
 * Spreadsheet formula injection (OWASP): a text cell starting with = + - @ (or tab/CR, which
 * Excel strips before looking) gets a leading apostrophe, so it is shown, never evaluated.
 */
export function neutraliseFormula(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

const graphemes = new Intl.Segmenter('sv', { granularity: 'grapheme' });

/**
 * Replaces every user-perceived character (grapheme: an emoji with its joiners, skin tone and
 * variation selector counts as one) the font cannot draw with `replacement`, so pdfkit never
 * draws .notdef boxes of unknown width and never throws. Ignorable joiners/selectors do not count.
 */
export function replaceMissingGlyphs(s: string, has: (codePoint: number) => boolean, replacement = '\u25a1'): string {
  // Fast path: Latin script (with Swedish letters) and common punctuation are always in the font.
  if (/^[\u0020-\u024f\u2010-\u2027]*$/.test(s)) return s;
  let out = '';
  for (const { segment } of graphemes.segment(s)) {
    let ok = true;
    for (const ch of segment) {
      const cp = ch.codePointAt(0)!;
      if (cp === 0x200d || cp === 0xfe0e || cp === 0xfe0f) continue;
      if (!has(cp)) { ok = false; break; }
    }
    out += ok ? segment.replace(/[\u200d\ufe0e\ufe0f]/g, '') : replacement;
  }
  return out;
}
