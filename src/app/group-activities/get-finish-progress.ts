/**
 * GET …/progress: while a finish runs, its phase (counting, planning, creating, saving), the
 * number of activities planned and the time so far; otherwise the draft's status (and result).
 * Answered from memory while a finish holds the database.
 */
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { Actor } from '../../domain/model/employee.js';
import type { FinishResult } from '../../domain/group-activity/types.js';
import { notFound } from '../../domain/errors.js';
import { loadDraft } from './load-draft.js';
import { runningFinish, type FinishPhase } from './finish-progress.js';

export type FinishProgress = {
  status: 'draft' | 'finishing' | 'finished' | 'undone' | 'cancelled';
  phase: FinishPhase | null; planned: number | null; elapsedMs: number | null; result: FinishResult | null;
};

export async function getFinishProgress(store: Store, clock: Clock, actor: Actor, id: number): Promise<FinishProgress> {
  const run = runningFinish(id);
  if (run) {
    if (run.createdBy !== actor.employeeId && actor.role !== 'admin') throw notFound('group activity', id);
    return { status: 'finishing', phase: run.phase, planned: run.planned, elapsedMs: clock.now().getTime() - run.startedAt.getTime(), result: null };
  }
  const draft = await loadDraft(store, id, actor);
  return { status: draft.status, phase: null, planned: null, elapsedMs: null, result: draft.result ?? null };
}
