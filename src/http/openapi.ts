/**
 * The OpenAPI document, made complete in one place instead of in every route file: named
 * components for shared and recursive schemas (the zod registry), and, over the finished
 * document, a summary and an operationId for every operation (from the table below, else from
 * its method and path), the error answers each can give with one shared Error schema, `servers`,
 * and the guide (how to get a token, the selection language) as the description. /api/docs serves
 * it with Swagger UI (@fastify/swagger-ui), whose page loads only its own script files, so it
 * works under a Content-Security-Policy that allows scripts from 'self' alone.
 */
import type { FastifyInstance } from 'fastify';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CatalogueFieldSchema } from '../contract/selection.js';

/** Schemas the document shows by name; the recursive one must be named to be valid at all. */
const NAMED: [z.ZodType, string][] = [[CatalogueFieldSchema, 'SelectionCatalogueField']];
for (const [schema, id] of NAMED) if (!z.globalRegistry.has(schema)) z.globalRegistry.add(schema, { id });

export const PUBLIC_OPERATIONS = new Set(['POST /api/auth/login', 'GET /api/health']);

/** Summaries (and operationIds) where the one made from method and path would say too little. */
const SUMMARIES: Record<string, [string, string]> = {
  'GET /api/health': ['Health check (no login needed)', 'getHealth'],
  'POST /api/auth/login': ['Log in: answers a session cookie', 'logIn'],
  'POST /api/auth/logout': ['Log out', 'logOut'],
  'GET /api/auth/me': ['The logged-in employee', 'getMe'],
  'POST /api/auth/password': ['Change your own password', 'changePassword'],
  'GET /api/selections/fields': ['The fields, conditions and values of the selection language', 'listSelectionFields'],
  'POST /api/selections/preview': ['Count and list the contacts a selection matches', 'previewSelection'],
  'GET /api/activities/report': ['The activity list as an HTML, PDF or CSV report', 'getActivityListReport'],
  'GET /api/group-activities/{id}/report': ['Check report or activity report of a group activity', 'getGroupActivityReport'],
  'GET /api/group-activities/{id}/progress': ['Progress of a running finish', 'getGroupActivityProgress'],
  'POST /api/imports/files': ['Upload a file to import (raw body)', 'uploadImportFile'],
  'GET /api/imports/files/{fileId}': ['Preview an uploaded file with other reading options', 'previewImportFile'],
  'POST /api/imports': ['Start an import or a dry run', 'startImport'],
  'GET /api/imports/jobs/{id}': ['Progress and result of an import', 'getImportJob'],
  'GET /api/imports/jobs/{id}/rejected': ['Download the rejected rows of an import (CSV)', 'getImportRejectedRows'],
  'GET /api/imports': ['List the latest imports', 'listImports'],
  'POST /api/imports/{id}/undo': ['Undo an import', 'undoImport'],
  'GET /api/contacts/export': ['Export the contact list (CSV or .xlsx)', 'exportContacts'],
  'GET /api/audit': ['List the audit log', 'listAuditLog'],
  'GET /api/settings': ['Get the company settings', 'getSettings'],
  'PATCH /api/settings': ['Update the company settings', 'updateSettings'],
  'GET /api/selections': ['List saved selections', 'listSavedSelections'],
  'POST /api/selections': ['Save a selection', 'createSavedSelection'],
  'GET /api/selections/{id}': ['Get a saved selection', 'getSavedSelection'],
  'PUT /api/selections/{id}': ['Replace a saved selection', 'replaceSavedSelection'],
  'PATCH /api/selections/{id}': ['Update a saved selection', 'updateSavedSelection'],
  'DELETE /api/selections/{id}': ['Delete a saved selection', 'deleteSavedSelection'],
  'GET /api/contacts/{id}/persons': ['List the persons of a contact', 'listPersonsOfContact'],
  'POST /api/contacts/{id}/persons': ['Add a person to a contact', 'createContactPerson'],
  'GET /api/group-activities/{id}/contacts': ['List the included or excluded contacts of a group activity', 'listGroupActivityContacts'],
  'POST /api/group-activities/{id}/moves': ['Move contacts in or out of a group activity', 'moveGroupActivityContacts'],
  'GET /api/group-activities/{id}/distribution': ['Preview how the activities are distributed over employees', 'previewGroupActivityDistribution'],
  'POST /api/group-activities/{id}/finish': ['Finish a group activity: create its activities', 'finishGroupActivity'],
  'PATCH /api/group-activities/{id}/card': ['Change the card of every activity of a group activity', 'updateGroupActivityCard'],
  'DELETE /api/group-activities/{id}/activities': ['Undo a finished group activity: delete its activities', 'undoGroupActivity'],
  'DELETE /api/group-activities/{id}': ['Cancel or delete a group activity', 'deleteGroupActivity'],
  'GET /api/activities/export': ['Export the activity list (CSV or .xlsx)', 'exportActivities'],
};

const GUIDE = `
CRM for planned customer work: registers, contacts, activities, group activities, reports, import and export.

## Authentication
Every route but \`POST /api/auth/login\` and \`GET /api/health\` needs a login. Either

* log in with \`POST /api/auth/login\` \`{"email": "…", "password": "…"}\` and send the session cookie it sets, or
* create an API token with \`kontakta token create\` on the server and send
  \`Authorization: Bearer <token>\`.

## Conventions
Lists take \`?limit=&cursor=\` (50 by default, at most 1,000) and answer \`{ "items": [...], "nextCursor": "…" | null }\`.
Creates answer 201. Errors answer \`{ "error": { "code", "message", "field" } }\` with the field named by its path;
send \`Accept-Language: sv\` for Swedish messages.

## The selection language
A selection picks contacts: a list of criteria joined by \`and\`/\`or\`, each a field, a condition and a value;
\`GET /api/selections/fields\` lists the fields with their conditions. Examples:

\`\`\`json
{ "match": [ { "field": "city", "condition": "in", "value": ["Stockholm", "Göteborg"] },
             { "connector": "and", "field": "turnover", "condition": "between", "value": [1000000, 5000000] } ] }
\`\`\`
\`\`\`json
{ "match": [ { "field": "category", "condition": "eq", "value": "A" },
             { "connector": "or", "group": [ { "field": "city", "condition": "eq", "value": "Kiruna" },
                                             { "connector": "and", "field": "types", "condition": "eq", "value": "customer" } ] } ] }
\`\`\`
Try one with \`POST /api/selections/preview\`.
`.trim();

const ERROR_SCHEMA = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string', enum: ['VALIDATION', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'BAD_REQUEST'] },
        message: { type: 'string', description: 'A sentence, in Swedish when the request asks for it' },
        field: { type: 'string', description: 'The request field the error is about, as a path: selection.match[1].value' },
        details: { type: 'object', additionalProperties: true },
      },
    },
  },
  example: { error: { code: 'VALIDATION', message: 'name: name is required', field: 'name' } },
};

const ERROR_TEXT: Record<string, string> = {
  400: 'Bad input: the error names the field',
  401: 'Not logged in: send the session cookie or a bearer token',
  403: 'Not allowed for this employee',
  404: 'Not found',
  409: 'In conflict with the current state',
};

type Operation = {
  summary?: string; operationId?: string; description?: string; parameters?: unknown[]; requestBody?: unknown;
  responses?: Record<string, { description?: string; content?: unknown }>; security?: unknown[];
};

const words = (path: string) => path.replace(/^\/api\//, '').split('/').filter((s) => s && !s.startsWith('{'));
const camel = (parts: string[]) => parts.map((p, i) => {
  const w = p.replace(/[^a-zA-Z0-9]+(.)/g, (_, c: string) => c.toUpperCase());
  return i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1);
}).join('');
const singular = (w: string) => w.replace(/ies$/, 'y').replace(/(ss|us)es$/, '$1').replace(/([^su])s$/, '$1');
const a = (w: string) => (/^[aeiou]/i.test(w) ? `an ${w}` : `a ${w}`);
const ACTIONS = new Set(['undo', 'finish', 'cancel', 'moves', 'move', 'card', 'preview', 'distribution', 'check', 'report', 'progress', 'contacts', 'persons']);

/** "GET /api/contacts/{id}" → ["Get a contact", "getContact"], from the path when the table has none. */
function describe(method: string, path: string): [string, string] {
  const parts = words(path);
  const item = path.endsWith('}');
  const last = parts.at(-1) ?? 'root';
  const human = (ws: string[]) => ws.join(' ').replace(/-/g, ' ');
  if (parts.length > 1 && ACTIONS.has(last) && !item) {
    const owner = singular(parts.at(-2)!);
    const verb = method === 'GET' ? 'Get' : method === 'DELETE' ? 'Delete' : method === 'PATCH' ? 'Update' : 'Post';
    return [`${verb} ${human([last])} of ${a(human([owner]))}`, camel([verb.toLowerCase(), owner, last])];
  }
  const thing = item ? singular(last) : last;
  switch (method) {
    case 'GET': return item ? [`Get ${a(human([thing]))}`, camel(['get', ...parts.slice(0, -1), thing])] : [`List ${human([thing])}`, camel(['list', ...parts])];
    case 'POST': return [`Create ${a(human([singular(thing)]))}`, camel(['create', ...parts.slice(0, -1), singular(thing)])];
    case 'PATCH': case 'PUT': return [`Update ${a(human([thing]))}`, camel(['update', ...parts.slice(0, -1), thing])];
    case 'DELETE': return [`Delete ${a(human([thing]))}`, camel(['delete', ...parts.slice(0, -1), thing])];
    default: return [`${method} ${path}`, camel([method.toLowerCase(), ...parts])];
  }
}

/** `nullable` needs a `type` in OpenAPI 3.0: a nullable union of objects is an object. */
function fixNullable(node: unknown): void {
  if (Array.isArray(node)) { node.forEach(fixNullable); return; }
  if (!node || typeof node !== 'object') return;
  const o = node as Record<string, unknown>;
  if (o.nullable === true && o.type === undefined) {
    const members = (o.oneOf ?? o.anyOf ?? o.allOf) as { type?: string }[] | undefined;
    if (members?.every((m) => m.type === 'object')) o.type = 'object';
    else delete o.nullable;
  }
  for (const v of Object.values(o)) fixNullable(v);
}

/** Completes the document @fastify/swagger made (see the file comment). */
export function completeDocument(input: Parameters<typeof jsonSchemaTransformObject>[0]) {
  const doc = jsonSchemaTransformObject(input) as unknown as {
    info: { description?: string }; servers?: unknown[]; paths: Record<string, Record<string, Operation>>;
    components?: { schemas?: Record<string, unknown> };
  };
  doc.info.description = GUIDE;
  doc.servers = [{ url: '/', description: 'This Kontakta server' }];
  doc.components ??= {};
  doc.components.schemas = { ...doc.components.schemas, Error: ERROR_SCHEMA };
  const used = new Set<string>();
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [m, op] of Object.entries(ops)) {
      const method = m.toUpperCase();
      const key = `${method} ${path}`;
      const [summary, id] = SUMMARIES[key] ?? describe(method, path);
      op.summary ??= summary;
      let operationId = op.operationId ?? id;
      for (let n = 2; used.has(operationId); n++) operationId = `${id}${n}`;
      used.add(operationId);
      op.operationId = operationId;
      op.responses ??= {};
      for (const r of Object.values(op.responses)) if (!r.description || r.description === 'Default Response') r.description = 'OK';
      const codes: number[] = [];
      if (op.parameters?.length || op.requestBody) codes.push(400);
      if (!PUBLIC_OPERATIONS.has(key)) codes.push(401);
      if (path.includes('/settings') || path.includes('/employees')) codes.push(403);
      if (path.includes('{')) codes.push(404);
      if (method === 'DELETE' || /\/(undo|finish|cancel)$/.test(path) || method === 'PATCH') codes.push(409);
      for (const code of codes) {
        op.responses[String(code)] ??= {
          description: ERROR_TEXT[code]!, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        };
      }
    }
  }
  fixNullable(doc.paths);
  return doc as never;
}

/**
 * /api/docs: Swagger UI over /api/openapi.json, behind the same login as the API. With 150 and
 * more rows (tags and operations) Swagger UI 5 renders the list virtualised: only the operations
 * near the screen are in the page, the rest appear as one scrolls (not a rendering failure).
 * Its policy (the app's, plus the hash of its logo's inline style) is set in security.ts.
 */
export async function registerApiDocs(app: FastifyInstance): Promise<void> {
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: { docExpansion: 'list', deepLinking: true, persistAuthorization: false, tryItOutEnabled: false },
    staticCSP: false,
  });
}
