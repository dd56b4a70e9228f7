/**
 * The field catalogue the selection dialog builds its rows from (`GET /api/selections/fields`),
 * with the codes of each code register (category, line of business, status, district) as the
 * options of that field, so the dialog offers a drop-down instead of a text box.
 */
import type { Store } from '../ports/store.js';
import { fieldCatalogue, type CatalogueField } from '../../domain/selection/fields.js';
import { isCodeField } from '../../domain/model/contact-codes.js';
import { sortKey } from '../../domain/text.js';

export async function listSelectionFields(store: Store): Promise<CatalogueField[]> {
  const codes = (await store.contactCodes.all(null, { includeInactive: true }))
    .sort((a, b) => (sortKey(a.code) < sortKey(b.code) ? -1 : sortKey(a.code) > sortKey(b.code) ? 1 : a.id - b.id));
  return fieldCatalogue().map((f) => (isCodeField(f.field) && f.kind === 'code'
    ? { ...f, options: codes.filter((c) => c.field === f.field).map((c) => ({ value: c.code, label: c.label, inactive: c.inactive })) }
    : f));
}
