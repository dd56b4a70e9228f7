import { describe, expect, it } from 'vitest';
import { EMPTY_CARD, withActivityDefaults, type TypeDefaults } from './activity-defaults.js';

const phone: TypeDefaults = { list: 'taskList', color: null, defaultAlarmMinutes: 10 };
const visit: TypeDefaults = { list: 'calendar', color: '#2e7d32', defaultAlarmMinutes: 30 };
const start = '2026-12-07T09:00:00.000Z';

describe('the activity card defaults (one rule for the single card, the wizard card and the template)', () => {
  it('gives a start without an end the standard duration, an all-day one its start', () => {
    expect(withActivityDefaults(EMPTY_CARD, { startAt: start }, undefined, 45).endAt).toBe('2026-12-07T09:45:00.000Z');
    expect(withActivityDefaults(EMPTY_CARD, { startAt: start, allDay: true }, undefined, 45).endAt).toBe(start);
    expect(withActivityDefaults(EMPTY_CARD, { startAt: start, endAt: '2026-12-07T12:00:00.000Z' }, undefined, 45).endAt).toBe('2026-12-07T12:00:00.000Z');
  });

  it('gives a new start the type\'s default duration before the standard one', () => {
    const hour: TypeDefaults = { ...visit, defaultDurationMinutes: 90 };
    expect(withActivityDefaults(EMPTY_CARD, { typeId: 1, startAt: start }, hour, 45).endAt).toBe('2026-12-07T10:30:00.000Z');
    expect(withActivityDefaults(EMPTY_CARD, { startAt: start }, { ...visit, defaultDurationMinutes: null }, 45).endAt).toBe('2026-12-07T09:45:00.000Z');
    const card = { ...EMPTY_CARD, startAt: start, endAt: '2026-12-07T11:00:00.000Z' };
    expect(withActivityDefaults(card, { startAt: '2026-12-08T10:00:00.000Z' }, hour, 45).endAt).toBe('2026-12-08T12:00:00.000Z'); // its own span wins
  });

  it('keeps the duration when the start moves, and leaves a start that is not a date to its check', () => {
    const card = { ...EMPTY_CARD, startAt: start, endAt: '2026-12-07T11:00:00.000Z' };
    expect(withActivityDefaults(card, { startAt: '2026-12-08T10:00:00.000Z' }, undefined, 45).endAt).toBe('2026-12-08T12:00:00.000Z');
    expect(withActivityDefaults(card, { startAt: 'soon' }, undefined, 45)).toEqual({ startAt: 'soon' });
  });

  it('brings the chosen type task-list flag, alarm and colour, never over a given value', () => {
    expect(withActivityDefaults(EMPTY_CARD, { typeId: 4 }, phone, 60)).toEqual({ typeId: 4, showInTaskList: true, alarmMinutes: 10 });
    expect(withActivityDefaults(EMPTY_CARD, { typeId: 1 }, visit, 60)).toEqual({ typeId: 1, showInTaskList: false, alarmMinutes: 30, color: '#2e7d32' });
    expect(withActivityDefaults(EMPTY_CARD, { typeId: 1, alarmMinutes: null, color: '#000000', showInTaskList: true }, visit, 60))
      .toEqual({ typeId: 1, alarmMinutes: null, color: '#000000', showInTaskList: true });
  });

  it('keeps an alarm and colour the card already has, and does nothing when the type stays', () => {
    const card = { ...EMPTY_CARD, typeId: 4, alarmMinutes: 5, color: '#123456' };
    expect(withActivityDefaults(card, { typeId: 1 }, visit, 60)).toEqual({ typeId: 1, showInTaskList: false });
    expect(withActivityDefaults(card, { typeId: 4 }, phone, 60)).toEqual({ typeId: 4 });
  });
});
