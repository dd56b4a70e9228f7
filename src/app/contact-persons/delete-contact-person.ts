/** Deletes a contact person never linked to an activity; a linked one can only be made inactive. */
import type { Store } from '../ports/store.js';
import { conflict, notFound } from '../../domain/errors.js';

export async function deleteContactPerson(store: Store, id: number): Promise<void> {
  await store.transaction(async (tx) => {
    if (!(await tx.contactPersons.get(id))) throw notFound('contact person', id);
    if (await tx.contactPersons.hasActivities(id)) {
      throw conflict('the contact person is linked to activities and cannot be deleted; make it inactive instead (inactive: true)');
    }
    await tx.contactPersons.delete(id);
  });
}
