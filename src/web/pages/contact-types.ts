/** The contact and contact-person shapes the API answers (see api-conventions). */
export type ContactTypeName = 'customer' | 'supplier' | 'partner' | 'private';
export const CONTACT_TYPE_NAMES: ContactTypeName[] = ['customer', 'supplier', 'partner', 'private'];

export type ContactRow = {
  id: number; number: number; name: string; orgNumber: string | null; types: ContactTypeName[];
  category: string | null; lineOfBusiness: string | null; status: string | null; district: string | null;
  postalAddress: string | null; postalCode: string | null; city: string | null; country: string | null;
  phone: string | null; email: string | null; web: string | null; accountManagerId: number | null;
  turnover: number | null; employeeCount: number | null; custom1: string | null; custom2: string | null;
  notes: string | null; inactive: boolean; createdAt: string; updatedAt: string;
};

export type PersonRow = {
  id: number; contactId: number; firstName: string | null; lastName: string | null; title: string | null;
  phone: string | null; mobile: string | null; email: string | null; isPrimary: boolean; inactive: boolean;
};

export const personName = (p: Pick<PersonRow, 'firstName' | 'lastName'>) => [p.firstName, p.lastName].filter(Boolean).join(' ');
