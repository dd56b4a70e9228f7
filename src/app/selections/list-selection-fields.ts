/** The field catalogue the selection dialog builds its rows from (`GET /api/selections/fields`). */
import { fieldCatalogue, type CatalogueField } from '../../domain/selection/fields.js';

export function listSelectionFields(): CatalogueField[] {
  return fieldCatalogue();
}
