/**
 * Keeps the door shut on bad input: for every route the API publishes in /api/openapi.json,
 * fast-check sends requests with one malformed part inside an otherwise well-formed request
 * (a path parameter, one query parameter, one body field, the body as a whole), then wholly random
 * ones (method, path, query, raw body, content type), with the admin's token and without.
 * The server must never answer 5xx, must keep answering, and every 4xx — Fastify's own
 * 400/404/413/414/415 included — carries `error.code`, and `error.field` for a validation error.
 * Bounded (a few hundred requests per database, a fixed seed) so `npm test` stays fast.
 */
import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { describeEachServer } from '../support/http.js';
import { createApiToken } from '../../src/app/auth/create-api-token.js';
import { systemClock } from '../../src/app/ports/clock.js';

type Schema = {
  type?: string; nullable?: boolean; enum?: unknown[]; properties?: Record<string, Schema>; required?: string[];
  items?: Schema; oneOf?: Schema[]; anyOf?: Schema[]; maxItems?: number; maxLength?: number; minimum?: number; maximum?: number;
};
type Param = { in: 'path' | 'query' | 'header'; name: string; schema: Schema };
type Route = { method: string; path: string; params: Param[]; body?: Schema };

const SEED = 20261201;
const RUNS_PER_KIND = 160;

/** Text and values that once broke something somewhere, and their relatives. */
const NASTY_TEXT = [
  'a\u0000b', '\u0000', '\u0007bell', '\u001b[31m', '\u007f', '\u0085', '\ud800', 'x\udc00', '\udbff\udfff', '\u{10FFFF}', '\ufeff',
  "x' OR 1=1 --", '"; drop table contacts; --', '%00', '%', '%E0%A4%A', '../../etc/passwd', '<script>alert(1)</script>', '=cmd|x',
  '2147483648', '2147483647', '-2147483649', '9007199254740993', '1e400', '-0', 'NaN', 'Infinity', '0x10', ' 1', '1 ', '', ' ',
  'true', 'null', '[]', '{}', 'W3siYSI6MX1d', 'W3RydWVd', 'W1tdXQ', 'WzFlKzMwOCwxZSszMDhd', 'x'.repeat(5000),
];
const nastyText = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_TEXT) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
);
const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  nastyText,
  fc.constantFrom(2147483648, -2147483649, 2 ** 53, -(2 ** 53), 1e308, -1e308, 0, -1, 0.5, true, false, null, [], {}, [null], { match: 'x' }),
  fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.jsonValue({ maxDepth: 3 }),
);

/** A value the schema accepts (as far as a JSON Schema says; the use case may still refuse it). */
function valid(s: Schema | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (!s || depth > 5) return fc.constant({ match: [] });
  const withNull = (a: fc.Arbitrary<unknown>) => (s.nullable ? fc.oneof({ weight: 4, arbitrary: a }, { weight: 1, arbitrary: fc.constant(null) }) : a);
  if (s.enum) return withNull(fc.constantFrom(...s.enum));
  const options = s.oneOf ?? s.anyOf;
  if (options) return withNull(fc.oneof(...options.map((o) => valid(o, depth + 1))));
  switch (s.type) {
    case 'string': return withNull(fc.string({ minLength: 1, maxLength: Math.min(s.maxLength ?? 12, 12) }).filter((x) => x.trim() !== ''));
    case 'integer': return withNull(fc.integer({ min: Math.max(s.minimum ?? 0, 1), max: Math.min(s.maximum ?? 6, 6) }));
    case 'number': return withNull(fc.double({ min: 0, max: 1000, noNaN: true }));
    case 'boolean': return withNull(fc.boolean());
    case 'array': return withNull(fc.array(valid(s.items, depth + 1), { maxLength: Math.min(s.maxItems ?? 3, 3) }));
    case 'object': {
      const props = s.properties ?? {};
      if (!Object.keys(props).length) return withNull(fc.constant({}));
      const shape = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, valid(v, depth + 1)]));
      return withNull(fc.record(shape, { requiredKeys: s.required ?? [] }));
    }
    default: return fc.constant({ match: [] }); // `selection` and other free JSON
  }
}

function routesOf(openapi: any): Route[] {
  const out: Route[] = [];
  for (const [path, methods] of Object.entries<Record<string, any>>(openapi.paths)) {
    for (const [method, op] of Object.entries<any>(methods)) {
      out.push({
        method: method.toUpperCase(), path, params: (op.parameters ?? []) as Param[],
        body: op.requestBody?.content?.['application/json']?.schema,
      });
    }
  }
  return out;
}

/** encodeURIComponent, but a lone surrogate goes out as the (invalid) UTF-8 bytes a client could send. */
function encodePart(s: string): string {
  const lone = /([\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF])/;
  return s.split(lone).map((piece, i) => (i % 2 ? '%ED%A0%80' : encodeURIComponent(piece))).join('');
}

type Req = { method: string; url: string; body?: string; contentType?: string; auth: boolean };

/** A well-formed request for a route, with exactly one part made malformed (or none). */
function oneMalformed(route: Route): fc.Arbitrary<Req> {
  const pathParams = route.params.filter((p) => p.in === 'path');
  const queryParams = route.params.filter((p) => p.in === 'query');
  const goodPath = fc.record(Object.fromEntries(pathParams.map((p) => [p.name, fc.integer({ min: 2, max: 6 }).map(String)])));
  const goodQuery = fc.record(Object.fromEntries(queryParams.map((p) => [p.name, valid(p.schema).map((v) => String(v))])), { requiredKeys: [] });
  const goodBody = route.body ? valid(route.body) : fc.constant(undefined);
  const part = fc.constantFrom(...(['none', 'path', 'query', 'body', 'wholeBody'] as const));
  return fc.record({ part, path: goodPath, query: goodQuery, body: goodBody, auth: fc.boolean(), nasty: nastyValue, nastyText, key: fc.nat() })
    .map(({ part, path, query, body, auth, nasty, nastyText: text, key }) => {
      const p = { ...path } as Record<string, string>;
      const q = { ...query } as Record<string, string>;
      let b: unknown = body;
      let rawBody: string | undefined;
      if (part === 'path' && pathParams.length) p[pathParams[key % pathParams.length]!.name] = text;
      if (part === 'query') q[queryParams.length ? queryParams[key % queryParams.length]!.name : 'cursor'] = text;
      if (part === 'body') {
        if (b && typeof b === 'object' && !Array.isArray(b)) {
          const names = Object.keys(route.body?.properties ?? {});
          b = { ...(b as object), [names.length ? names[key % names.length]! : 'x']: nasty };
        } else b = nasty;
      }
      if (part === 'wholeBody') rawBody = [JSON.stringify(nasty) ?? '', '{', '[1,', '"\\ud800"', '{"a":"\\u0000"}', 'null'][key % 6]!;
      const url = route.path.replace(/\{(\w+)\}/g, (_, name: string) => encodePart(p[name] ?? '1'))
        + (Object.keys(q).length ? `?${new URLSearchParams(q).toString()}` : '');
      const sendsBody = route.method !== 'GET' && route.method !== 'DELETE' && (rawBody !== undefined || b !== undefined);
      return {
        method: route.method, url, auth,
        body: sendsBody ? (rawBody ?? JSON.stringify(b)) : undefined,
        contentType: sendsBody ? 'application/json' : undefined,
      };
    });
}

/** Anything at all: method, a route's path with random segments, raw query, raw body, any content type. */
function whollyRandom(routes: Route[]): fc.Arbitrary<Req> {
  const segment = fc.oneof(fc.constantFrom('%', '%00', '%E0%A4%A', '..', '', 'x'.repeat(300), '2147483648', '-1', '1.5'), fc.webSegment());
  return fc.record({
    method: fc.constantFrom('GET', 'POST', 'PATCH', 'PUT', 'DELETE'),
    route: fc.constantFrom(...routes),
    segment,
    query: fc.oneof(fc.constant(''), fc.webQueryParameters(), fc.constantFrom('cursor=%ZZ', 'limit=-1&limit=2', 'q=%ED%A0%80', 'a[b]=1&a[c][d]=2', 'cursor=')),
    body: fc.oneof(fc.constant(undefined), fc.string({ unit: 'binary', maxLength: 200 }), fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v))),
    contentType: fc.constantFrom(undefined, 'application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=latin1', 'application/xml'),
    auth: fc.boolean(),
  }).map(({ method, route, segment, query, body, contentType, auth }) => ({
    method, auth,
    url: route.path.replace(/\{\w+\}/g, segment) + (query ? `?${query}` : ''),
    body: method === 'GET' ? undefined : body,
    contentType: method === 'GET' ? undefined : contentType,
  }));
}

describeEachServer('fuzz every route', (t) => {
  let routes: Route[] = [];
  let token = '';
  beforeAll(async () => {
    routes = routesOf((await t.api('GET', '/api/openapi.json')).body);
    token = t.adminToken;
    // A little of everything so well-formed requests reach real rows.
    for (let i = 0; i < 5; i++) await t.api('POST', '/api/contacts', { name: `Fuzz ${i}` });
    await t.api('POST', '/api/employees', { name: 'Fuzz Säljare', isAccountManager: true });
    await t.api('POST', '/api/group-activities', { mode: 'perContact' });
  });

  async function send(r: Req): Promise<{ status: number; text: string } | undefined> {
    const headers: Record<string, string> = {};
    if (r.auth) headers.authorization = `Bearer ${token}`;
    if (r.contentType) headers['content-type'] = r.contentType;
    let res: Response;
    try {
      res = await fetch(t.baseUrl + r.url, { method: r.method, headers, body: r.body });
    } catch (e) {
      // Only the client may refuse to send (a URL or header it cannot write); the server must answer.
      if (e instanceof TypeError && !String((e as { cause?: unknown }).cause ?? '').includes('ECONNREFUSED')) return undefined;
      throw e;
    }
    return { status: res.status, text: await res.text() };
  }

  async function check(r: Req): Promise<void> {
    const res = await send(r);
    if (!res) return;
    const where = `${r.method} ${r.url} ${r.body?.slice(0, 200) ?? ''} → ${res.status} ${res.text.slice(0, 300)}`;
    expect(res.status, where).toBeLessThan(500);
    if (res.status >= 400) {
      const body = JSON.parse(res.text) as { error?: { code?: unknown; field?: unknown } };
      expect(typeof body.error?.code, where).toBe('string');
      if (body.error?.code === 'VALIDATION') expect(typeof body.error.field === 'string' && body.error.field !== '', where).toBe(true);
    }
    // A request may have changed the admin's password or token: keep one that works.
    if (r.auth && res.status === 401) {
      const admin = await t.store.auth.findCredentialsByEmail('admin@example.test');
      token = await createApiToken(t.store, systemClock, { employeeId: admin!.employee.id });
    }
  }

  it('answers one malformed part at a time without 5xx, with a code and a field', async () => {
    await fc.assert(fc.asyncProperty(fc.constantFrom(...routes).chain(oneMalformed), check), { seed: SEED, numRuns: RUNS_PER_KIND * 2 });
    expect((await t.api('GET', '/api/health')).status).toBe(200);
  });

  it('answers wholly random requests without 5xx and keeps running', async () => {
    await fc.assert(fc.asyncProperty(whollyRandom(routes), check), { seed: SEED, numRuns: RUNS_PER_KIND });
    expect((await t.api('GET', '/api/health')).status).toBe(200);
  });

  it('covers every published route', () => {
    expect(routes.length).toBeGreaterThan(50);
    expect(routes.some((r) => r.path === '/api/auth/login')).toBe(true);
  });
});
