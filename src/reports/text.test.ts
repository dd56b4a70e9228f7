import { describe, expect, it } from 'vitest';
import { escapeHtml, neutraliseFormula, replaceMissingGlyphs, singleLine } from './text.js';
import { wrap } from './layout.js';

describe('report text safety', () => {
  it('escapes HTML', () => {
    expect(escapeHtml(`<b a="1">'&'</b>`)).toBe('&lt;b a=&quot;1&quot;&gt;&#39;&amp;&#39;&lt;/b&gt;');
  });
  it('neutralises formulas only at the start', () => {
    expect(['=1+1', '+46 31', '-2', '@SUM(A1)', '\tx', 'a=b', 'Åsa'].map(neutraliseFormula))
      .toEqual(["'=1+1", "'+46 31", "'-2", "'@SUM(A1)", "'\tx", 'a=b', 'Åsa']);
  });
  it('makes one line', () => {
    expect(singleLine('a\r\nb\tc')).toBe('a b c');
  });
  it('replaces one box per emoji, keeps what the font has', () => {
    const has = (cp: number) => cp < 0x2000;
    expect(replaceMissingGlyphs('Åsa 👨‍👩‍👧 ok 👍🏽!', has)).toBe('Åsa □ ok □!');
  });
  it('wraps words and cuts overlong ones', () => {
    expect(wrap('Ort är Göteborg och Kategori är A', 12)).toEqual(['Ort är', 'Göteborg och', 'Kategori är', 'A']);
    expect(wrap('x'.repeat(25), 10)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });
});
