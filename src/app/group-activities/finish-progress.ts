/**
 * The phase of each finish running in this process, so the wizard can show what a long finish is
 * doing instead of a frozen button. Kept in memory on purpose: reading it must not wait for the
 * database, which the finish holds. (On SQLite the finish writes on the writer's thread and other
 * requests' reads, a poll's token look-up too, run on a read-only connection meanwhile.)
 */
import type { Clock } from '../ports/clock.js';

export type FinishPhase = 'counting' | 'planning' | 'creating' | 'saving';

export type RunningFinish = { phase: FinishPhase; startedAt: Date; createdBy: number | null; planned: number | null };

const running = new Map<number, RunningFinish>();

/** Starts tracking a finish of group activity `id`; `end` must be called when it settles. */
export function trackFinish(clock: Clock, id: number, createdBy: number | null) {
  const entry: RunningFinish = { phase: 'counting', startedAt: clock.now(), createdBy, planned: null };
  running.set(id, entry);
  return {
    phase(phase: FinishPhase, planned?: number) {
      entry.phase = phase;
      if (planned !== undefined) entry.planned = planned;
    },
    end() {
      if (running.get(id) === entry) running.delete(id);
    },
  };
}

export function runningFinish(id: number): RunningFinish | undefined {
  return running.get(id);
}
