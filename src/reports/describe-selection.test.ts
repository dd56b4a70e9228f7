import { describe, expect, it } from 'vitest';
import { describeSelection } from './describe-selection.js';
import { selectionIds } from '../app/reports/report-names.js';
import type { Selection } from '../domain/selection/types.js';

describe('describeSelection', () => {
  it('writes rows with their connectors', () => {
    const s: Selection = { match: [{ field: 'city', condition: 'eq', value: 'Göteborg' }, { connector: 'and', field: 'category', condition: 'eq', value: 'A' }] };
    expect(describeSelection(s, 'sv')).toBe('Ort är Göteborg och Kategori är A');
    expect(describeSelection(s, 'en')).toBe('City is Göteborg and Category is A');
  });
  it('brackets groups and relations, names references, lists and ranges', () => {
    const s: Selection = { match: [
      { field: 'accountManagerId', condition: 'in', value: [3, 4] },
      { connector: 'or', group: [{ field: 'turnover', condition: 'between', value: [10, 20] }, { connector: 'and', field: 'types', condition: 'eq', value: 'customer' }] },
      { connector: 'and', field: 'contactPersons', condition: 'some', value: { match: [{ field: 'title', condition: 'contains', value: 'VD' }] } },
      { connector: 'and', field: 'email', condition: 'isEmpty' },
    ] };
    expect(describeSelection(s, 'sv', { employees: new Map([[3, 'Anna Berg']]) }))
      .toBe('Kundansvarig är någon av Anna Berg, #4 eller (Omsättning är mellan 10 och 20 och Typ är kund) och har kontaktpersoner där (Titel innehåller VD) och E-post är tom');
    expect(selectionIds(s).employees).toEqual([3, 4]);
  });
  it('says all contacts for an empty selection', () => {
    expect(describeSelection({ match: [] }, 'en')).toBe('No criteria – only contacts added by hand');
  });
});
