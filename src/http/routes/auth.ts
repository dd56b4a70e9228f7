import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { logIn, SESSION_DAYS } from '../../app/auth/log-in.js';
import { logOut } from '../../app/auth/authenticate.js';
import { actorOf } from '../context.js';
import { EmployeeSchema } from '../../contract/employee.js';

export const SESSION_COOKIE = 'kontakta_session';

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/api/auth/login', {
    schema: {
      tags: ['auth'],
      body: z.strictObject({ email: z.string(), password: z.string() }),
      response: { 200: z.object({ employee: EmployeeSchema }) },
    },
  }, async (req, reply) => {
    const { employee, sessionSecret } = await logIn(app.deps.store, app.deps.clock, req.body);
    reply.setCookie(SESSION_COOKIE, sessionSecret, {
      path: '/', httpOnly: true, sameSite: 'lax', maxAge: SESSION_DAYS * 86_400,
    });
    return { employee };
  });

  app.post('/api/auth/logout', { schema: { tags: ['auth'], response: { 200: z.object({ ok: z.boolean() }) } } }, async (req, reply) => {
    const secret = req.cookies[SESSION_COOKIE];
    if (secret) await logOut(app.deps.store, secret);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  app.get('/api/auth/me', { schema: { tags: ['auth'], response: { 200: z.object({ employee: EmployeeSchema }) } } }, async (req) => {
    actorOf(req);
    return { employee: req.employee! };
  });
};
