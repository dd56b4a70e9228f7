/**
 * Revokes one session or API token by id: the owner's own, or anyone's for an administrator.
 * Someone else's token is "not found" for a user, so ids tell nothing about other people.
 */
import type { Store } from '../ports/store.js';
import type { Actor } from '../../domain/model/employee.js';
import type { TokenInfo } from '../ports/auth.js';
import { notFound } from '../../domain/errors.js';

export async function revokeToken(store: Store, actor: Actor, id: number): Promise<TokenInfo> {
  const token = await store.auth.getToken(id);
  if (!token || (actor.role !== 'admin' && token.employeeId !== actor.employeeId)) throw notFound('token', id);
  await store.auth.deleteTokenById(id);
  return token;
}
