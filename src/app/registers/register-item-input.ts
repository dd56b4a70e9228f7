/**
 * Shared input rule of the small registers: the name is required and trimmed; any other text is
 * trimmed with empty text stored as null.
 */
import type { Store } from '../ports/store.js';
import type { LookupItem, LookupRepository } from '../ports/lookups.js';
import { validation } from '../../domain/errors.js';
import { emptyToNull } from '../../domain/text.js';

/** Which repository of the store a register use case works on (resources, statuses …). */
export type PickRegister<T extends LookupItem, V> = (store: Store) => LookupRepository<T, V>;

export function registerItemValues<V extends object>(input: Partial<V>): Partial<V> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(input)) {
    if (v === undefined) continue;
    if (k === 'name') {
      const name = emptyToNull(v as string);
      if (!name) throw validation('name', 'name is required');
      out[k] = name;
    } else {
      out[k] = typeof v === 'string' ? emptyToNull(v) : v;
    }
  }
  return out as Partial<V>;
}
