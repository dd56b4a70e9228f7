import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { changedFields } from './changes.js';

describe('changedFields', () => {
  it('lists exactly the fields whose values differ, with old and new values', () => {
    expect(changedFields(
      { id: 1, name: 'A', city: null, types: ['customer'], updatedAt: 't1' },
      { id: 1, name: 'B', city: null, types: ['customer', 'partner'], updatedAt: 't2' },
    )).toEqual({ name: { old: 'A', new: 'B' }, types: { old: ['customer'], new: ['customer', 'partner'] } });
  });

  it('records a create as new values and a delete as old values, without bookkeeping fields', () => {
    expect(changedFields(undefined, { id: 3, name: 'X', city: null, createdAt: 't', nameKey: 'x' })).toEqual({ id: { old: null, new: 3 }, name: { old: null, new: 'X' } });
    expect(changedFields({ id: 3, name: 'X' }, undefined)).toEqual({ id: { old: 3, new: null }, name: { old: 'X', new: null } });
  });

  it('finds no change between a record and itself, and every change between two records', () => {
    const rec = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.integer())));
    fc.assert(fc.property(rec, rec, (x, y) => {
      expect(changedFields(x, x)).toEqual({});
      const changes = changedFields(x, y);
      for (const k of ['a', 'b', 'c', 'd']) {
        const differs = JSON.stringify(x[k] ?? null) !== JSON.stringify(y[k] ?? null);
        expect(k in changes).toBe(differs);
      }
    }));
  });
});
