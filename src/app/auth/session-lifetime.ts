/**
 * How long a login lasts: a session ends after `idleHours` without a request (the office PC left
 * on overnight) and in any case `maxDays` after the login. Set by `serve` flags.
 */
export type SessionLifetime = { idleHours: number; maxDays: number };

export const DEFAULT_SESSION_LIFETIME: SessionLifetime = { idleHours: 8, maxDays: 14 };

/** last_used_at is written at most this often per token, so requests do not each write. */
export const TOUCH_EVERY_MS = 60_000;

/** Sessions last used (or made) before this instant have been idle too long. */
export function idleSince(now: Date, lifetime: SessionLifetime): string {
  // A session is touched at most once a minute, so give it that minute back.
  return new Date(now.getTime() - lifetime.idleHours * 3_600_000 - TOUCH_EVERY_MS).toISOString();
}
