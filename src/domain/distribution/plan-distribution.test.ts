import { describe, expect, it } from 'vitest';
import { checkAccountManagers, evenShares, planDistribution, runBounds, weightedShares } from './plan-distribution.js';
import { AppError } from '../errors.js';

const counts = (shares: { count: number }[]) => shares.map((s) => s.count);

describe('distribution plans', () => {
  it('counts: the sum must equal the included number, and the error states both', () => {
    const d = { method: 'counts' as const, counts: [{ employeeId: 1, count: 3 }, { employeeId: 2, count: 4 }] };
    expect(counts(planDistribution(d, 7).perEmployee)).toEqual([3, 4]);
    try {
      planDistribution(d, 8);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).message).toContain('7');
      expect((e as AppError).message).toContain('8');
      expect((e as AppError).field).toBe('distribution.counts');
    }
  });

  it('even: the remainder goes one each in list order', () => {
    expect(counts(evenShares([5, 6, 7], 11))).toEqual([4, 4, 3]);
    expect(counts(evenShares([5, 6, 7], 2))).toEqual([1, 1, 0]);
    expect(counts(evenShares([5], 0))).toEqual([0]);
  });

  it('weighted: largest remainder, ties broken by list order, always sums to the total', () => {
    expect(counts(weightedShares([{ employeeId: 1, weight: 1 }, { employeeId: 2, weight: 2 }], 10))).toEqual([3, 7]);
    expect(counts(weightedShares([{ employeeId: 1, weight: 1 }, { employeeId: 2, weight: 1 }, { employeeId: 3, weight: 1 }], 10))).toEqual([4, 3, 3]);
    expect(counts(weightedShares([{ employeeId: 1, weight: 50 }, { employeeId: 2, weight: 30 }, { employeeId: 3, weight: 20 }], 7))).toEqual([4, 2, 1]);
    for (let total = 0; total < 50; total++) {
      const s = weightedShares([{ employeeId: 1, weight: 0.3 }, { employeeId: 2, weight: 1.7 }, { employeeId: 3, weight: 0 }], total);
      expect(counts(s).reduce((a, b) => a + b, 0)).toBe(total);
      expect(s[2]!.count).toBe(0);
    }
  });

  it('ownManager: own contacts first, the rest spread evenly in list order', () => {
    const p = planDistribution({ method: 'ownManager', employeeIds: [1, 2] }, 10, new Map([[1, 4], [2, 1]]));
    expect(p.pool.map((s) => s.count)).toEqual([3, 2]);
    expect(p.perEmployee).toEqual([{ employeeId: 1, count: 7 }, { employeeId: 2, count: 3 }]);
  });

  it('refuses duplicates, empty lists, negative counts and all-zero weights naming the field', () => {
    const field = (f: () => unknown) => { try { f(); return undefined; } catch (e) { return (e as AppError).field; } };
    expect(field(() => planDistribution({ method: 'even', employeeIds: [1, 1] }, 3))).toBe('distribution.employeeIds[1]');
    expect(field(() => planDistribution({ method: 'even', employeeIds: [] }, 3))).toBe('distribution.employeeIds');
    expect(field(() => planDistribution({ method: 'counts', counts: [{ employeeId: 1, count: -1 }] }, 3))).toBe('distribution.counts[0].count');
    expect(field(() => planDistribution({ method: 'weighted', weights: [{ employeeId: 1, weight: 0 }] }, 3))).toBe('distribution.weights');
  });

  it('refuses inactive employees and employees who are not account managers', () => {
    const facts = new Map([[1, { id: 1, active: true, isAccountManager: true }], [2, { id: 2, active: false, isAccountManager: true }], [3, { id: 3, active: true, isAccountManager: false }]]);
    expect(() => checkAccountManagers({ method: 'even', employeeIds: [1] }, facts)).not.toThrow();
    expect(() => checkAccountManagers({ method: 'even', employeeIds: [1, 2] }, facts)).toThrow(/inactive/);
    expect(() => checkAccountManagers({ method: 'even', employeeIds: [3] }, facts)).toThrow(/not an account manager/);
    expect(() => checkAccountManagers({ method: 'even', employeeIds: [9] }, facts)).toThrow(/does not exist/);
  });

  it('run bounds are cumulative and skip empty runs', () => {
    expect(runBounds([{ employeeId: 1, count: 2 }, { employeeId: 2, count: 0 }, { employeeId: 3, count: 3 }])).toEqual([
      { employeeId: 1, upTo: 2 }, { employeeId: 3, upTo: 5 },
    ]);
  });
});
