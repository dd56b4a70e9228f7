import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import { notFound, validation } from '../../domain/errors.js';
import { newTokenSecret } from './passwords.js';

/**
 * Creates an API token for scripts (`Authorization: Bearer …`): a name to recognise it by in the
 * token list, and an optional expiry. Answers the secret (shown once; only its hash is stored).
 */
export async function createApiToken(
  store: Store, clock: Clock, input: { employeeId: number; name?: string; expiresAt?: string | null },
): Promise<string> {
  const now = clock.now().toISOString();
  if (input.expiresAt != null && !(input.expiresAt > now)) throw validation('expires', 'the expiry must lie in the future');
  const { secret, hash } = newTokenSecret();
  await store.auth.insertToken({
    tokenHash: hash, kind: 'api', employeeId: input.employeeId, name: input.name?.trim() || null,
    now, expiresAt: input.expiresAt ?? null,
  });
  return secret;
}

/**
 * `--expires` of `kontakta token create`: a number of days (`90d`), or a date or timestamp
 * (`2027-06-30`, meaning the end of that day in UTC).
 */
export function parseExpiry(text: string, now: Date): string {
  const days = /^(\d{1,5})d$/.exec(text.trim());
  if (days) return new Date(now.getTime() + Number(days[1]) * 86_400_000).toISOString();
  const date = /^\d{4}-\d{2}-\d{2}$/.test(text.trim()) ? `${text.trim()}T23:59:59.999Z` : text.trim();
  const t = Date.parse(date);
  if (!/^\d{4}-\d{2}-\d{2}/.test(date) || Number.isNaN(t)) throw validation('expires', 'expected a number of days (90d) or a date (YYYY-MM-DD)');
  return new Date(t).toISOString();
}

export async function findEmployeeIdForToken(store: Store, ref: string): Promise<number> {
  if (/^\d+$/.test(ref)) return Number(ref);
  const found = await store.auth.findCredentialsByEmail(ref);
  if (!found) throw notFound('employee', ref);
  return found.employee.id;
}
