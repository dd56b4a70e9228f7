/**
 * Fills the contact code registers through the API, so a test can give contacts a category,
 * line of business, status or district (the contacts API refuses codes a register lacks).
 * A code already there is fine: several tests of one suite may ask for the same code.
 */
import type { TestServer } from './http.js';

const PATHS = { category: '/api/categories', lineOfBusiness: '/api/lines-of-business', status: '/api/contact-statuses', district: '/api/districts' };

export async function addCodes(
  t: Pick<TestServer, 'api'>, codes: Partial<Record<keyof typeof PATHS, (string | [code: string, label: string])[]>>,
): Promise<void> {
  for (const [field, list] of Object.entries(codes) as [keyof typeof PATHS, (string | [string, string])[]][]) {
    for (const c of list) {
      const [code, label] = typeof c === 'string' ? [c, c] : c;
      const r = await t.api('POST', PATHS[field], { code, label });
      if (r.status !== 201 && r.status !== 409) throw new Error(`adding ${field} ${code} failed: ${r.status} ${JSON.stringify(r.body)}`);
    }
  }
}
