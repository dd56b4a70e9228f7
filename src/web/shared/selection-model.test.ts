import { describe, expect, it } from 'vitest';
import { exportSelection, importItems, newGroup, newRow, parseNumber, uidForErrorPath, type EditItem } from './selection-model';
import type { CatalogueField } from './types';

const catalogue: CatalogueField[] = [
  { field: 'city', kind: 'text', conditions: ['eq', 'in', 'isEmpty'] },
  { field: 'turnover', kind: 'number', conditions: ['gt', 'between'] },
  { field: 'accountManagerId', kind: 'reference', conditions: ['eq', 'in'] },
  { field: 'activities', kind: 'relation', conditions: ['some', 'none'], fields: [{ field: 'typeId', kind: 'reference', conditions: ['eq'] }] },
];

describe('selection builder model', () => {
  it('parses numbers typed the Swedish or the English way', () => {
    expect(parseNumber('1 000 000,5')).toBe(1000000.5);
    expect(parseNumber('1\u00a0000')).toBe(1000);
    expect(parseNumber('2.5')).toBe(2.5);
    expect(parseNumber('1,000,000', false)).toBe(1000000);
    expect(parseNumber('abc')).toBeNull();
    expect(parseNumber('')).toBeNull();
  });

  it('exports complete rows with their API paths and leaves incomplete ones out', () => {
    const g = newGroup('or');
    const a = { ...newRow(), field: 'city', condition: 'eq', value: ' Göteborg ' };
    const b = { ...newRow('and'), field: 'turnover', condition: 'between', value: ['1 000', ''] };
    const c = { ...newRow(), field: 'accountManagerId', condition: 'in', value: [3, 4] };
    g.group = [c];
    const out = exportSelection([a, b, g], catalogue);
    expect(out.incomplete).toBe(true);
    expect(out.items).toEqual([
      { field: 'city', condition: 'eq', value: 'Göteborg' },
      { connector: 'or', group: [{ field: 'accountManagerId', condition: 'in', value: [3, 4] }] },
    ]);
    expect(uidForErrorPath('selection.match[1].group[0].value', out.paths)).toBe(c.uid);
    expect(uidForErrorPath('selection.match[0]', out.paths)).toBe(a.uid);
  });

  it('round-trips relation rows and "is one of" text lists', () => {
    const sel = { match: [
      { field: 'city', condition: 'in', value: ['Malmö', 'Lund'] },
      { connector: 'and' as const, field: 'activities', condition: 'none', value: { match: [{ field: 'typeId', condition: 'eq', value: 2 }] } },
    ] };
    const items: EditItem[] = importItems(sel.match, catalogue, String);
    const out = exportSelection(items, catalogue);
    expect(out.incomplete).toBe(false);
    expect(out.items).toEqual(sel.match);
  });
});
