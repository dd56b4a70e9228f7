/**
 * The fields a spreadsheet column can be mapped to when contacts are imported, with the header
 * labels (Swedish and English, as Mamut, Visma, Fortnox and Excel lists name them) that map by
 * themselves. The field names are the API's (`postalCode`, …); persons on the contact row are
 * `person1.firstName` … `person2.email`; a persons file has `contactNumber` and the person fields.
 */

/** What finds the existing contact a row updates. */
export const MATCH_KEYS = ['number', 'orgNumber', 'email'] as const;
export type MatchKey = (typeof MATCH_KEYS)[number];

export const CONTACT_FIELDS = [
  'number', 'name', 'orgNumber', 'types', 'category', 'lineOfBusiness', 'status', 'district', 'postalAddress',
  'postalCode', 'city', 'country', 'phone', 'email', 'web', 'accountManager', 'turnover', 'employeeCount',
  'custom1', 'custom2', 'notes', 'inactive',
] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

export const PERSON_FIELDS = ['name', 'firstName', 'lastName', 'title', 'phone', 'mobile', 'email', 'primary'] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];

/** Contact persons that fit on one contact row. */
export const PERSONS_PER_ROW = 2;
export type PersonSlot = 1 | 2;

export type RowField = ContactField | `person${PersonSlot}.${PersonField}`;
export type PersonsFileField = 'contactNumber' | PersonField;

export const ROW_FIELDS: readonly RowField[] = [
  ...CONTACT_FIELDS,
  ...([1, 2] as const).flatMap((n) => PERSON_FIELDS.map((f) => `person${n}.${f}` as const)),
];
export const PERSONS_FILE_FIELDS: readonly PersonsFileField[] = ['contactNumber', ...PERSON_FIELDS];

/** Header → field (null: ignored). Headers are the file's own texts. */
export type ImportMapping = Record<string, string | null>;

/** How a header compares: lower case, letters and digits only (so "Org.nr", "org nr", "ORGNR" meet). */
export function headerKey(header: string): string {
  return header.toLowerCase().normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '');
}

const CONTACT_LABELS: Record<ContactField, string[]> = {
  number: ['kundnr', 'kundnummer', 'kontaktnr', 'kontaktnummer', 'nr', 'nummer', 'number', 'contactnumber', 'customernumber', 'customerno', 'customernr', 'accountnumber'],
  name: ['företag', 'företagsnamn', 'foretag', 'namn', 'kundnamn', 'kontakt', 'name', 'company', 'companyname', 'customername', 'account', 'accountname'],
  orgNumber: ['orgnr', 'orgno', 'organisationno', 'organizationno', 'organisationsnummer', 'orgnummer', 'personorgnr', 'orgnumber', 'organisationnumber', 'organizationnumber', 'companyregistrationnumber', 'registrationnumber', 'corporateid'],
  types: ['typ', 'typer', 'kontakttyp', 'types', 'type', 'contacttype'],
  category: ['kategori', 'kundkategori', 'category'],
  lineOfBusiness: ['bransch', 'lineofbusiness', 'industry', 'branch'],
  status: ['status', 'kundstatus'],
  district: ['distrikt', 'område', 'region', 'district', 'area', 'territory'],
  postalAddress: ['adress', 'postadress', 'gatuadress', 'utdelningsadress', 'besöksadress', 'address', 'postaladdress', 'street', 'streetaddress'],
  postalCode: ['postnr', 'postnummer', 'postalcode', 'zip', 'zipcode', 'postcode'],
  city: ['ort', 'postort', 'stad', 'city', 'town'],
  country: ['land', 'country'],
  phone: ['telefon', 'tel', 'telefonnr', 'telefonnummer', 'växel', 'phone', 'phonenumber', 'telephone'],
  email: ['epost', 'epostadress', 'mejl', 'mail', 'email', 'emailaddress'],
  web: ['webb', 'webbplats', 'hemsida', 'web', 'website', 'www', 'url', 'homepage'],
  accountManager: ['kundansvarig', 'säljare', 'ansvarig', 'vårreferens', 'varreferens', 'accountmanager', 'ourreference', 'salesperson', 'owner'],
  turnover: ['omsättning', 'turnover', 'revenue', 'annualrevenue'],
  employeeCount: ['antalanställda', 'anställda', 'employeecount', 'employees', 'numberofemployees'],
  custom1: ['fritt1', 'egetfält1', 'fritextfält1', 'custom1', 'customfield1'],
  custom2: ['fritt2', 'egetfält2', 'fritextfält2', 'custom2', 'customfield2'],
  notes: ['anteckningar', 'anteckning', 'noteringar', 'notering', 'kommentar', 'övrigt', 'notes', 'note', 'comment', 'comments'],
  inactive: ['inaktiv', 'passiv', 'inactive'],
};

const PERSON_LABELS: Record<PersonField, string[]> = {
  name: ['kontaktperson', 'namn', 'name', 'contactperson', 'contactname', 'fullname'],
  firstName: ['förnamn', 'fornamn', 'firstname', 'givenname'],
  lastName: ['efternamn', 'lastname', 'surname', 'familyname'],
  title: ['titel', 'befattning', 'roll', 'title', 'jobtitle', 'role'],
  phone: ['telefon', 'tel', 'direkttelefon', 'phone', 'directphone'],
  mobile: ['mobil', 'mobiltelefon', 'mobilnr', 'mobilnummer', 'mobile', 'mobilephone', 'cellphone', 'cell'],
  email: ['epost', 'epostadress', 'mejl', 'mail', 'email', 'emailaddress'],
  primary: ['huvudkontakt', 'primär', 'primary', 'primarycontact', 'main'],
};

/** Person fields that never name a contact field, so "Förnamn" alone means the first person's. */
const BARE_PERSON_FIELDS: PersonField[] = ['firstName', 'lastName', 'title', 'mobile', 'primary'];
/** "Kontaktperson" alone is the first person's full name. */
const BARE_PERSON_NAME = new Set(['kontaktperson', 'contactperson', 'contactname']);

const PERSON_PREFIXES = ['kontaktperson', 'kontakt', 'person', 'contactperson', 'contact', 'kp', 'cp'];

function lookup(labels: Record<string, string[]>): Map<string, string> {
  const m = new Map<string, string>();
  for (const [field, list] of Object.entries(labels)) {
    m.set(headerKey(field), field);
    for (const l of list) if (!m.has(headerKey(l))) m.set(headerKey(l), field);
  }
  return m;
}
const CONTACT_BY_LABEL = lookup(CONTACT_LABELS);
const PERSON_BY_LABEL = lookup(PERSON_LABELS);

/** A person column: a prefix with an optional slot number ("Kontaktperson 2 e-post", "person1.email"). */
function personField(key: string): RowField | undefined {
  for (const prefix of PERSON_PREFIXES) {
    if (!key.startsWith(prefix)) continue;
    const rest = key.slice(prefix.length);
    const m = /^([12])?(.*)$/.exec(rest)!;
    const slot = (m[1] ? Number(m[1]) : 1) as PersonSlot;
    const field = m[2] ? PERSON_BY_LABEL.get(m[2]) as PersonField | undefined : (m[1] ? 'name' : undefined);
    if (field) return `person${slot}.${field}`;
  }
  return undefined;
}

/** The field a header maps to by itself on a contacts file, or null. */
export function suggestRowField(header: string): RowField | null {
  const key = headerKey(header);
  if (!key) return null;
  if (BARE_PERSON_NAME.has(key)) return 'person1.name';
  const contact = CONTACT_BY_LABEL.get(key) as ContactField | undefined;
  if (contact) return contact;
  const person = PERSON_BY_LABEL.get(key) as PersonField | undefined;
  if (person && BARE_PERSON_FIELDS.includes(person)) return `person1.${person}`;
  return personField(key) ?? null;
}

/** The field a header maps to by itself on a persons file, or null. */
export function suggestPersonsFileField(header: string): PersonsFileField | null {
  const key = headerKey(header);
  if (!key) return null;
  if (CONTACT_BY_LABEL.get(key) === 'number' || key === 'contactnumber') return 'contactNumber';
  if (BARE_PERSON_NAME.has(key)) return 'name';
  const person = PERSON_BY_LABEL.get(key) as PersonField | undefined;
  if (person) return person;
  const prefixed = personField(key);
  return prefixed ? (prefixed.split('.')[1] as PersonField) : null;
}

/**
 * The mapping that headers get by themselves: each field taken once, by the first header that
 * names it (a second "Telefon" stays unmapped rather than overwriting the first).
 */
export function suggestMapping(headers: readonly string[], kind: 'contacts' | 'persons'): ImportMapping {
  const taken = new Set<string>();
  const out: ImportMapping = {};
  for (const h of headers) {
    const f = kind === 'contacts' ? suggestRowField(h) : suggestPersonsFileField(h);
    out[h] = f && !taken.has(f) ? f : null;
    if (f) taken.add(f);
  }
  return out;
}

/** The key a mapping is remembered by: the set of header names, order and case aside. */
export function mappingKey(headers: readonly string[], kind: 'contacts' | 'persons'): string {
  return `${kind}:${[...new Set(headers.map(headerKey))].sort().join('|')}`;
}

export function isRowField(f: string): f is RowField {
  return (ROW_FIELDS as readonly string[]).includes(f);
}
export function isPersonsFileField(f: string): f is PersonsFileField {
  return (PERSONS_FILE_FIELDS as readonly string[]).includes(f);
}

/** Header texts made unique and non-empty (a second "Telefon" becomes "Telefon (2)", an empty one "#3"). */
export function uniqueHeaders(headers: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return headers.map((h, i) => {
    const base = h.trim() || `#${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}
