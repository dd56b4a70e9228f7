/** Checks of the company settings the calendar feeds use: the time zone and the public URL. */
import { validation } from '../errors.js';

/** True for an IANA zone name the runtime knows (Europe/Stockholm, UTC, …). */
export function isTimeZone(name: string): boolean {
  if (!/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** An absolute http(s) URL without a trailing slash, or null for empty. */
export function publicUrlOrNull(value: string | null): string | null {
  const v = value?.trim() ?? '';
  if (!v) return null;
  let u: URL;
  try { u = new URL(v); } catch { throw validation('publicUrl', 'expected an absolute URL such as https://crm.example.se'); }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw validation('publicUrl', 'the public URL must start with https:// or http://');
  if (u.search || u.hash) throw validation('publicUrl', 'the public URL may not have a query or fragment');
  return u.toString().replace(/\/+$/, '');
}
