/**
 * The selection builder's editing model and its conversion to and from the API's
 * `{ match: [...] }`. Rows still missing a field, condition or value are kept on screen but left
 * out of what is sent, and each sent item remembers its API path so a server error
 * (`selection.match[1].value`) lands beside the right row.
 */
import type { CatalogueField, Connector, SelItem, Selection } from './types';

export type EditRow = { uid: number; connector: Connector; field: string; condition: string; value: unknown; sub?: EditItem[] };
export type EditGroup = { uid: number; connector: Connector; group: EditItem[] };
export type EditItem = EditRow | EditGroup;
export const isEditGroup = (i: EditItem): i is EditGroup => 'group' in i;

let nextUid = 1;
export const uid = () => nextUid++;

export const VALUELESS = new Set(['isEmpty', 'isNotEmpty', 'isTrue', 'isFalse']);

export const newRow = (connector: Connector = 'and'): EditRow => ({ uid: uid(), connector, field: '', condition: '', value: '' });
export const newGroup = (connector: Connector = 'and'): EditGroup => ({ uid: uid(), connector, group: [newRow()] });

/**
 * Parses a number typed for the locale: Swedish "1 000 000,5" (a dot is taken as decimal point
 * too), English "1,000,000.5". Returns null for anything else.
 */
export function parseNumber(s: unknown, decimalComma = true): number | null {
  if (typeof s === 'number') return Number.isFinite(s) ? s : null;
  if (typeof s !== 'string') return null;
  let t = s.replace(/[\s\u00a0\u202f]/g, '');
  if (t === '') return null;
  if (decimalComma) t = t.includes(',') ? t.replace(/\./g, '').replace(',', '.') : t;
  else t = t.replace(/,/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(t)) return null;
  return Number(t);
}

const isNumeric = (kind: string) => kind === 'number';
const isRef = (kind: string) => kind === 'reference';

/** The API value of a row, or undefined when the row is not complete. */
function apiValue(row: EditRow, kind: string, catalogue: CatalogueField[], path: string, paths: Map<number, string>, dc: boolean): { ok: boolean; value?: unknown } {
  const c = row.condition;
  if (!row.field || !c) return { ok: false };
  if (VALUELESS.has(c)) return { ok: true };
  if (kind === 'relation') {
    const sub = row.sub ?? [];
    const rel = catalogue.find((f) => f.field === row.field)?.fields ?? [];
    const out = exportItems(sub, rel, `${path}.value.match`, dc);
    if (out.incomplete) return { ok: false };
    out.paths.forEach((p, k) => paths.set(k, p));
    return { ok: true, value: { match: out.items } };
  }
  const one = (v: unknown): unknown => {
    if (isNumeric(kind)) return parseNumber(v, dc);
    if (isRef(kind)) return v === '' || v == null ? null : Number(v);
    if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
    return v ?? null;
  };
  if (c === 'between') {
    const [a, b] = Array.isArray(row.value) ? row.value : ['', ''];
    const va = one(a), vb = one(b);
    return va == null || vb == null ? { ok: false } : { ok: true, value: [va, vb] };
  }
  if (c === 'in') {
    const list = Array.isArray(row.value) ? row.value : String(row.value ?? '').split(',');
    const vals = list.map(one).filter((v) => v != null && v !== '');
    return vals.length ? { ok: true, value: vals } : { ok: false };
  }
  const v = one(row.value);
  return v == null ? { ok: false } : { ok: true, value: v };
}

export type Exported = { items: SelItem[]; incomplete: boolean; paths: Map<number, string> };

export function exportItems(items: EditItem[], catalogue: CatalogueField[], prefix = 'match', dc = true): Exported {
  const out: SelItem[] = [];
  const paths = new Map<number, string>();
  let incomplete = false;
  for (const it of items) {
    const path = `${prefix}[${out.length}]`;
    if (isEditGroup(it)) {
      const inner = exportItems(it.group, catalogue, `${path}.group`, dc);
      incomplete ||= inner.incomplete;
      if (inner.items.length === 0) continue;
      paths.set(it.uid, path);
      inner.paths.forEach((p, k) => paths.set(k, p));
      out.push(out.length === 0 ? { group: inner.items } : { connector: it.connector, group: inner.items });
      continue;
    }
    const kind = catalogue.find((f) => f.field === it.field)?.kind ?? '';
    const v = apiValue(it, kind, catalogue, path, paths, dc);
    if (!v.ok) { incomplete = true; continue; }
    paths.set(it.uid, path);
    const row: Record<string, unknown> = { field: it.field, condition: it.condition };
    if (out.length > 0) row.connector = it.connector;
    if (v.value !== undefined) row.value = v.value;
    out.push(row as SelItem);
  }
  return { items: out, incomplete, paths };
}

/** `decimalComma`: numbers are typed the Swedish way (the UI language is Swedish). */
export function exportSelection(items: EditItem[], catalogue: CatalogueField[], decimalComma = true): Exported {
  return exportItems(items, catalogue, 'match', decimalComma);
}

/** API selection → editing model (numbers shown with the locale's formatting). */
export function importItems(items: SelItem[], catalogue: CatalogueField[], fmt: (n: number) => string): EditItem[] {
  return items.map((it): EditItem => {
    const connector = it.connector ?? 'and';
    if ('group' in it) return { uid: uid(), connector, group: importItems(it.group, catalogue, fmt) };
    const def = catalogue.find((f) => f.field === it.field);
    const kind = def?.kind ?? 'text';
    let value: unknown = it.value ?? '';
    let sub: EditItem[] | undefined;
    if (kind === 'relation' && it.value && typeof it.value === 'object' && 'match' in (it.value as object)) {
      sub = importItems((it.value as Selection).match, def?.fields ?? [], fmt);
      value = '';
    } else if (kind === 'number') {
      value = Array.isArray(value) ? value.map((v) => (typeof v === 'number' ? fmt(v) : v)) : typeof value === 'number' ? fmt(value) : value;
    } else if (kind === 'text' || kind === 'code') {
      if (it.condition === 'in' && Array.isArray(value)) value = value.join(', ');
    }
    return { uid: uid(), connector, field: it.field, condition: it.condition, value, sub };
  });
}

/** The uid of the item a server error path (`selection.match[1].group[0].value`) points at. */
export function uidForErrorPath(field: string | undefined, paths: Map<number, string>): number | null {
  if (!field) return null;
  const p = field.replace(/^selection\./, '');
  let best: { uid: number; len: number } | null = null;
  paths.forEach((path, u) => {
    if ((p === path || p.startsWith(path + '.') || p.startsWith(path + '[')) && (!best || path.length > best.len)) best = { uid: u, len: path.length };
  });
  return best ? (best as { uid: number }).uid : null;
}
