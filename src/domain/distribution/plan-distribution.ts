/**
 * Computes how many contacts (group wizard) or activities (change values) each employee gets.
 * Pure: the storage layer applies the result set-based (a rank over the included rows and a CASE
 * on that rank).
 *
 * Order rule (documented in the API): included contacts are ranked by postal code (empty last),
 * then contact number, so each employee gets one area; activities by their own order, start
 * (empty last) then number (`activity-change/distribution-order.ts`). The pool is handed out in
 * contiguous runs in the list order of the distribution.
 */
import { validation } from '../errors.js';
import { distributionEmployeeIds, employeeField, type Distribution, type DistributionPlan, type EmployeeShare, type ManagerFacts } from './types.js';

/** Checks the distribution's own shape: a non-empty list, no duplicates, sane numbers. */
export function checkDistributionShape(d: Distribution): void {
  const ids = distributionEmployeeIds(d);
  const listField = d.method === 'counts' ? 'distribution.counts' : d.method === 'weighted' ? 'distribution.weights' : 'distribution.employeeIds';
  if (ids.length === 0) throw validation(listField, 'name at least one account manager');
  const seen = new Set<number>();
  ids.forEach((id, i) => {
    if (seen.has(id)) throw validation(employeeField(d, i), `employee ${id} is named twice`);
    seen.add(id);
  });
  if (d.method === 'counts') {
    d.counts.forEach((c, i) => {
      if (!Number.isInteger(c.count) || c.count < 0) throw validation(`distribution.counts[${i}].count`, 'a count is a whole number of 0 or more');
    });
  }
  if (d.method === 'weighted') {
    d.weights.forEach((w, i) => {
      if (!Number.isFinite(w.weight) || w.weight < 0) throw validation(`distribution.weights[${i}].weight`, 'a weight is a number of 0 or more');
    });
    if (d.weights.every((w) => w.weight === 0)) throw validation('distribution.weights', 'at least one weight must be above 0');
  }
}

/** Only active employees flagged as account managers may take part (DIST). */
export function checkAccountManagers(d: Distribution, facts: Map<number, ManagerFacts>): void {
  distributionEmployeeIds(d).forEach((id, i) => {
    const f = facts.get(id);
    if (!f) throw validation(employeeField(d, i), `employee ${id} does not exist`);
    if (!f.active) throw validation(employeeField(d, i), `employee ${id} is inactive`);
    if (!f.isAccountManager) throw validation(employeeField(d, i), `employee ${id} is not an account manager`);
  });
}

/** Equal shares; the remainder goes one each to the first employees in list order. */
export function evenShares(ids: number[], total: number): EmployeeShare[] {
  const base = Math.floor(total / ids.length);
  const rest = total - base * ids.length;
  return ids.map((employeeId, i) => ({ employeeId, count: base + (i < rest ? 1 : 0) }));
}

/** Largest-remainder (Hamilton) method; equal remainders are broken by list order. */
export function weightedShares(weights: { employeeId: number; weight: number }[], total: number): EmployeeShare[] {
  const sum = weights.reduce((s, w) => s + w.weight, 0);
  const quotas = weights.map((w) => (total * w.weight) / sum);
  const counts = quotas.map(Math.floor);
  let left = total - counts.reduce((s, c) => s + c, 0);
  const order = quotas.map((q, i) => ({ i, frac: q - Math.floor(q) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    counts[i]! += 1;
    left -= 1;
  }
  return weights.map((w, i) => ({ employeeId: w.employeeId, count: counts[i]! }));
}

/**
 * The plan for `total` included contacts (or activities: `what` names them in the error).
 * `ownCounts` (ownManager only) tells how many have each listed employee as their own manager.
 */
export function planDistribution(d: Distribution, total: number, ownCounts: Map<number, number> = new Map(), what: 'contacts' | 'activities' = 'contacts'): DistributionPlan {
  checkDistributionShape(d);
  switch (d.method) {
    case 'counts': {
      const sum = d.counts.reduce((s, c) => s + c.count, 0);
      if (sum !== total) {
        // Whole sentences, so i18n/server-errors.ts words each in Swedish.
        const message = what === 'activities'
          ? `the counts add up to ${sum} but ${total} activities are included`
          : `the counts add up to ${sum} but ${total} contacts are included`;
        throw validation('distribution.counts', message, { sum, included: total });
      }
      const shares = d.counts.map((c) => ({ employeeId: c.employeeId, count: c.count }));
      return { perEmployee: shares, pool: shares };
    }
    case 'even': {
      const shares = evenShares(d.employeeIds, total);
      return { perEmployee: shares, pool: shares };
    }
    case 'weighted': {
      const shares = weightedShares(d.weights, total);
      return { perEmployee: shares, pool: shares };
    }
    case 'ownManager': {
      const own = d.employeeIds.map((id) => ownCounts.get(id) ?? 0);
      const ownTotal = own.reduce((s, c) => s + c, 0);
      if (ownTotal > total) throw new Error('own-manager counts exceed the included total');
      const pool = evenShares(d.employeeIds, total - ownTotal);
      return {
        perEmployee: d.employeeIds.map((employeeId, i) => ({ employeeId, count: own[i]! + pool[i]!.count })),
        pool,
      };
    }
  }
}

/** Upper pool-rank bounds of each run, for the SQL CASE: rank <= bound[i] → employee i. */
export function runBounds(pool: EmployeeShare[]): { employeeId: number; upTo: number }[] {
  let acc = 0;
  return pool.filter((s) => s.count > 0).map((s) => ({ employeeId: s.employeeId, upTo: (acc += s.count) }));
}
