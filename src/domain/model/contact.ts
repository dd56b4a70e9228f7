/**
 * Contacts (companies or private persons) and their contact persons, as the use cases and the
 * API see them. Any combination of the four types; the name is the only required field.
 */
export const CONTACT_TYPES = ['customer', 'supplier', 'partner', 'private'] as const;
export type ContactType = (typeof CONTACT_TYPES)[number];

export type Contact = {
  id: number;
  number: number;
  name: string;
  /** organisation (or personal identity) number; NNNNNN-NNNN when Swedish */
  orgNumber: string | null;
  types: ContactType[];
  category: string | null;
  lineOfBusiness: string | null;
  status: string | null;
  district: string | null;
  postalAddress: string | null;
  postalCode: string | null;
  city: string | null;
  country: string | null;
  phone: string | null;
  email: string | null;
  web: string | null;
  accountManagerId: number | null;
  turnover: number | null;
  employeeCount: number | null;
  custom1: string | null;
  custom2: string | null;
  notes: string | null;
  inactive: boolean;
  createdAt: string;
  updatedAt: string;
};

/** The writable fields of a contact, already normalised (trimmed, empty text as null). */
export type ContactValues = Omit<Contact, 'id' | 'number' | 'createdAt' | 'updatedAt'>;

export type ContactPerson = {
  id: number;
  contactId: number;
  firstName: string | null;
  lastName: string | null;
  title: string | null;
  phone: string | null;
  mobile: string | null;
  email: string | null;
  isPrimary: boolean;
  inactive: boolean;
  createdAt: string;
  updatedAt: string;
};

export type ContactPersonValues = Omit<ContactPerson, 'id' | 'contactId' | 'createdAt' | 'updatedAt'>;
