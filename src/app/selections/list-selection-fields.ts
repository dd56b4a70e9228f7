/**
 * The field catalogue the selection dialog builds its rows from (`GET /api/selections/fields`),
 * with the codes of each code register (category, line of business, status, district) as the
 * options of that field, so the dialog offers a drop-down instead of a text box.
 */
import type { Store } from '../ports/store.js';
import { fieldCatalogue, type CatalogueField, type SelectionRoot } from '../../domain/selection/fields.js';
import { isCodeField } from '../../domain/model/contact-codes.js';
import { sortKey } from '../../domain/text.js';

/** `root: 'activities'`: the activity fields, with the linked contact's code fields offered the same way. */
export async function listSelectionFields(store: Store, root: SelectionRoot = 'contacts'): Promise<CatalogueField[]> {
  const codes = (await store.contactCodes.all(null, { includeInactive: true }))
    .sort((a, b) => (sortKey(a.code) < sortKey(b.code) ? -1 : sortKey(a.code) > sortKey(b.code) ? 1 : a.id - b.id));
  const withCodes = (f: CatalogueField): CatalogueField => (isCodeField(f.field) && f.kind === 'code'
    ? { ...f, options: codes.filter((c) => c.field === f.field).map((c) => ({ value: c.code, label: c.label, inactive: c.inactive })) }
    : f.field === 'contacts' && f.fields ? { ...f, fields: f.fields.map(withCodes) } : f);
  return fieldCatalogue(root).map(withCodes);
}
