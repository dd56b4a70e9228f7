/**
 * One check for every text a request brings — path parameters, query string and JSON body, keys
 * included — before any schema or use case sees it: a control character (but tab, CR, LF) or a
 * lone surrogate is refused with 400 naming the field (`body.notes` → `notes`, query `q` → `q`).
 * Doing it here, once, means no route can forget it and PostgreSQL never meets a NUL. The rule
 * itself lives in domain/input-limits.ts (the CLI applies it to its JSON arguments too).
 */
import { Stream } from 'node:stream';
import type { FastifyRequest } from 'fastify';
import { checkTexts } from '../domain/input-limits.js';

/** preValidation hook: params, then query, then body. */
export async function guardRequestTexts(req: FastifyRequest): Promise<void> {
  checkTexts(req.params, [], 'params');
  checkTexts(req.query, [], 'query');
  // A file upload's body is the raw stream (its cells are checked as they are read), not JSON:
  // walking the stream object would never end.
  if (!(req.body instanceof Stream)) checkTexts(req.body, [], 'body');
}
