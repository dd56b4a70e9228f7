/**
 * After a password change (own or by an administrator) every other session and API token of the
 * employee ends: whoever knew the old password, or holds a stolen cookie, is out. Deactivation ends
 * all of them for good, so reactivating the employee later revives none.
 */
import type { Store } from '../ports/store.js';

export async function endOtherSessions(store: Store, employeeId: number, keepTokenHash?: string): Promise<number> {
  return store.auth.deleteTokensOf(employeeId, keepTokenHash);
}
