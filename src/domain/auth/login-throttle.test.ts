import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ACCOUNT_THROTTLE, ADDRESS_THROTTLE, lockSchedule, lockSeconds, retryAfterSeconds } from './login-throttle.js';

describe('login throttle policy', () => {
  it('lets five failures of an account pass, then locks for 30 s and doubles up to 30 min', () => {
    expect([1, 2, 3, 4].map((n) => lockSeconds(ACCOUNT_THROTTLE, n))).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8].map((n) => lockSeconds(ACCOUNT_THROTTLE, n))).toEqual([30, 60, 120, 240]);
    expect(lockSeconds(ACCOUNT_THROTTLE, 50)).toBe(1800);
  });

  it('gives an address a higher limit than an account', () => {
    expect(lockSeconds(ADDRESS_THROTTLE, ACCOUNT_THROTTLE.freeFailures)).toBe(0);
    expect(lockSeconds(ADDRESS_THROTTLE, ADDRESS_THROTTLE.freeFailures)).toBeGreaterThan(0);
  });

  it('never shortens the lock as failures grow, and the schedule ends at the longest lock', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 200 }), (n) => lockSeconds(ACCOUNT_THROTTLE, n + 1) >= lockSeconds(ACCOUNT_THROTTLE, n)));
    const now = new Date('2026-12-01T10:00:00.000Z');
    const schedule = lockSchedule(ACCOUNT_THROTTLE, now);
    expect(schedule.slice(0, 4)).toEqual([null, null, null, null]);
    expect(schedule[4]).toBe('2026-12-01T10:00:30.000Z');
    expect(schedule.at(-1)).toBe('2026-12-01T10:30:00.000Z');
  });

  it('rounds Retry-After up to whole seconds, at least 1', () => {
    const now = new Date('2026-12-01T10:00:00.000Z');
    expect(retryAfterSeconds('2026-12-01T10:00:29.200Z', now)).toBe(30);
    expect(retryAfterSeconds('2026-12-01T09:59:59.000Z', now)).toBe(1);
  });
});
