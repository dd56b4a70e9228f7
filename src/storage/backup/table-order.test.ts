import { describe, expect, it } from 'vitest';
import { dependencyOrder } from './table-order.js';

describe('dependencyOrder', () => {
  it('puts referenced tables before the tables that refer to them', () => {
    const order = dependencyOrder(
      ['activity_contacts', 'activities', 'contacts', 'employees', 'batches'],
      [['activity_contacts', 'activities'], ['activity_contacts', 'contacts'], ['activities', 'batches'], ['contacts', 'employees'], ['activities', 'employees'], ['employees', 'employees']],
    );
    const at = (t: string) => order.indexOf(t);
    expect(order).toHaveLength(5);
    expect(at('employees')).toBeLessThan(at('contacts'));
    expect(at('batches')).toBeLessThan(at('activities'));
    expect(at('activities')).toBeLessThan(at('activity_contacts'));
    expect(at('contacts')).toBeLessThan(at('activity_contacts'));
  });
});
