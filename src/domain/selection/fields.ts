/**
 * The field catalogue of selections: every contact field (by its API name) and the two relations
 * (contact persons, activities) with the kind of each field and the conditions that kind takes.
 * Validation, the neutral plan, the SQL compiler and the web UI's row builder all read it.
 */
import { CONTACT_TYPES } from '../model/contact.js';

export type FieldKind = 'text' | 'code' | 'number' | 'date' | 'flag' | 'reference' | 'types' | 'relation';

/** What a selection picks: contacts (the group wizard) or activities (the change-values wizard). */
export type SelectionRoot = 'contacts' | 'activities';

/**
 * Related rows a row may test. From contacts: their contact persons and activities; from
 * activities: their linked contacts (by the contact fields), employees and resources.
 */
export type RelationName = 'contactPersons' | 'activities' | 'contacts' | 'employees' | 'resources';

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
  // Reached from an activity: a linked contact is tested by the contact fields.
  contacts: CONTACT_FIELDS,
  employees: [{ field: 'employeeId', kind: 'reference' }, { field: 'name', kind: 'text' }],
  resources: [{ field: 'resourceId', kind: 'reference' }, { field: 'name', kind: 'text' }],
};

/** The activity fields of an activity selection (issue 13), by their API names. */
export const ACTIVITY_FIELDS: readonly FieldDef[] = [
  { field: 'number', kind: 'number', integer: true },
  { field: 'subject', kind: 'text' },
  { field: 'startAt', kind: 'date' },
  { field: 'endAt', kind: 'date' },
  { field: 'typeId', kind: 'reference' },
  { field: 'statusId', kind: 'reference' },
  { field: 'priority', kind: 'reference' },
  { field: 'responsibleId', kind: 'reference' },
  { field: 'done', kind: 'flag' },
  { field: 'color', kind: 'text' },
  { field: 'showInTaskList', kind: 'flag' },
  { field: 'custom1', kind: 'text' },
  { field: 'custom2', kind: 'text' },
  { field: 'notes', kind: 'text' },
  { field: 'batchId', kind: 'reference' },
  { field: 'createdAt', kind: 'date' },
];

const ROOT_FIELDS: Record<SelectionRoot, readonly FieldDef[]> = { contacts: CONTACT_FIELDS, activities: ACTIVITY_FIELDS };
/** The relations a root level offers. */
export const ROOT_RELATIONS: Record<SelectionRoot, readonly RelationName[]> = {
  contacts: ['contactPersons', 'activities'],
  activities: ['contacts', 'employees', 'resources'],
};
/** The relations of a contact selection (kept for callers that know only contacts). */
export const RELATIONS = ROOT_RELATIONS.contacts;

const levelFields = (relation: RelationName | null, root: SelectionRoot) => (relation ? RELATION_FIELDS[relation] : ROOT_FIELDS[root]);

/** Whole-number fields of a level (contact and activity numbers, employee counts). */
export const isIntegerField = (relation: RelationName | null, field: string, root: SelectionRoot = 'contacts') =>
  levelFields(relation, root).some((f) => f.field === field && f.integer === true);

export const isRelation = (field: string): field is RelationName => field in RELATION_FIELDS;

/** The fields a row may name at one level: the root's fields plus its relations, or a relation's fields. */
export function fieldsAt(relation: RelationName | null, root: SelectionRoot = 'contacts'): Map<string, FieldKind> {
  const map = new Map<string, FieldKind>(levelFields(relation, root).map((f) => [f.field, f.kind]));
  if (!relation) for (const r of ROOT_RELATIONS[root]) map.set(r, 'relation');
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

/** The catalogue as the API serves it (`GET /api/selections/fields[?root=activities]`). */
export function fieldCatalogue(root: SelectionRoot = 'contacts'): CatalogueField[] {
  const describe = (f: FieldDef): CatalogueField => ({
    field: f.field,
    kind: f.kind,
    conditions: [...CONDITIONS[f.kind]],
    ...(f.kind === 'types' ? { values: [...CONTACT_TYPES] } : {}),
  });
  return [
    ...ROOT_FIELDS[root].map(describe),
    ...ROOT_RELATIONS[root].map((r) => ({
      field: r, kind: 'relation' as const, conditions: [...CONDITIONS.relation], fields: RELATION_FIELDS[r].map(describe),
    })),
  ];
}
