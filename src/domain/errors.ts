/**
 * One error type for the whole application. Use cases throw it; HTTP maps `code` to a status in
 * one place (http/errors.ts) and the CLI maps it to an exit code and one readable line.
 */
export type ErrorCode = 'VALIDATION' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'TOO_MANY_ATTEMPTS' | 'UNSUPPORTED_MEDIA_TYPE';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** The request field the error is about, as a path: `selection.match[1].field`. */
    readonly field?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const validation = (field: string | undefined, message: string, details?: Record<string, unknown>) =>
  new AppError('VALIDATION', message, field, details);
export const notFound = (what: string, id?: unknown) =>
  new AppError('NOT_FOUND', id === undefined ? `${what} not found` : `${what} ${String(id)} not found`);
export const conflict = (message: string, field?: string, details?: Record<string, unknown>) =>
  new AppError('CONFLICT', message, field, details);
export const forbidden = (message = 'administrator role required') => new AppError('FORBIDDEN', message);
export const unauthenticated = (message = 'log in or send a bearer token') => new AppError('UNAUTHENTICATED', message);
/** A refused login while the account or address is locked; `retryAfterSeconds` becomes `Retry-After`. */
export const tooManyAttempts = (retryAfterSeconds: number, scope: 'account' | 'address') => new AppError(
  'TOO_MANY_ATTEMPTS',
  retryAfterSeconds < 120
    ? `too many failed log-in attempts; try again in ${retryAfterSeconds} ${retryAfterSeconds === 1 ? 'second' : 'seconds'}`
    : `too many failed log-in attempts; try again in ${Math.ceil(retryAfterSeconds / 60)} minutes`,
  undefined, { retryAfterSeconds, scope },
);
