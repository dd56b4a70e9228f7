import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { SELECTION_LIMITS, validateSelection } from './validate.js';

function refusal(input: unknown): { field?: string; message: string } {
  try {
    validateSelection(input);
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    const err = e as AppError;
    expect(err.code).toBe('VALIDATION');
    return { field: err.field, message: err.message };
  }
  throw new Error('expected a refusal');
}

describe('validateSelection', () => {
  it('accepts rows, groups and relations and returns a clean copy', () => {
    const sel = validateSelection({
      match: [
        { field: 'city', condition: 'eq', value: '  Göteborg ' },
        { connector: 'or', group: [{ field: 'turnover', condition: 'between', value: [1, 10] }, { connector: 'and', field: 'types', condition: 'in', value: ['customer'] }] },
        { connector: 'and', field: 'activities', condition: 'none', value: { match: [{ field: 'startAt', condition: 'gte', value: '2026-06-01' }] } },
        { field: 'createdAt', condition: 'lt', value: '2026-06-01T10:00:00+02:00' },
        { field: 'inactive', condition: 'isTrue', value: null },
      ],
    });
    expect(sel.match[0]).toEqual({ field: 'city', condition: 'eq', value: 'Göteborg' });
    expect(sel.match[3]).toEqual({ field: 'createdAt', condition: 'lt', value: '2026-06-01T08:00:00.000Z' });
    expect(sel.match[4]).toEqual({ field: 'inactive', condition: 'isTrue' });
  });

  it('accepts an empty match (all active contacts)', () => {
    expect(validateSelection({ match: [] })).toEqual({ match: [] });
  });

  it('names an unknown field by its item path', () => {
    expect(refusal({ match: [{ field: 'city', condition: 'isEmpty' }, { connector: 'and', group: [{ field: 'noSuchField', condition: 'eq', value: 1 }] }] }))
      .toEqual({ field: 'selection.match[1].group[0].field', message: 'unknown field "noSuchField"' });
  });

  it('refuses a condition that does not fit the field kind', () => {
    const r = refusal({ match: [{ field: 'city', condition: 'gt', value: 'A' }] });
    expect(r.field).toBe('selection.match[0].condition');
    expect(r.message).toMatch(/^condition "gt" does not fit text field "city"/);
    expect(refusal({ match: [{ field: 'inactive', condition: 'eq', value: true }] }).message).toMatch(/does not fit flag field "inactive"/);
  });

  it('refuses malformed values with the value path', () => {
    expect(refusal({ match: [{ field: 'turnover', condition: 'between', value: [1] }] }))
      .toEqual({ field: 'selection.match[0].value', message: 'between needs [from, to]' });
    expect(refusal({ match: [{ field: 'turnover', condition: 'between', value: [5, 'x'] }] }).field).toBe('selection.match[0].value[1]');
    expect(refusal({ match: [{ field: 'turnover', condition: 'between', value: [5, 1] }] }).message).toMatch(/from not after to/);
    expect(refusal({ match: [{ field: 'turnover', condition: 'gt', value: '5' }] }).message).toBe('"gt" on number field "turnover" needs a number');
    expect(refusal({ match: [{ field: 'employeeCount', condition: 'gt', value: 2.5 }] }).message).toMatch(/whole number/);
    expect(refusal({ match: [{ field: 'city', condition: 'eq', value: ' ' }] }).message).toMatch(/use isEmpty/);
    expect(refusal({ match: [{ field: 'city', condition: 'in', value: [] }] }).message).toMatch(/non-empty list/);
    expect(refusal({ match: [{ field: 'city', condition: 'in', value: ['a', 3] }] }).field).toBe('selection.match[0].value[1]');
    expect(refusal({ match: [{ field: 'createdAt', condition: 'eq', value: '2026-02-30' }] }).message).toMatch(/needs a date/);
    expect(refusal({ match: [{ field: 'accountManagerId', condition: 'eq', value: 1.5 }] }).message).toMatch(/needs an id/);
    expect(refusal({ match: [{ field: 'types', condition: 'eq', value: 'vendor' }] }).message).toMatch(/customer, supplier, partner, private/);
    expect(refusal({ match: [{ field: 'city', condition: 'isEmpty', value: 'x' }] }).message).toBe('isEmpty takes no value');
  });

  it('checks relation sub-selections against the relation fields', () => {
    expect(refusal({ match: [{ field: 'contactPersons', condition: 'some', value: { match: [{ field: 'city', condition: 'eq', value: 'x' }] } }] }))
      .toEqual({ field: 'selection.match[0].value.match[0].field', message: 'unknown field "city" of contactPersons' });
    expect(refusal({ match: [{ field: 'activities', condition: 'some', value: [] }] }).field).toBe('selection.match[0].value');
    expect(refusal({ match: [{ field: 'activities', condition: 'eq', value: 1 }] }).message).toMatch(/does not fit relation field "activities"/);
  });

  it('refuses malformed structure', () => {
    expect(refusal(null).field).toBe('selection');
    expect(refusal({ match: 'x' }).field).toBe('selection.match');
    expect(refusal({ match: [], extra: 1 })).toEqual({ field: 'selection.extra', message: 'unknown property "extra"' });
    expect(refusal({ match: [{ connector: 'xor', field: 'city', condition: 'isEmpty' }] }).field).toBe('selection.match[0].connector');
    expect(refusal({ match: [{ group: [] }] }).message).toBe('a group needs at least one item');
    expect(refusal({ match: [{ field: 'city', condition: 'isEmpty', valeu: 1 }] }).field).toBe('selection.match[0].valeu');
    expect(refusal({ match: [7] }).field).toBe('selection.match[0]');
  });

  it('refuses absurd sizes and depths', () => {
    let item: unknown = { field: 'city', condition: 'isEmpty' };
    for (let i = 0; i < SELECTION_LIMITS.maxDepth + 1; i++) item = { group: [item] };
    expect(refusal({ match: [item] }).message).toMatch(/nested deeper/);
    const many = Array.from({ length: SELECTION_LIMITS.maxItems + 1 }, () => ({ field: 'city', condition: 'isEmpty' }));
    expect(refusal({ match: many }).message).toMatch(/more than 500 rows/);
    const big = Array.from({ length: SELECTION_LIMITS.maxListValues + 1 }, (_, i) => `c${i}`);
    expect(refusal({ match: [{ field: 'city', condition: 'in', value: big }] }).message).toMatch(/at most 1000/);
  });
});
