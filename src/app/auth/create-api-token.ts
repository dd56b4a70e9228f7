import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import { notFound } from '../../domain/errors.js';
import { newTokenSecret } from './passwords.js';

/** Creates a non-expiring API token for scripts (`Authorization: Bearer …`). */
export async function createApiToken(store: Store, clock: Clock, input: { employeeId: number; name?: string }): Promise<string> {
  const { secret, hash } = newTokenSecret();
  await store.auth.insertToken({
    tokenHash: hash, kind: 'api', employeeId: input.employeeId, name: input.name ?? null,
    now: clock.now().toISOString(), expiresAt: null,
  });
  return secret;
}

export async function findEmployeeIdForToken(store: Store, ref: string): Promise<number> {
  if (/^\d+$/.test(ref)) return Number(ref);
  const found = await store.auth.findCredentialsByEmail(ref);
  if (!found) throw notFound('employee', ref);
  return found.employee.id;
}
