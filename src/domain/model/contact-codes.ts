/**
 * The code registers of contacts: category, line of business, status and district are chosen
 * from lists an administrator keeps (a short code and a label), like the activity types. The
 * contact stores the code, so selections and reports compare codes as before.
 */
export const CODE_FIELDS = ['category', 'lineOfBusiness', 'status', 'district'] as const;
export type CodeField = (typeof CODE_FIELDS)[number];

export type ContactCode = {
  id: number;
  field: CodeField;
  code: string;
  label: string;
  inactive: boolean;
  createdAt: string;
  updatedAt: string;
};

export type ContactCodeValues = { code: string; label: string; inactive: boolean };

/** A code is short: it is what lists, selections and exports show. */
export const MAX_CODE_LENGTH = 50;

export const isCodeField = (f: string): f is CodeField => (CODE_FIELDS as readonly string[]).includes(f);

/** The singular noun of each code register, for messages ("no category has the code …"). */
export const CODE_REGISTER_NAMES: Record<CodeField, string> = {
  category: 'category', lineOfBusiness: 'line of business', status: 'contact status', district: 'district',
};
