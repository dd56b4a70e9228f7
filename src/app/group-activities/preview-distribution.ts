/**
 * Step 4 preview: how many contacts each responsible gets and, paged in the documented order
 * (postal code, empty last, then contact number), which contact goes to whom — before anything
 * is created. Finish assigns exactly the same way.
 */
import type { Store } from '../ports/store.js';
import type { Actor } from '../../domain/model/employee.js';
import { clampLimit, decodeCursor, encodeCursor } from '../paging.js';
import { loadDraft, scopeOf } from './load-draft.js';
import { includedFacts, resolveResponsible } from './resolve-responsible.js';

export type DistributionPreview = {
  total: number;
  perEmployee: { employeeId: number; name: string | null; count: number }[];
  assignments: {
    items: { contactId: number; number: number; name: string; postalCode: string | null; employeeId: number | null }[];
    nextCursor: string | null;
  };
};

export async function previewDistribution(store: Store, actor: Actor, id: number, q: { limit?: unknown; cursor?: string }): Promise<DistributionPreview> {
  const draft = await loadDraft(store, id, actor);
  const scope = scopeOf(draft, true);
  const { total, ownCounts } = await includedFacts(store.groupActivities, draft, scope);
  const { rule, perEmployee } = await resolveResponsible(store.groupActivities, draft, actor.employeeId, total, ownCounts);
  const names = await store.groupActivities.employeeNames(perEmployee.map((p) => p.employeeId));
  const limit = clampLimit(q.limit);
  const afterRank = Number(decodeCursor(q.cursor, ['int'])?.[0] ?? 0);
  const rows = await store.groupActivities.assignments(scope, rule, { limit: limit + 1, afterRank });
  const more = rows.length > limit;
  const kept = more ? rows.slice(0, limit) : rows;
  return {
    total,
    perEmployee: perEmployee.map((p) => ({ ...p, name: names.get(p.employeeId) ?? null })),
    assignments: {
      items: kept.map(({ rank: _r, ...a }) => a),
      nextCursor: more ? encodeCursor([kept[kept.length - 1]!.rank]) : null,
    },
  };
}
