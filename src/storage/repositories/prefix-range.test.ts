import { describe, expect, it } from 'vitest';
import { prefixRange } from './prefix-range.js';
import { sortKey } from '../../domain/text.js';

describe('prefixRange', () => {
  it('bounds exactly the keys starting with the prefix', () => {
    const [lo, hi] = prefixRange(sortKey('Ås'));
    const inside = ['Åsa', 'ÅS', 'åsbo'].map(sortKey);
    const outside = ['Åt', 'Ar', 'Ä', 'Zlatan'].map(sortKey);
    for (const k of inside) expect(k >= lo && k < hi, k).toBe(true);
    for (const k of outside) expect(k >= lo && k < hi, k).toBe(false);
  });

  it('covers everything for an empty prefix', () => {
    const [lo, hi] = prefixRange('');
    expect('' >= lo && 'zzz' < hi).toBe(true);
  });

  it('has an upper bound for prefixes ending in the last code point U+10FFFF', () => {
    const [lo, hi] = prefixRange('a\u{10FFFF}');
    expect(lo).toBe('a\u{10FFFF}');
    expect(hi).toBe('b');
    const [lo2, hi2] = prefixRange('\u{10FFFF}');
    expect('\u{10FFFF}x' >= lo2 && '\u{10FFFF}x' < hi2).toBe(true);
    expect('\u{10FFFF}'.repeat(500) < hi2).toBe(true);
  });

  it('never produces a surrogate as the next character', () => {
    expect(prefixRange('\u{D7FF}')[1]).toBe('\u{E000}');
  });
});
