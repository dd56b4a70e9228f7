/**
 * What an edit changed, for the audit log: each field whose value differs, with its old and new
 * value. A create has only new values, a delete only old ones. Bookkeeping fields (timestamps,
 * sort keys) are not changes a person made and are left out.
 */
export type FieldChange = { old: unknown; new: unknown };
export type Changes = Record<string, FieldChange>;

const BOOKKEEPING = new Set(['createdAt', 'updatedAt', 'nameKey']);

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

export function changedFields(before: object | undefined, after: object | undefined): Changes {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const out: Changes = {};
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (BOOKKEEPING.has(key)) continue;
    const oldValue = before ? (b[key] ?? null) : null;
    const newValue = after ? (a[key] ?? null) : null;
    if (!same(oldValue, newValue)) out[key] = { old: oldValue, new: newValue };
  }
  return out;
}
