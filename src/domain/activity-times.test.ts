import { describe, expect, it } from 'vitest';
import { defaultEnd, endsBeforeStart, endWhenDone, followStart } from './activity-times.js';

describe('activity times', () => {
  it('defaults the end to start + standard duration', () => {
    expect(defaultEnd('2026-12-07T09:00:00.000Z', null, 45)).toBe('2026-12-07T09:45:00.000Z');
    expect(defaultEnd('2026-12-07T09:00:00.000Z', '2026-12-07T12:00:00.000Z', 45)).toBe('2026-12-07T12:00:00.000Z');
    expect(defaultEnd(null, null, 45)).toBeNull();
  });
  it('moves the end with the start, keeping the duration', () => {
    expect(followStart('2026-12-07T09:00:00.000Z', '2026-12-07T11:00:00.000Z', '2026-12-08T10:00:00.000Z', 60))
      .toBe('2026-12-08T12:00:00.000Z');
    expect(followStart(null, null, '2026-12-08T10:00:00.000Z', 30)).toBe('2026-12-08T10:30:00.000Z');
  });
  it('stamps the end when done per company setting', () => {
    const now = '2026-12-09T08:00:00.000Z';
    const s = '2026-12-07T09:00:00.000Z', e = '2026-12-07T10:00:00.000Z';
    expect(endWhenDone('never', true, s, e, now)).toBe(e);
    expect(endWhenDone('always', false, s, e, now)).toBe(now);
    expect(endWhenDone('taskListOnly', false, s, e, now)).toBe(e);
    expect(endWhenDone('taskListOnly', true, s, e, now)).toBe(now);
    expect(endWhenDone('always', false, '2026-12-10T09:00:00.000Z', null, now)).toBe('2026-12-10T09:00:00.000Z');
  });
  it('detects an end before the start', () => {
    expect(endsBeforeStart('2026-12-07T09:00:00.000Z', '2026-12-07T08:59:00.000Z')).toBe(true);
    expect(endsBeforeStart('2026-12-07T09:00:00.000Z', '2026-12-07T09:00:00.000Z')).toBe(false);
    expect(endsBeforeStart(null, '2026-12-07T09:00:00.000Z')).toBe(false);
  });
});
