/**
 * Fastify's own refusals (bad URL, too long a parameter, unparsable or too large a body, a
 * content type it does not read) in the API's error shape: a code a script can branch on and
 * the part of the request at fault as `field`. Used by the error handler and for the router's
 * errors, which Fastify answers before any route or hook runs (`frameworkErrors`).
 */
import type { FastifyError } from 'fastify';
import type { ErrorBody } from './errors.js';

const BY_FASTIFY_CODE: Record<string, { code: string; field?: string }> = {
  FST_ERR_BAD_URL: { code: 'BAD_URL', field: 'url' },
  FST_ERR_MAX_PARAM_LENGTH: { code: 'URI_TOO_LONG', field: 'url' },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'INVALID_JSON', field: 'body' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'INVALID_JSON', field: 'body' },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'BODY_TOO_LARGE', field: 'body' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'UNSUPPORTED_MEDIA_TYPE', field: 'content-type' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'BAD_REQUEST', field: 'content-length' },
};

const BY_STATUS: Record<number, string> = {
  400: 'BAD_REQUEST', 404: 'NOT_FOUND', 405: 'METHOD_NOT_ALLOWED', 406: 'NOT_ACCEPTABLE', 413: 'BODY_TOO_LARGE',
  414: 'URI_TOO_LONG', 415: 'UNSUPPORTED_MEDIA_TYPE', 431: 'HEADERS_TOO_LARGE',
};

/** The answer for a 4xx Fastify error, or undefined when it is not one. */
export function frameworkError(err: FastifyError): { status: number; body: ErrorBody } | undefined {
  const status = err.statusCode;
  if (!status || status < 400 || status >= 500) return undefined;
  const known = err.code ? BY_FASTIFY_CODE[err.code] : undefined;
  const body: ErrorBody = { error: { code: known?.code ?? BY_STATUS[status] ?? 'BAD_REQUEST', message: err.message } };
  if (known?.field) body.error.field = known.field;
  return { status, body };
}
