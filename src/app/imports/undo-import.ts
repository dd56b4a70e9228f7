/**
 * Undoes an import in one transaction: removes the contacts it created and the persons it added,
 * and restores the fields it updated — each only if nobody changed it since (its updated_at is
 * still the import's) and no activity links it. Answers what was undone and what was kept.
 */
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { UndoCounts } from '../ports/imports.js';
import { conflict, notFound } from '../../domain/errors.js';

export async function undoImport(store: Store, clock: Clock, importId: number, employeeId: number | null): Promise<UndoCounts> {
  return store.transaction(async (tx) => {
    const rec = await tx.imports.get(importId);
    if (!rec) throw notFound('import', importId);
    if (rec.status === 'undone') throw conflict(`import ${importId} is already undone`);
    const now = clock.now().toISOString();
    const counts = await tx.imports.undo(importId, rec.stamp, now);
    await tx.audit.record({ at: now, employeeId, action: 'undo', entity: 'import', entityId: String(importId), details: counts });
    return counts;
  });
}
