import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareActivities, responsiblesInOrder, type OrderedActivity } from './distribution-order.js';
import { planDistribution } from '../distribution/plan-distribution.js';

const at = (day: number, hour = 8) => new Date(Date.UTC(2026, 8, day, hour)).toISOString();

describe('the order a distributed responsible follows over activities', () => {
  it('is start, empty starts last, then number, whatever order the activities are numbered in', () => {
    const list: (OrderedActivity & { postalCode: string })[] = [
      { number: 1, startAt: null, postalCode: '10000' },
      { number: 2, startAt: at(3), postalCode: '10000' },
      { number: 3, startAt: at(1), postalCode: '90000' },
      { number: 5, startAt: at(2), postalCode: '50000' },
      { number: 4, startAt: at(2), postalCode: '90000' },
    ];
    expect([...list].sort(compareActivities).map((a) => a.number)).toEqual([3, 4, 5, 2, 1]);
    const plan = planDistribution({ method: 'counts', counts: [{ employeeId: 10, count: 2 }, { employeeId: 20, count: 3 }] }, list.length);
    expect(responsiblesInOrder(list, plan.pool).map((r) => [r.activity.number, r.employeeId])).toEqual([[3, 10], [4, 10], [5, 20], [2, 20], [1, 20]]);
  });

  it('hands out contiguous runs in list order over the ranked activities, each employee exactly its share', () => {
    const activity = fc.record({ number: fc.integer({ min: 1, max: 1_000_000 }), startAt: fc.option(fc.integer({ min: 1, max: 60 }).map((d) => at(d % 28 + 1, d % 10))) });
    fc.assert(fc.property(
      fc.uniqueArray(activity, { selector: (a) => a.number, minLength: 1, maxLength: 60 }),
      fc.uniqueArray(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 5 }),
      (activities, employees) => {
        const plan = planDistribution({ method: 'even', employeeIds: employees }, activities.length);
        const out = responsiblesInOrder(activities, plan.pool);
        // Ranked: every neighbour pair is in order.
        for (let i = 1; i < out.length; i++) expect(compareActivities(out[i - 1]!.activity, out[i]!.activity)).toBeLessThan(0);
        // Runs: the employees appear in list order, each once as a block, with its planned count.
        const blocks = out.map((r) => r.employeeId).filter((e, i, all) => i === 0 || all[i - 1] !== e);
        expect(blocks).toEqual(plan.pool.filter((s) => s.count > 0).map((s) => s.employeeId));
        for (const s of plan.pool) expect(out.filter((r) => r.employeeId === s.employeeId)).toHaveLength(s.count);
      },
    ));
  });
});
