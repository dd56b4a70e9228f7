/**
 * A selection written out in words for the report header: "Ort är Göteborg och Kategori är A".
 * Rows join with their connectors (and binds tighter than or, as in the selection itself); groups
 * and relation criteria are bracketed. Referenced ids are shown by name when the caller knows it
 * (app/reports/report-names.ts#selectionIds collects them).
 */
import { translate, type Locale, type MessageKey } from '../i18n/index.js';
import { isGroup, type Selection, type SelectionItem } from '../domain/selection/types.js';

export type NameTable = 'employees' | 'activity_types' | 'statuses' | 'priorities';
export type SelectionNames = Partial<Record<NameTable, Map<number, string>>>;

/** Which register a reference field points into, per level. */
const REFERENCES: Record<string, NameTable> = {
  accountManagerId: 'employees', responsibleId: 'employees', typeId: 'activity_types', statusId: 'statuses', priorityId: 'priorities',
};

const TYPES = new Set(['customer', 'supplier', 'partner', 'private']);

export function describeSelection(selection: Selection | null | undefined, locale: Locale, names: SelectionNames = {}): string {
  if (!selection || selection.match.length === 0) return translate(locale, 'report.allContacts');
  const t = (key: string, params: Record<string, string | number> = {}) => translate(locale, key as MessageKey, params);
  const label = (field: string) => {
    const text = t(`sel.field.${field}`);
    return text === `sel.field.${field}` ? field : text;
  };
  const one = (field: string, v: unknown): string => {
    if (v === null || v === undefined || v === '') return '""';
    const table = REFERENCES[field];
    if (table && typeof v === 'number') return names[table]?.get(v) ?? `#${v}`;
    if (field === 'types' && typeof v === 'string' && TYPES.has(v)) return t(`sel.type.${v}`);
    if (typeof v === 'boolean') return t(v ? 'report.yes' : 'report.no');
    return String(v);
  };
  const items = (list: SelectionItem[]): string => list.map((it, i) => {
    const text = isGroup(it) ? `(${items(it.group)})` : row(it.field, it.condition, it.value);
    return i === 0 ? text : `${t(it.connector === 'or' ? 'sel.or' : 'sel.and')} ${text}`;
  }).join(' ');
  const row = (field: string, condition: string, value: unknown): string => {
    const f = label(field);
    if (value && typeof value === 'object' && !Array.isArray(value) && 'match' in (value as object)) {
      return t(`sel.cond.${condition}`, { f: f.toLowerCase(), v: `(${items((value as Selection).match)})` });
    }
    if (field === 'contactPersons' || field === 'activities') {
      if (condition === 'isEmpty') return t('sel.cond.relIsEmpty', { f: f.toLowerCase() });
      if (condition === 'isNotEmpty') return t('sel.cond.relIsNotEmpty', { f: f.toLowerCase() });
    }
    let v = '';
    if (condition === 'between' && Array.isArray(value)) v = t('sel.betweenJoin', { a: one(field, value[0]), b: one(field, value[1]) });
    else if (Array.isArray(value)) v = value.map((x) => one(field, x)).join(', ');
    else if (value !== undefined) v = one(field, value);
    const key = `sel.cond.${condition}`;
    const text = t(key, { f, v });
    return text === key ? `${f} ${condition} ${v}`.trim() : text;
  };
  return items(selection.match);
}
