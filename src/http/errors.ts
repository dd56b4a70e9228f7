/**
 * The one mapping from errors to HTTP answers: `{ error: { code, message, field? } }`.
 * AppError codes map to statuses; schema validation failures become 400 naming the field path.
 * Messages are English unless the request prefers Swedish (the web app sends its language):
 * then the known ones come in Swedish, schema errors through zod's Swedish messages.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, type ErrorCode } from '../domain/errors.js';
import { localizeErrorMessage } from '../i18n/server-errors.js';
import { pickLocale } from '../i18n/index.js';
import { frameworkError } from './framework-errors.js';
import { expectedKindInWords, fieldInWords } from '../i18n/field-names.js';

const STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409,
  TOO_MANY_ATTEMPTS: 429, UNSUPPORTED_MEDIA_TYPE: 415,
};

export type ErrorBody = { error: { code: string; message: string; field?: string; details?: Record<string, unknown> } };

/** `["match", 1, "field"]` → `match[1].field` */
export function formatPath(parts: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const p of parts) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out;
}

const enSchemaMessages = z.locales.en().localeError;
const svSchemaMessages = z.locales.sv().localeError;
type Issue = Parameters<typeof svSchemaMessages>[0];
// Without the input (not kept in the issue) zod's type message ends "received undefined": compare
// and answer without that tail.
const text = (m: ReturnType<typeof svSchemaMessages>) =>
  (m == null ? undefined : typeof m === 'string' ? m : m.message)?.replace(/, (received|fick) \w+$/, '');

export function errorHandler(err: FastifyError | AppError | Error, req: FastifyRequest, reply: FastifyReply) {
  // Swedish only when the request asks for it; a script that names no language reads English.
  const locale = pickLocale(req.headers['accept-language'], 'en');
  if (err instanceof AppError) {
    const body: ErrorBody = { error: { code: err.code, message: localizeErrorMessage(err.message, locale) } };
    if (err.field) body.error.field = err.field;
    if (err.details) body.error.details = err.details;
    if (typeof err.details?.retryAfterSeconds === 'number') reply.header('retry-after', String(err.details.retryAfterSeconds));
    return reply.code(STATUS[err.code]).send(body);
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const first = err.validation[0]!;
    const where = (err as FastifyError).validationContext; // body | querystring | params
    const segments = (first.instancePath ?? '').split('/').filter(Boolean).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    let path = formatPath(segments);
    let message = first.message ?? 'invalid value';
    if (locale === 'sv') {
      // zod's own message has a Swedish twin; a message the schema wrote goes through the catalogue.
      const issue = { code: first.keyword, path: segments, ...first.params } as unknown as Issue;
      const sv = text(enSchemaMessages(issue)) === text(message) ? text(svSchemaMessages(issue)) : undefined;
      message = sv ?? localizeErrorMessage(message, locale);
    }
    const keys = (first.params as { keys?: string[] } | undefined)?.keys;
    if (first.keyword === 'unrecognized_keys' && keys?.length) {
      path = path ? `${path}.${keys[0]}` : keys[0]!;
      message = localizeErrorMessage(`unknown field "${keys[0]}"`, locale);
    }
    // A person reads the message: the field in words, a type error as the kind of value wanted.
    if (first.keyword === 'invalid_type') message = expectedKindInWords((first.params as { expected?: string } | undefined)?.expected, locale) ?? message;
    const field = path || where || undefined;
    const label = field && first.keyword !== 'unrecognized_keys' ? fieldInWords(field, locale) : field;
    return reply.code(400).send({ error: { code: 'VALIDATION', message: label ? `${label}: ${message}` : message, field } });
  }
  const framework = frameworkError(err as FastifyError);
  if (framework) return reply.code(framework.status).send(framework.body);
  req.log.error({ err }, 'unhandled error');
  return reply.code(500).send({ error: { code: 'INTERNAL', message: 'internal error' } });
}
