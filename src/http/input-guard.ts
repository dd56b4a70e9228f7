/**
 * One check for every text a request brings — path parameters, query string and JSON body, keys
 * included — before any schema or use case sees it: a control character (but tab, CR, LF) or a
 * lone surrogate is refused with 400 naming the field (`body.notes` → `notes`, query `q` → `q`).
 * Doing it here, once, means no route can forget it and PostgreSQL never meets a NUL.
 */
import type { FastifyRequest } from 'fastify';
import { validation } from '../domain/errors.js';
import { TEXT_PROBLEM_MESSAGE, textProblem } from '../domain/input-limits.js';
import { formatPath } from './errors.js';

type Frame = { value: unknown; path: (string | number)[] };

/** Throws a VALIDATION AppError for the first bad text in `root`, naming its path. */
export function checkTexts(root: unknown, basePath: (string | number)[] = []): void {
  const stack: Frame[] = [{ value: root, path: basePath }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      const problem = textProblem(value);
      if (problem) throw validation(formatPath(path) || 'body', TEXT_PROBLEM_MESSAGE[problem]);
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
    } else if (value && typeof value === 'object') {
      const entries = Object.entries(value);
      for (const [k] of entries) {
        const problem = textProblem(k);
        if (problem) throw validation(formatPath([...path, k.replace(/[^\x20-\x7E]/g, '?')]), TEXT_PROBLEM_MESSAGE[problem]);
      }
      for (let i = entries.length - 1; i >= 0; i--) stack.push({ value: entries[i]![1], path: [...path, entries[i]![0]] });
    }
  }
}

/** preValidation hook: params, then query, then body. */
export async function guardRequestTexts(req: FastifyRequest): Promise<void> {
  checkTexts(req.params);
  checkTexts(req.query);
  checkTexts(req.body);
}
