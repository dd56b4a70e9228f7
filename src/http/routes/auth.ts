import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { logIn } from '../../app/auth/log-in.js';
import { logOut } from '../../app/auth/authenticate.js';
import { actorOf } from '../context.js';
import { EmployeeSchema } from '../../contract/employee.js';
import { LogoutSchema } from '../../contract/auth.js';
import { DEFAULT_SECURITY, sessionCookieOptions } from '../security.js';

export const SESSION_COOKIE = 'kontakta_session';

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const security = app.deps.security ?? DEFAULT_SECURITY;

  app.post('/api/auth/login', {
    schema: {
      tags: ['auth'],
      description: 'Opens a session (cookie). Failed attempts are throttled per account and per client address: '
        + 'a locked one answers 429 with Retry-After.',
      body: z.strictObject({ email: z.string(), password: z.string() }),
      response: { 200: z.object({ employee: EmployeeSchema }) },
    },
  }, async (req, reply) => {
    const { employee, sessionSecret } = await logIn(app.deps.store, app.deps.clock, req.body, { address: req.ip, lifetime: security.session });
    reply.setCookie(SESSION_COOKIE, sessionSecret, sessionCookieOptions(req, security));
    return { employee };
  });

  app.post('/api/auth/logout', {
    schema: {
      tags: ['auth'],
      description: 'Ends the session of the cookie, or revokes the bearer token the request came with.',
      response: { 200: LogoutSchema },
    },
  }, async (req, reply) => {
    // The credential this request authenticated with; a bearer token wins over a cookie, as in authentication.
    const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const secret = bearer ?? req.cookies[SESSION_COOKIE];
    const ended = secret ? await logOut(app.deps.store, secret) : false;
    if (!bearer) {
      const { maxAge: _maxAge, ...cookieOptions } = sessionCookieOptions(req, security);
      reply.clearCookie(SESSION_COOKIE, cookieOptions);
    }
    return { ok: true, revoked: !ended ? 'none' as const : bearer ? 'token' as const : 'session' as const };
  });

  app.get('/api/auth/me', { schema: { tags: ['auth'], response: { 200: z.object({ employee: EmployeeSchema }) } } }, async (req) => {
    actorOf(req);
    return { employee: req.employee! };
  });
};
