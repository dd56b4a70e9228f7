/**
 * The mapping an import uses: the one remembered for this set of headers, else the one the headers
 * give by themselves, with the caller's changes on top. Checked here, so every shell refuses a bad
 * mapping with the same words: unknown fields, a field taken twice, headers not in the file.
 */
import type { Store } from '../ports/store.js';
import {
  isPersonsFileField, isRowField, mappingKey, suggestMapping, type ImportMapping,
} from '../../domain/import/fields.js';
import { validation } from '../../domain/errors.js';

export type MappingKind = 'contacts' | 'persons';

export async function rememberedOrSuggested(store: Store, headers: readonly string[], kind: MappingKind): Promise<{ mapping: ImportMapping; remembered: boolean }> {
  const saved = await store.imports.getMapping(mappingKey(headers, kind));
  const suggested = suggestMapping(headers, kind);
  if (!saved) return { mapping: suggested, remembered: false };
  // Only headers of this file; a header the saved mapping lacks keeps its suggestion.
  const mapping: ImportMapping = {};
  for (const h of headers) mapping[h] = h in saved ? saved[h]! : suggested[h]!;
  return { mapping, remembered: true };
}

export async function resolveMapping(
  store: Store, headers: readonly string[], kind: MappingKind, changes: ImportMapping | undefined, field = 'mapping',
): Promise<ImportMapping> {
  const { mapping } = await rememberedOrSuggested(store, headers, kind);
  for (const [h, f] of Object.entries(changes ?? {})) {
    if (!headers.includes(h)) throw validation(`${field}.${h}`, `the file has no column "${h}"`);
    mapping[h] = f === '' ? null : f;
  }
  const used = new Map<string, string>();
  for (const [h, f] of Object.entries(mapping)) {
    if (f === null) continue;
    if (!(kind === 'contacts' ? isRowField(f) : isPersonsFileField(f))) throw validation(`${field}.${h}`, `unknown field "${f}"`);
    const other = used.get(f);
    if (other !== undefined) throw validation(`${field}.${h}`, `columns "${other}" and "${h}" are both mapped to ${f}`);
    used.set(f, h);
  }
  return mapping;
}
