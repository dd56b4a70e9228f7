/** Failed-login counters in the database, so every server process sharing it sees the same ones. */
export type AttemptOutcome = { allowed: true; failures: number } | { allowed: false; lockedUntil: string };

export interface LoginThrottleRepository {
  /**
   * Counts one attempt for `key` in one atomic statement, unless the key is locked at `now`.
   * Counts restart at 1 when the last failure (or the lock) ended before `forgetBefore`.
   * `lockByCount[i]` is the lock end to set when the count becomes i + 1 (null: none); larger
   * counts take the last entry.
   */
  registerAttempt(key: string, input: { now: string; forgetBefore: string; lockByCount: Array<string | null> }): Promise<AttemptOutcome>;
  /** Takes one counted attempt back (it succeeded, or another key refused it); unlocks below `freeFailures`. */
  forgiveAttempt(key: string, freeFailures: number): Promise<void>;
  /** Forgets every failure of `key` (a successful login of the account). */
  clear(key: string): Promise<void>;
  /** Drops counters whose last failure or lock ended before `before`. */
  purge(before: string): Promise<void>;
}
