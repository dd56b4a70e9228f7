import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { Employee } from '../../domain/model/employee.js';
import { tooManyAttempts, unauthenticated, validation } from '../../domain/errors.js';
import { fold } from '../../domain/text.js';
import {
  ACCOUNT_THROTTLE, ADDRESS_THROTTLE, accountKey, addressKey, lockSchedule, retryAfterSeconds, type ThrottlePolicy,
} from '../../domain/auth/login-throttle.js';
import { hashPassword, newTokenSecret, verifyPassword } from './passwords.js';
import { DEFAULT_SESSION_LIFETIME, idleSince, type SessionLifetime } from './session-lifetime.js';

/**
 * A hash of a password nobody knows, checked when the e-mail is unknown (or cannot log in), so
 * that an unknown e-mail costs the same scrypt work as a known one and timing tells nothing.
 */
let dummyHash: Promise<string> | undefined;
const dummy = () => (dummyHash ??= hashPassword(newTokenSecret().secret));

type Counted = { key: string; policy: ThrottlePolicy };

/**
 * Checks e-mail and password and opens a session; answers the session secret for the cookie.
 * Failed attempts are throttled per account and per client address (see domain/auth/login-throttle):
 * a locked one is refused with TOO_MANY_ATTEMPTS before any password is checked.
 */
export async function logIn(
  store: Store, clock: Clock, input: { email: string; password: string },
  opts: { address?: string; lifetime?: SessionLifetime } = {},
): Promise<{ employee: Employee; sessionSecret: string; expiresAt: string }> {
  if (!input.email) throw validation('email', 'e-mail is required');
  if (!input.password) throw validation('password', 'password is required');
  const lifetime = opts.lifetime ?? DEFAULT_SESSION_LIFETIME;
  const now = clock.now();
  const account: Counted = { key: accountKey(fold(input.email.trim())), policy: ACCOUNT_THROTTLE };
  const address: Counted | undefined = opts.address ? { key: addressKey(opts.address), policy: ADDRESS_THROTTLE } : undefined;

  // Count the attempt on every key first; the first locked key refuses it and the counts already
  // taken are given back, so a refusal never makes a lock longer.
  const counted: Counted[] = [];
  for (const c of address ? [account, address] : [account]) {
    const outcome = await store.loginThrottle.registerAttempt(c.key, {
      now: now.toISOString(),
      forgetBefore: new Date(now.getTime() - c.policy.forgetAfterSeconds * 1000).toISOString(),
      lockByCount: lockSchedule(c.policy, now),
    });
    if (!outcome.allowed) {
      for (const done of counted) await store.loginThrottle.forgiveAttempt(done.key, done.policy.freeFailures);
      throw tooManyAttempts(retryAfterSeconds(outcome.lockedUntil, now), c === account ? 'account' : 'address');
    }
    counted.push(c);
  }

  const found = await store.auth.findCredentialsByEmail(input.email.trim());
  const canLogIn = !!found?.passwordHash && found.employee.active;
  const ok = await verifyPassword(input.password, canLogIn ? found!.passwordHash! : await dummy());
  if (!canLogIn || !ok) throw unauthenticated('wrong e-mail or password');

  // Success: the account's failures are forgotten; the address only gets this attempt back, so
  // one valid account does not clear an address that sprays others.
  await store.loginThrottle.clear(account.key);
  if (address) await store.loginThrottle.forgiveAttempt(address.key, address.policy.freeFailures);
  await store.loginThrottle.purge(new Date(now.getTime() - ACCOUNT_THROTTLE.forgetAfterSeconds * 1000).toISOString());
  await store.auth.purgeExpiredTokens(now.toISOString(), idleSince(now, lifetime));

  const { secret, hash } = newTokenSecret();
  const expiresAt = new Date(now.getTime() + lifetime.maxDays * 86_400_000).toISOString();
  await store.auth.insertToken({ tokenHash: hash, kind: 'session', employeeId: found!.employee.id, name: null, now: now.toISOString(), expiresAt });
  return { employee: found!.employee, sessionSecret: secret, expiresAt };
}
