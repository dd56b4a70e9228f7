/**
 * /api/auth/tokens: the sessions and API tokens people can see and revoke. Administrators see and
 * revoke everybody's, everybody else their own (someone else's id answers 404).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../context.js';
import { IdParams } from '../../contract/register-common.js';
import { TokenListQuerySchema, TokenPageSchema, TokenSchema } from '../../contract/auth.js';
import { listTokens } from '../../app/auth/list-tokens.js';
import { revokeToken } from '../../app/auth/revoke-token.js';

export const tokenRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store } = app.deps;
  const tags = ['auth'];

  app.get('/api/auth/tokens', { schema: { tags, querystring: TokenListQuerySchema, response: { 200: TokenPageSchema } } }, async (req) => {
    return listTokens(store, actorOf(req), req.query, req.auth?.tokenId);
  });

  app.delete('/api/auth/tokens/:id', { schema: { tags, params: IdParams, response: { 200: TokenSchema } } }, async (req) => {
    const revoked = await revokeToken(store, actorOf(req), req.params.id);
    return { ...revoked, current: revoked.id === req.auth?.tokenId };
  });
};
