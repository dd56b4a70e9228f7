/**
 * GET /api/activity-changes: "continue where you left off" lists the caller's own open drafts,
 * the last touched first; finished, cancelled and other people's drafts are not in it. Both databases.
 */
import { expect, it } from 'vitest';
import { describeEachServer } from '../support/http.js';
import { userToken } from '../support/registers.js';

describeEachServer('activity changes: open drafts', (t) => {
  it('lists only the caller\'s open drafts, the last touched first, with the fields they change', async () => {
    const create = async (body: Record<string, unknown> = {}, token?: string) => {
      const r = await t.api('POST', '/api/activity-changes', body, token ? { token } : undefined);
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      return r.body.id as number;
    };
    const first = await create();
    const second = await create({ changes: [{ field: 'subject', set: 'Ny rubrik' }, { field: 'startAt', moveBy: { days: 7 } }] });
    const cancelled = await create();
    expect((await t.api('DELETE', `/api/activity-changes/${cancelled}`)).status).toBe(200);
    const other = await userToken(t, 'Annan Användare');
    const theirs = await create({}, other.token);
    // Touching the first makes it the most recent.
    await new Promise((r) => setTimeout(r, 5));
    expect((await t.api('PATCH', `/api/activity-changes/${first}`, { changes: [{ field: 'done', set: true }] })).status).toBe(200);

    const mine = await t.api('GET', '/api/activity-changes');
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((d: { id: number; fields: string[] }) => [d.id, d.fields])).toEqual([[first, ['done']], [second, ['subject', 'startAt']]]);
    const theirList = await t.api('GET', '/api/activity-changes', undefined, { token: other.token });
    expect(theirList.body.items.map((d: { id: number }) => d.id)).toEqual([theirs]);
  });
});
