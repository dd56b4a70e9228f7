import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import { generatePassword, hashPassword } from './passwords.js';

/**
 * No default password exists: on an empty database the first start creates an administrator with
 * a generated password (printed once by the caller) or the one given for automated set-ups.
 */
export async function bootstrapAdmin(
  store: Store, clock: Clock, opts: { email: string; password?: string },
): Promise<{ email: string; password: string; generated: boolean } | undefined> {
  if ((await store.auth.countAdmins()) > 0) return undefined;
  const password = opts.password || generatePassword();
  const now = clock.now().toISOString();
  const existing = await store.auth.findCredentialsByEmail(opts.email);
  if (existing) {
    await store.auth.setPassword(existing.employee.id, await hashPassword(password), now);
  } else {
    await store.auth.createUser({ name: 'Administrator', email: opts.email, role: 'admin', passwordHash: await hashPassword(password), now });
  }
  return { email: opts.email, password, generated: !opts.password };
}
