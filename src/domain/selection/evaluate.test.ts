import { describe, expect, it } from 'vitest';
import { evaluateSelection, type Rec, type Related } from './evaluate.js';
import { validateSelection } from './validate.js';
import { fieldCatalogue } from './fields.js';

const contact = (over: Rec = {}): Rec => ({ id: 1, name: 'Åkeri AB', city: 'GÖTEBORG', types: ['customer'], inactive: false, turnover: 100, createdAt: '2026-06-01T12:00:00.000Z', ...over });
const matches = (match: unknown[], c: Rec = contact(), related: Related = {}) => evaluateSelection(validateSelection({ match }), c, related);

describe('evaluateSelection', () => {
  it('compares text case-insensitively, å ä ö included', () => {
    expect(matches([{ field: 'city', condition: 'eq', value: 'göteborg' }])).toBe(true);
    expect(matches([{ field: 'name', condition: 'startsWith', value: 'åK' }])).toBe(true);
    expect(matches([{ field: 'city', condition: 'in', value: ['Malmö', 'göteBORG'] }])).toBe(true);
    expect(matches([{ field: 'city', condition: 'notContains', value: 'TEB' }])).toBe(false);
  });

  it('matches an empty value only with isEmpty (and isFalse), never with negative conditions', () => {
    for (const city of [null, undefined, '']) {
      const c = contact({ city });
      expect(matches([{ field: 'city', condition: 'isEmpty' }], c)).toBe(true);
      for (const condition of ['ne', 'notContains', 'notStartsWith', 'eq', 'contains']) {
        expect(matches([{ field: 'city', condition, value: 'x' }], c)).toBe(false);
      }
      expect(matches([{ field: 'city', condition: 'isNotEmpty' }], c)).toBe(false);
    }
    expect(matches([{ field: 'turnover', condition: 'ne', value: 5 }], contact({ turnover: null }))).toBe(false);
    expect(matches([{ field: 'accountManagerId', condition: 'ne', value: 5 }], contact())).toBe(false);
    expect(matches([{ field: 'types', condition: 'ne', value: 'supplier' }], contact({ types: [] }))).toBe(false);
    expect(matches([{ field: 'types', condition: 'isEmpty' }], contact({ types: [] }))).toBe(true);
  });

  it('lets "and" bind tighter than "or"', () => {
    const a = { field: 'city', condition: 'eq', value: 'Malmö' }; // false
    const b = { connector: 'or', field: 'turnover', condition: 'gt', value: 50 }; // true
    const c = { connector: 'and', field: 'turnover', condition: 'lt', value: 10 }; // false
    expect(matches([a, b, c])).toBe(false); // a or (b and c)
    expect(matches([{ group: [a, b] }, c])).toBe(false);
    expect(matches([a, { ...b }])).toBe(true);
  });

  it('treats between as inclusive and a date-only "to" as the whole day', () => {
    expect(matches([{ field: 'turnover', condition: 'between', value: [100, 200] }])).toBe(true);
    expect(matches([{ field: 'createdAt', condition: 'between', value: ['2026-05-01', '2026-06-01'] }])).toBe(true);
    expect(matches([{ field: 'createdAt', condition: 'eq', value: '2026-06-01' }])).toBe(true);
    expect(matches([{ field: 'createdAt', condition: 'lte', value: '2026-06-01' }])).toBe(true);
    expect(matches([{ field: 'createdAt', condition: 'gt', value: '2026-06-01' }])).toBe(false);
    expect(matches([{ field: 'createdAt', condition: 'ne', value: '2026-06-01' }])).toBe(false);
    expect(matches([{ field: 'createdAt', condition: 'lt', value: '2026-06-01T12:00:01Z' }])).toBe(true);
  });

  it('leaves inactive contacts out unless the selection tests inactive', () => {
    const c = contact({ inactive: true });
    expect(matches([], c)).toBe(false);
    expect(matches([{ field: 'city', condition: 'isNotEmpty' }], c)).toBe(false);
    expect(matches([{ field: 'inactive', condition: 'isTrue' }], c)).toBe(true);
    expect(matches([{ field: 'city', condition: 'isNotEmpty' }, { connector: 'or', group: [{ field: 'inactive', condition: 'isFalse' }] }], c)).toBe(true);
  });

  it('tests related rows: some, none (needs rows), isEmpty', () => {
    const visits = { match: [{ field: 'typeId', condition: 'eq', value: 3 }, { field: 'startAt', condition: 'gte', value: '2026-06-01' }] };
    const old: Related = { activities: [{ typeId: 3, startAt: '2026-05-02T09:00:00.000Z' }] };
    const recent: Related = { activities: [{ typeId: 3, startAt: '2026-06-01T00:00:00.000Z' }] };
    expect(matches([{ field: 'activities', condition: 'some', value: visits }], contact(), recent)).toBe(true);
    expect(matches([{ field: 'activities', condition: 'none', value: visits }], contact(), old)).toBe(true);
    expect(matches([{ field: 'activities', condition: 'none', value: visits }], contact(), recent)).toBe(false);
    expect(matches([{ field: 'activities', condition: 'none', value: visits }], contact(), {})).toBe(false);
    expect(matches([{ field: 'activities', condition: 'isEmpty' }], contact(), {})).toBe(true);
    expect(matches([{ field: 'contactPersons', condition: 'some', value: { match: [{ field: 'firstName', condition: 'eq', value: 'ÅSA' }] } }],
      contact(), { contactPersons: [{ firstName: 'åsa', inactive: false }] })).toBe(true);
  });

  it('publishes a catalogue with conditions per field and relation sub-fields', () => {
    const cat = fieldCatalogue();
    expect(cat.find((f) => f.field === 'city')).toMatchObject({ kind: 'text', conditions: expect.arrayContaining(['in', 'notStartsWith']) });
    expect(cat.find((f) => f.field === 'types')).toMatchObject({ kind: 'types', values: ['customer', 'supplier', 'partner', 'private'] });
    expect(cat.find((f) => f.field === 'activities')!.fields!.map((f) => f.field)).toContain('startAt');
  });
});
