import { describe, expect, it } from 'vitest';
import { planCardChange } from './card.js';
import { normaliseTemplate, resolveTemplate } from './template.js';
import { AppError } from '../errors.js';

const card = { subject: 'Call', startAt: '2026-12-07T09:00:00.000Z', endAt: '2026-12-07T10:00:00.000Z', allDay: false, employeeIds: [1] };

describe('copy-to-all card rules', () => {
  it('keeps only fields whose value changes', () => {
    const p = planCardChange('perContact', card, { subject: 'Call', notes: 'Bring brochure', allDay: false });
    expect(p.changes).toEqual([{ field: 'notes', old: null, next: 'Bring brochure' }]);
    expect(p.card.notes).toBe('Bring brochure');
  });

  it('moves an end that was not sent by the same delta as the start', () => {
    const p = planCardChange('shared', card, { startAt: '2026-12-08T09:30:00Z' });
    expect(p.changes).toEqual([
      { field: 'startAt', old: card.startAt, next: '2026-12-08T09:30:00.000Z' },
      { field: 'endAt', old: card.endAt, next: '2026-12-08T10:30:00.000Z' },
    ]);
  });

  it('refuses an end before the start naming the field', () => {
    expect(() => planCardChange('shared', card, { endAt: '2026-12-07T08:00:00Z' })).toThrow(expect.objectContaining({ field: 'endAt', code: 'VALIDATION' }));
    expect(() => planCardChange('shared', card, { startAt: 'not a date' })).toThrow(expect.objectContaining({ field: 'startAt' }));
  });

  it('refuses link changes with 409 in per-contact mode, applies them in shared mode', () => {
    expect(() => planCardChange('perContact', card, { employeeIds: [2] })).toThrow(expect.objectContaining({ code: 'CONFLICT', field: 'employeeIds' }));
    expect(() => planCardChange('perContact', card, { contactIds: [5] })).toThrow(AppError);
    expect(planCardChange('perContact', card, { employeeIds: [1] }).links).toEqual([]);
    const shared = planCardChange('shared', card, { employeeIds: [2, 3], contactIds: [7] });
    expect(shared.links).toEqual([{ field: 'contactIds', ids: [7] }, { field: 'employeeIds', ids: [2, 3] }]);
    expect(shared.card.employeeIds).toEqual([2, 3]);
  });

  it('stores booleans as 0/1 and empty text as null', () => {
    const p = planCardChange('shared', card, { allDay: true, subject: '  ' });
    expect(p.changes).toEqual([{ field: 'subject', old: 'Call', next: null }, { field: 'allDay', old: 0, next: 1 }]);
  });
});

describe('template rules', () => {
  it('defaults the end to start + standard duration', () => {
    expect(resolveTemplate({ startAt: '2026-12-07T09:00:00Z' }, 45).endAt).toBe('2026-12-07T09:45:00.000Z');
    expect(resolveTemplate({ startAt: '2026-12-07T09:00:00Z', allDay: true }, 45).endAt).toBe('2026-12-07T09:00:00.000Z');
    expect(resolveTemplate({}, 45)).toMatchObject({ startAt: null, endAt: null });
  });
  it('applies the type defaults of a single card', () => {
    expect(resolveTemplate({ startAt: '2026-12-07T09:00:00Z', typeId: 4 }, 30, { list: 'taskList', color: null, defaultAlarmMinutes: 15 }))
      .toMatchObject({ endAt: '2026-12-07T09:30:00.000Z', showInTaskList: true, alarmMinutes: 15 });
  });
  it('refuses an end before the start', () => {
    expect(() => normaliseTemplate({ startAt: '2026-12-07T09:00:00Z', endAt: '2026-12-07T08:00:00Z' })).toThrow(expect.objectContaining({ field: 'template.endAt' }));
  });
});
