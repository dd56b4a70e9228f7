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
});
