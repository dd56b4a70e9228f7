import { describe, expect, it } from 'vitest';
import { runningFinish, trackFinish } from './finish-progress.js';
import { getFinishProgress } from './get-finish-progress.js';
import type { Store } from '../ports/store.js';

const clock = (ms: number) => ({ now: () => new Date(ms) });

describe('finish progress', () => {
  it('follows a finish through its phases and forgets it when it ends', async () => {
    const p = trackFinish(clock(1000), 7, 3);
    expect(runningFinish(7)).toMatchObject({ phase: 'counting', planned: null, createdBy: 3 });
    p.phase('creating', 100_000);
    expect(runningFinish(7)).toMatchObject({ phase: 'creating', planned: 100_000 });
    p.end();
    expect(runningFinish(7)).toBeUndefined();
  });

  it('a finished tracker does not remove a newer finish of the same draft', () => {
    const first = trackFinish(clock(0), 8, 1);
    const second = trackFinish(clock(0), 8, 1);
    first.end();
    expect(runningFinish(8)).toBeDefined();
    second.end();
    expect(runningFinish(8)).toBeUndefined();
  });

  it('answers a running finish from memory, only to its creator or an administrator', async () => {
    const p = trackFinish(clock(1000), 9, 5);
    p.phase('planning');
    const noStore = {} as Store; // the running branch must not touch the database
    await expect(getFinishProgress(noStore, clock(3500), { employeeId: 5, role: 'user', name: 'x' }, 9))
      .resolves.toEqual({ status: 'finishing', phase: 'planning', planned: null, elapsedMs: 2500, result: null });
    await expect(getFinishProgress(noStore, clock(3500), { employeeId: 1, role: 'admin', name: 'a' }, 9)).resolves.toMatchObject({ status: 'finishing' });
    await expect(getFinishProgress(noStore, clock(3500), { employeeId: 6, role: 'user', name: 'y' }, 9)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    p.end();
  });
});
