/**
 * The web UI's only way to the server: JSON over fetch with the session cookie. Errors become
 * `ApiError` carrying the server's code, message and field, so forms can show them beside the field.
 */
/** An error answer; its message (in the UI's language, see setApiLanguage) reads as a sentence. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly field?: string, readonly details?: Record<string, unknown>) {
    super(message.charAt(0).toUpperCase() + message.slice(1));
  }
}

/** The UI's language, sent as Accept-Language so that error messages come in it. */
let language = 'sv';
export function setApiLanguage(l: string): void { language = l; }

export async function api<T = unknown>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const res = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: { 'accept-language': language, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  const data = text ? JSON.parse(text) : undefined;
  if (!res.ok) {
    const e = data?.error ?? {};
    if (res.status === 401 && !path.startsWith('/api/auth/login')) window.dispatchEvent(new Event('kontakta:unauthenticated'));
    throw new ApiError(res.status, e.code ?? 'ERROR', e.message ?? res.statusText, e.field, e.details);
  }
  return data as T;
}

export const get = <T,>(path: string) => api<T>('GET', path);
export const post = <T,>(path: string, body?: unknown, headers?: Record<string, string>) => api<T>('POST', path, body ?? {}, headers);
export const patch = <T,>(path: string, body: unknown) => api<T>('PATCH', path, body);
export const del = <T,>(path: string) => api<T>('DELETE', path);

export type Page<T> = { items: T[]; nextCursor?: string | null; total?: number };

/** `?a=1&b=x` from the defined, non-empty values only. */
export function qs(params: Record<string, string | number | boolean | null | undefined>): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') u.set(k, String(v));
  const s = u.toString();
  return s ? `?${s}` : '';
}

/** Every item of a small register (types, statuses, employees…), following cursors. */
export async function listAll<T>(path: string, params: Record<string, string | number | boolean | undefined> = {}): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 50; i++) {
    const page = await get<Page<T>>(path + qs({ ...params, limit: 1000, cursor }));
    out.push(...page.items);
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return out;
}
