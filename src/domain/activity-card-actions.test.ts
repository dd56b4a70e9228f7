import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deleteNeedsForce, duplicateOf, followUpOf } from './activity-card-actions.js';
import type { Activity } from './model/activity.js';

const base: Activity = {
  id: 7, number: 7, subject: 'Ring', startAt: '2026-12-07T09:00:00.000Z', endAt: '2026-12-07T09:30:00.000Z', allDay: false,
  alarmMinutes: 15, typeId: 2, statusId: 3, priority: 1, done: true, doneAt: '2026-12-07T10:00:00.000Z', responsibleId: 4,
  notes: 'n', color: '#123456', showInTaskList: true, custom1: 'a', custom2: null, batchId: 9,
  contactIds: [1, 2], contactPersonIds: [5], employeeIds: [4], resourceIds: [8], createdAt: 'x', updatedAt: 'y',
};

describe('activity card actions', () => {
  it('a duplicate keeps every field and link but is not done, has no done status and is outside the group', () => {
    const d = duplicateOf(base);
    expect(d).toMatchObject({ subject: 'Ring', startAt: base.startAt, endAt: base.endAt, alarmMinutes: 15, typeId: 2, priority: 1, responsibleId: 4,
      notes: 'n', color: '#123456', showInTaskList: true, custom1: 'a', done: false, statusId: null, batchId: null,
      contactIds: [1, 2], contactPersonIds: [5], employeeIds: [4], resourceIds: [8] });
    expect(d).not.toHaveProperty('doneAt');
    expect(duplicateOf({ ...base, done: false }).statusId, 'an open status is kept').toBe(3);
    d.contactIds.push(99);
    expect(base.contactIds, 'the original is untouched').toEqual([1, 2]);
  });

  it('only a done activity of a group activity needs force to be deleted', () => {
    fc.assert(fc.property(fc.boolean(), fc.option(fc.integer({ min: 1 }), { nil: null }), (done, batchId) => {
      expect(deleteNeedsForce({ done, batchId })).toBe(done && batchId !== null);
    }));
  });

  it('a follow-up takes the contacts, persons, type and responsible', () => {
    expect(followUpOf(base)).toEqual({ contactIds: [1, 2], contactPersonIds: [5], typeId: 2, responsibleId: 4 });
  });
});
