/** Requests and answers of /api/auth/tokens: sessions and API tokens, never their secrets. */
import { z } from 'zod';
import { PagingQuery, pageOf } from './register-common.js';

export const TokenSchema = z.object({
  id: z.number().int(),
  kind: z.enum(['session', 'api']),
  employeeId: z.number().int(),
  employeeName: z.string(),
  name: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  /** The token this request came with. */
  current: z.boolean(),
});

export const TokenListQuerySchema = z.strictObject({
  /** Administrators only: one employee's tokens (others always see their own). */
  employeeId: z.coerce.number().int().positive().optional(),
  kind: z.enum(['session', 'api']).optional(),
  ...PagingQuery,
});

export const TokenPageSchema = pageOf(TokenSchema);

export const LogoutSchema = z.object({
  ok: z.boolean(),
  /** What ended: the cookie's session, the bearer token, or nothing (it was already gone). */
  revoked: z.enum(['session', 'token', 'none']),
});
