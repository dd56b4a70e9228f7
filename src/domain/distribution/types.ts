/**
 * How the activities of a per-contact group are shared out over account managers (step 4).
 * A distribution is temporary: it belongs to one draft and is not a saved rule.
 */
export type Distribution =
  | { method: 'counts'; counts: { employeeId: number; count: number }[] }
  | { method: 'even'; employeeIds: number[] }
  | { method: 'weighted'; weights: { employeeId: number; weight: number }[] }
  | { method: 'ownManager'; employeeIds: number[] };

export type EmployeeShare = { employeeId: number; count: number };

/**
 * The outcome for N included contacts or activities: how many each employee gets in total, and the
 * contiguous runs of the "pool" (those in the distribution order that do not go to their own manager).
 */
export type DistributionPlan = {
  perEmployee: EmployeeShare[];
  /** In list order; run i covers pool ranks (sum of earlier counts, + count]. */
  pool: EmployeeShare[];
};

/** What the distribution needs to know about one employee it names. */
export type ManagerFacts = { id: number; active: boolean; isAccountManager: boolean };

/** The employees a distribution names, in list order. */
export function distributionEmployeeIds(d: Distribution): number[] {
  switch (d.method) {
    case 'counts': return d.counts.map((c) => c.employeeId);
    case 'weighted': return d.weights.map((w) => w.employeeId);
    case 'even':
    case 'ownManager': return [...d.employeeIds];
  }
}

/** The field path of the i-th employee in the request body, for error messages. */
export function employeeField(d: Distribution, i: number): string {
  switch (d.method) {
    case 'counts': return `distribution.counts[${i}].employeeId`;
    case 'weighted': return `distribution.weights[${i}].employeeId`;
    case 'even':
    case 'ownManager': return `distribution.employeeIds[${i}]`;
  }
}
