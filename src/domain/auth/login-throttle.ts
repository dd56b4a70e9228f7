/**
 * How failed logins are slowed down, per account and per client address. Pure: the store counts,
 * this decides. An attempt is counted *before* its password is checked (and forgiven when it
 * succeeds), so twenty parallel guesses get twenty different numbers and the sixth is refused even
 * while the first five are still being checked.
 */
export type ThrottlePolicy = {
  /** Failures in a row before the first lock. */
  freeFailures: number;
  /** The first lock, doubled by every further failure… */
  firstLockSeconds: number;
  /** …up to this. */
  maxLockSeconds: number;
  /** Failures are forgotten this long after the last one (or after the lock ended). */
  forgetAfterSeconds: number;
};

/** One account: five quick failures, then 30 s, 1 min, 2 min … up to 30 min. */
export const ACCOUNT_THROTTLE: ThrottlePolicy = { freeFailures: 5, firstLockSeconds: 30, maxLockSeconds: 30 * 60, forgetAfterSeconds: 60 * 60 };
/** One client address (many accounts sprayed from it, or an office behind one address): a higher limit. */
export const ADDRESS_THROTTLE: ThrottlePolicy = { freeFailures: 30, firstLockSeconds: 60, maxLockSeconds: 30 * 60, forgetAfterSeconds: 60 * 60 };

/** Seconds locked after the n-th failure in a row (0: not locked). */
export function lockSeconds(policy: ThrottlePolicy, failures: number): number {
  if (failures < policy.freeFailures) return 0;
  return Math.min(policy.maxLockSeconds, policy.firstLockSeconds * 2 ** (failures - policy.freeFailures));
}

/**
 * The lock end for 1, 2, … failures at `now`, as ISO text (null: no lock), up to the first count
 * that reaches the longest lock; every larger count has the last entry's lock.
 */
export function lockSchedule(policy: ThrottlePolicy, now: Date): Array<string | null> {
  const out: Array<string | null> = [];
  for (let n = 1; ; n++) {
    const s = lockSeconds(policy, n);
    out.push(s ? new Date(now.getTime() + s * 1000).toISOString() : null);
    if (s >= policy.maxLockSeconds) return out;
  }
}

/** Whole seconds until `lockedUntil`, at least 1 (the `Retry-After` header). */
export function retryAfterSeconds(lockedUntil: string, now: Date): number {
  return Math.max(1, Math.ceil((Date.parse(lockedUntil) - now.getTime()) / 1000));
}

/** The throttle keys of an attempt: the folded e-mail and the client address. */
export const accountKey = (foldedEmail: string) => `account:${foldedEmail}`;
export const addressKey = (address: string) => `address:${address}`;
