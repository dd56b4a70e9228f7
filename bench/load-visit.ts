/**
 * One office user's visit for the load test (load.ts): what the web app asks for as a user logs
 * in, looks up customers, reads their cards and activity lists, opens the calendar week and starts
 * a group activity (wizard steps 2–3: a new draft, previews of the selection as it is typed, the
 * selection saved, the included contacts listed), then cancels it and logs out. Requests go as the
 * web app sends them: the session cookie, and the app's own Origin on state-changing requests.
 */
export type LoadUser = { id: number; email: string; cookie?: string; draftId?: number };
export type LoadData = {
  users: LoadUser[]; managers: number[]; contactIds: number[]; terms: string[]; cities: string[];
  /** one ISO week in UTC instants (Monday 00:00 Stockholm time) */
  weekFrom: string; weekTo: string;
};
export type Step = {
  kind: string;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: () => string;
  body?: () => unknown;
  after?: (status: number, text: string, headers: Record<string, unknown>) => void;
};

/** Every load user's password. */
export const PASSWORD = 'load-password-1';

/** `kontakta_session=…` out of a Set-Cookie header (a string, or autocannon's list of them). */
export function sessionCookie(header: string | string[] | null | undefined): string | undefined {
  for (const h of Array.isArray(header) ? header : header ? [header] : []) {
    const m = /(?:^|,\s*)(kontakta_session=[^;]*)/.exec(h);
    if (m) return m[1];
  }
  return undefined;
}

/**
 * The visit, its parts rotated by the user's index so the 50 users start in different places
 * (not 50 log-ins at the same instant) and each part always runs whole: every user holds a session
 * from before the clock starts, and log-out is followed by log-in within the same part.
 */
export function userVisit(user: LoadUser, index: number, data: LoadData): Step[] {
  let n = index * 7919;
  const pick = <T>(xs: T[]): T => xs[(n++ * 2654435761 >>> 0) % xs.length]!;
  const manager = () => pick(data.managers);
  let contactId = data.contactIds[0]!;
  const header = (headers: Record<string, unknown>, name: string) => {
    const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
    return key === undefined ? undefined : headers[key] as string | string[];
  };
  const q = (params: Record<string, string | number>) => new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, String(v)])).toString();
  const city = () => pick(data.cities);

  const lookUp: Step[] = [
    { kind: 'contact search', method: 'GET', path: () => `/api/contacts?${q({ q: pick(data.terms), limit: 50 })}` },
    { kind: 'contact card', method: 'GET', path: () => `/api/contacts/${(contactId = pick(data.contactIds))}` },
    { kind: 'contact card activities', method: 'GET', path: () => `/api/activities?${q({ contactId, expand: 'names', limit: 200, sort: 'startAt', dir: 'desc' })}` },
  ];
  const lists: Step[] = [
    { kind: 'activity list', method: 'GET', path: () => `/api/activities?${q({ responsibleId: manager(), expand: 'names', limit: 200 })}` },
    { kind: 'calendar week', method: 'GET', path: () => `/api/calendar?${q({ from: data.weekFrom, to: data.weekTo, employeeIds: `${user.id},${manager()}` })}` },
  ];
  const draftPath = (suffix = '') => `/api/group-activities/${user.draftId ?? 0}${suffix}`;
  const typed = () => ({ match: [{ field: 'city', condition: 'in', value: [city(), city()] }] });
  const selection = () => ({
    match: [
      { field: 'city', condition: 'in', value: [city(), city(), city()] },
      { connector: 'and', field: 'turnover', condition: 'between', value: [1_000_000, 100_000_000] },
    ],
  });
  const wizard: Step[] = [
    {
      kind: 'wizard: new draft', method: 'POST', path: () => '/api/group-activities', body: () => ({ mode: 'perContact' }),
      after: (status, text) => { if (status === 201) user.draftId = (JSON.parse(text) as { id: number }).id; },
    },
    { kind: 'wizard: preview count', method: 'POST', path: () => '/api/selections/preview', body: () => ({ selection: typed(), sampleSize: 10 }) },
    { kind: 'wizard: preview count', method: 'POST', path: () => '/api/selections/preview', body: () => ({ selection: selection(), sampleSize: 10 }) },
    { kind: 'wizard: save selection', method: 'PATCH', path: () => draftPath(), body: () => ({ selection: selection() }) },
    { kind: 'wizard: included contacts', method: 'GET', path: () => draftPath(`/contacts?${q({ side: 'included', limit: 50 })}`) },
    { kind: 'wizard: included contacts', method: 'GET', path: () => draftPath(`/contacts?${q({ side: 'included', limit: 50, offset: 50 })}`) },
    { kind: 'wizard: cancel draft', method: 'DELETE', path: () => draftPath() },
  ];
  const session: Step[] = [
    { kind: 'log-out', method: 'POST', path: () => '/api/auth/logout' },
    {
      kind: 'log-in', method: 'POST', path: () => '/api/auth/login', body: () => ({ email: user.email, password: PASSWORD }),
      after: (status, _text, headers) => {
        const cookie = status === 200 ? sessionCookie(header(headers, 'set-cookie')) : undefined;
        if (cookie) user.cookie = cookie;
      },
    },
    { kind: 'me', method: 'GET', path: () => '/api/auth/me' },
  ];
  const parts = [session, lookUp, lists, lookUp, wizard, lookUp, lists];
  const start = index % parts.length;
  return [...parts.slice(start), ...parts.slice(0, start)].flat();
}
