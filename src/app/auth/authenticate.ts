import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { TokenOwner } from '../ports/auth.js';
import { hashToken } from './passwords.js';
import { DEFAULT_SESSION_LIFETIME, idleSince, TOUCH_EVERY_MS, type SessionLifetime } from './session-lifetime.js';

/** Touches already on their way, so a burst of requests with one token writes once. */
const touching = new Set<number>();

/**
 * The owner of a valid session cookie or bearer token, and the token. Its last-used time is
 * written at most once a minute and not awaited: a request never waits for a write (on SQLite a
 * long finish holds the one writer, and a progress poll must still get through).
 */
export async function authenticate(
  store: Store, clock: Clock, secret: string | undefined, lifetime: SessionLifetime = DEFAULT_SESSION_LIFETIME,
): Promise<TokenOwner | undefined> {
  if (!secret) return undefined;
  const now = clock.now();
  const owner = await store.auth.findTokenOwner(hashToken(secret), now.toISOString(), idleSince(now, lifetime));
  if (owner && !touching.has(owner.tokenId) && (!owner.lastUsedAt || Date.parse(owner.lastUsedAt) <= now.getTime() - TOUCH_EVERY_MS)) {
    touching.add(owner.tokenId);
    const since = new Date(now.getTime() - TOUCH_EVERY_MS).toISOString();
    store.auth.touchToken(owner.tokenId, now.toISOString(), since)
      .catch(() => { /* a lost last-used time is harmless; the next request tries again */ })
      .finally(() => touching.delete(owner.tokenId));
  }
  return owner;
}

/** Ends the session or revokes the API token behind `secret`; answers whether one existed. */
export async function logOut(store: Store, secret: string): Promise<boolean> {
  return (await store.auth.deleteToken(hashToken(secret))) !== undefined;
}
