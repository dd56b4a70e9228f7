import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { Employee } from '../../domain/model/employee.js';
import { hashToken } from './passwords.js';

/** The employee behind a session cookie or bearer token, if the token is valid. */
export async function authenticate(store: Store, clock: Clock, secret: string | undefined): Promise<Employee | undefined> {
  if (!secret) return undefined;
  return store.auth.findTokenOwner(hashToken(secret), clock.now().toISOString());
}

export async function logOut(store: Store, secret: string): Promise<void> {
  await store.auth.deleteToken(hashToken(secret));
}
