/**
 * Sequential numbers (activity numbers, contact numbers). Allocation must run inside the caller's
 * transaction: the counter row stays locked (PostgreSQL) or the writer stays single (SQLite) until
 * the caller commits, so numbers are unique and consecutive under concurrent writers.
 */
export type CounterName = 'activity' | 'contact';

export interface CountersRepository {
  /** Reserves `n` (≥ 1) consecutive numbers and returns the first and last of them. */
  allocate(name: CounterName, n: number): Promise<{ first: number; last: number }>;
}
