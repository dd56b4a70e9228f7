/**
 * The API's field names in words, for error messages a person reads ("Namn: en text väntades"
 * instead of "name: Invalid input: expected string"). The error's `field` keeps the API's path;
 * only the message uses these. A field without an entry is shown by its path.
 */
import type { Locale } from './index.js';

const FIELDS: Record<string, [sv: string, en: string]> = {
  name: ['Namn', 'Name'], number: ['Nummer', 'Number'], subject: ['Ämne', 'Subject'],
  startAt: ['Start', 'Start'], endAt: ['Slut', 'End'], allDay: ['Heldag', 'All day'],
  alarmMinutes: ['Påminnelse', 'Reminder'], typeId: ['Aktivitetstyp', 'Activity type'], statusId: ['Status', 'Status'],
  priority: ['Prioritet', 'Priority'], done: ['Utförd', 'Done'], responsibleId: ['Ansvarig', 'Responsible'],
  notes: ['Anteckningar', 'Notes'], color: ['Färg', 'Colour'], showInTaskList: ['Visa i uppgiftslistan', 'Show in task list'],
  custom1: ['Eget fält 1', 'Custom field 1'], custom2: ['Eget fält 2', 'Custom field 2'],
  contactIds: ['Kontakter', 'Contacts'], contactPersonIds: ['Kontaktpersoner', 'Contact persons'],
  employeeIds: ['Anställda', 'Employees'], resourceIds: ['Resurser', 'Resources'],
  email: ['E-post', 'E-mail'], password: ['Lösenord', 'Password'], phone: ['Telefon', 'Phone'], mobile: ['Mobil', 'Mobile'],
  firstName: ['Förnamn', 'First name'], lastName: ['Efternamn', 'Last name'], title: ['Titel', 'Title'],
  postalAddress: ['Postadress', 'Postal address'], postalCode: ['Postnummer', 'Postal code'], city: ['Ort', 'City'],
  country: ['Land', 'Country'], web: ['Webb', 'Web'], turnover: ['Omsättning', 'Turnover'], employeeCount: ['Antal anställda', 'Number of employees'],
  category: ['Kategori', 'Category'], lineOfBusiness: ['Bransch', 'Line of business'], district: ['Distrikt', 'District'],
  accountManagerId: ['Kundansvarig', 'Account manager'], inactive: ['Inaktiv', 'Inactive'],
  selection: ['Urval', 'Selection'], match: ['Urval', 'Selection'], field: ['Fält', 'Field'], condition: ['Villkor', 'Condition'],
  value: ['Värde', 'Value'], mode: ['Antal aktiviteter', 'Number of activities'], distribution: ['Fördelning', 'Distribution'],
  count: ['Antal', 'Count'], weight: ['Vikt', 'Weight'], employeeId: ['Anställd', 'Employee'],
  standardDurationMinutes: ['Standardlängd', 'Standard duration'], description: ['Beskrivning', 'Description'],
  defaultAlarmMinutes: ['Påminnelse', 'Reminder'], limit: ['Antal rader', 'Number of rows'],
};

/** `match[0].value` → "Värde" (the last named part of the path), else the path as it is. */
export function fieldInWords(path: string, locale: Locale): string {
  const last = [...path.matchAll(/[A-Za-z_]\w*/g)].pop()?.[0];
  const words = last ? FIELDS[last] : undefined;
  return words ? words[locale === 'sv' ? 0 : 1] : path;
}

const KINDS: Record<string, [sv: string, en: string]> = {
  string: ['en text', 'text'], number: ['ett tal', 'a number'], int: ['ett heltal', 'a whole number'],
  boolean: ['ja eller nej', 'yes or no'], array: ['en lista', 'a list'], object: ['ett objekt', 'an object'],
  date: ['ett datum', 'a date'],
};

/** A schema's type error in plain words: "en text väntades" / "text expected". */
export function expectedKindInWords(expected: string | undefined, locale: Locale): string | undefined {
  const k = expected ? KINDS[expected] : undefined;
  if (!k) return undefined;
  return locale === 'sv' ? `${k[0]} väntades` : `${k[1]} expected`;
}
