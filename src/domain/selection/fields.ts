/**
 * The field catalogue of selections: every contact field (by its API name) and the two relations
 * (contact persons, activities) with the kind of each field and the conditions that kind takes.
 * Validation, the neutral plan, the SQL compiler and the web UI's row builder all read it.
 */
import { CONTACT_TYPES } from '../model/contact.js';

export type FieldKind = 'text' | 'code' | 'number' | 'date' | 'flag' | 'reference' | 'types' | 'relation';

export type RelationName = 'contactPersons' | 'activities';

export const CONDITIONS: Record<FieldKind, readonly string[]> = {
  text: ['eq', 'ne', 'startsWith', 'notStartsWith', 'contains', 'notContains', 'isEmpty', 'isNotEmpty', 'in'],
  // Codes (category, line of business …) are stored as text and compared like text.
  code: ['eq', 'ne', 'startsWith', 'notStartsWith', 'contains', 'notContains', 'isEmpty', 'isNotEmpty', 'in'],
  number: ['eq', 'ne', 'gt', 'lt', 'gte', 'lte', 'between', 'isEmpty', 'isNotEmpty'],
  date: ['eq', 'ne', 'gt', 'lt', 'gte', 'lte', 'between', 'isEmpty', 'isNotEmpty'],
  flag: ['isTrue', 'isFalse'],
  reference: ['eq', 'ne', 'in', 'isEmpty', 'isNotEmpty'],
  types: ['eq', 'ne', 'in', 'isEmpty', 'isNotEmpty'],
  relation: ['some', 'none', 'isEmpty', 'isNotEmpty'],
};

/** Conditions that take no value. */
export const VALUELESS = new Set(['isEmpty', 'isNotEmpty', 'isTrue', 'isFalse']);

/** The contact types behind the `types` field (one flag column each). */
export { CONTACT_TYPES };

/** `integer`: a number field stored as an integer column, so values must be whole numbers. */
export type FieldDef = { field: string; kind: Exclude<FieldKind, 'relation'>; integer?: true };

export const CONTACT_FIELDS: readonly FieldDef[] = [
  { field: 'name', kind: 'text' },
  { field: 'number', kind: 'number', integer: true },
  { field: 'types', kind: 'types' },
  { field: 'category', kind: 'code' },
  { field: 'lineOfBusiness', kind: 'code' },
  { field: 'status', kind: 'code' },
  { field: 'district', kind: 'code' },
  { field: 'postalAddress', kind: 'text' },
  { field: 'postalCode', kind: 'text' },
  { field: 'city', kind: 'text' },
  { field: 'country', kind: 'text' },
  { field: 'phone', kind: 'text' },
  { field: 'email', kind: 'text' },
  { field: 'web', kind: 'text' },
  { field: 'accountManagerId', kind: 'reference' },
  { field: 'turnover', kind: 'number' },
  { field: 'employeeCount', kind: 'number', integer: true },
  { field: 'custom1', kind: 'text' },
  { field: 'custom2', kind: 'text' },
  { field: 'notes', kind: 'text' },
  { field: 'inactive', kind: 'flag' },
  { field: 'createdAt', kind: 'date' },
];

export const RELATION_FIELDS: Record<RelationName, readonly FieldDef[]> = {
  contactPersons: [
    { field: 'firstName', kind: 'text' },
    { field: 'lastName', kind: 'text' },
    { field: 'title', kind: 'text' },
    { field: 'phone', kind: 'text' },
    { field: 'mobile', kind: 'text' },
    { field: 'email', kind: 'text' },
    { field: 'isPrimary', kind: 'flag' },
    { field: 'inactive', kind: 'flag' },
  ],
  activities: [
    { field: 'typeId', kind: 'reference' },
    { field: 'statusId', kind: 'reference' },
    { field: 'done', kind: 'flag' },
    { field: 'responsibleId', kind: 'reference' },
    { field: 'startAt', kind: 'date' },
    { field: 'subject', kind: 'text' },
    { field: 'priority', kind: 'reference' },
    { field: 'batchId', kind: 'reference' },
  ],
};

export const RELATIONS = Object.keys(RELATION_FIELDS) as RelationName[];

const INTEGER_FIELDS = new Set(CONTACT_FIELDS.filter((f) => f.integer).map((f) => f.field));
/** Whole-number fields at the contact level (relations have none). */
export const isIntegerField = (relation: RelationName | null, field: string) => !relation && INTEGER_FIELDS.has(field);

export const isRelation = (field: string): field is RelationName => field in RELATION_FIELDS;

/** The fields a row may name at one level: contact fields plus relations, or a relation's fields. */
export function fieldsAt(relation: RelationName | null): Map<string, FieldKind> {
  const list = relation ? RELATION_FIELDS[relation] : CONTACT_FIELDS;
  const map = new Map<string, FieldKind>(list.map((f) => [f.field, f.kind]));
  if (!relation) for (const r of RELATIONS) map.set(r, 'relation');
  return map;
}

export type CatalogueField = {
  field: string;
  kind: FieldKind;
  conditions: string[];
  values?: string[];
  /** Code fields: the codes of the field's register (filled in by the use case, which reads them). */
  options?: { value: string; label: string; inactive: boolean }[];
  fields?: CatalogueField[];
};

/** The catalogue as the API serves it (`GET /api/selections/fields`). */
export function fieldCatalogue(): CatalogueField[] {
  const describe = (f: FieldDef): CatalogueField => ({
    field: f.field,
    kind: f.kind,
    conditions: [...CONDITIONS[f.kind]],
    ...(f.kind === 'types' ? { values: [...CONTACT_TYPES] } : {}),
  });
  return [
    ...CONTACT_FIELDS.map(describe),
    ...RELATIONS.map((r) => ({
      field: r, kind: 'relation' as const, conditions: [...CONDITIONS.relation], fields: RELATION_FIELDS[r].map(describe),
    })),
  ];
}
