/**
 * Deletes a contact that was never used. One linked to activities can only be made inactive
 * (original system, CONT), so that history keeps its contact.
 */
import type { Store } from '../ports/store.js';
import { conflict, notFound } from '../../domain/errors.js';

export async function deleteContact(store: Store, id: number): Promise<void> {
  await store.transaction(async (tx) => {
    if (!(await tx.contacts.get(id))) throw notFound('contact', id);
    if (await tx.contacts.hasActivities(id)) {
      throw conflict('the contact has activities and cannot be deleted; make it inactive instead (inactive: true)');
    }
    await tx.contacts.delete(id);
  });
}
