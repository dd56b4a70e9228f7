import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { Employee } from '../../domain/model/employee.js';
import { unauthenticated, validation } from '../../domain/errors.js';
import { newTokenSecret, verifyPassword } from './passwords.js';

export const SESSION_DAYS = 14;

/** Checks e-mail and password and opens a session; answers the session secret for the cookie. */
export async function logIn(store: Store, clock: Clock, input: { email: string; password: string }): Promise<{ employee: Employee; sessionSecret: string }> {
  if (!input.email) throw validation('email', 'e-mail is required');
  if (!input.password) throw validation('password', 'password is required');
  const found = await store.auth.findCredentialsByEmail(input.email);
  const ok = found?.passwordHash && found.employee.active ? await verifyPassword(input.password, found.passwordHash) : false;
  if (!found || !ok) throw unauthenticated('wrong e-mail or password');
  const { secret, hash } = newTokenSecret();
  const now = clock.now();
  await store.auth.insertToken({
    tokenHash: hash, kind: 'session', employeeId: found.employee.id, name: null, now: now.toISOString(),
    expiresAt: new Date(now.getTime() + SESSION_DAYS * 86_400_000).toISOString(),
  });
  return { employee: found.employee, sessionSecret: secret };
}
