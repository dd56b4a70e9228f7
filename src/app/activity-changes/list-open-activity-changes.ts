/** "Continue where you left off": the actor's own open change-values drafts, the last touched first. */
import type { Store } from '../ports/store.js';
import type { Actor } from '../../domain/model/employee.js';

const MAX = 20;

export async function listOpenActivityChanges(store: Store, actor: Actor) {
  const drafts = await store.activityChanges.listOpen(actor.employeeId, MAX);
  return {
    items: drafts.map((d) => ({ id: d.id, fields: d.changes.map((c) => c.field), createdAt: d.createdAt, updatedAt: d.updatedAt })),
  };
}
