/**
 * Builds the Fastify server: JSON API under /api (zod-validated, published as OpenAPI at
 * /api/openapi.json), cookie sessions and bearer tokens, and the built web UI on the same port.
 * A thin shell: every route parses input and calls one use case.
 */
import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import fastifyStatic from '@fastify/static';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServerDeps } from './context.js';
import { errorHandler } from './errors.js';
import { guardRequestTexts } from './input-guard.js';
import { authenticate } from '../app/auth/authenticate.js';
import { authRoutes, SESSION_COOKIE } from './routes/auth.js';
import { tokenRoutes } from './routes/tokens.js';
import { apiRoutes } from './routes/index.js';
import { DEFAULT_SECURITY, registerSecurity } from './security.js';
import { hashToken } from '../app/auth/passwords.js';
import { completeDocument, registerApiDocs } from './openapi.js';

const PUBLIC_API = new Set(['POST /api/auth/login', 'GET /api/health']);

export async function buildServer(deps: ServerDeps): Promise<FastifyInstance> {
  const security = deps.security ?? DEFAULT_SECURITY;
  const app = Fastify({
    logger: deps.logger ?? false,
    bodyLimit: 20 * 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
    trustProxy: security.trustProxy,
    // The router's own refusals (a malformed URL, an over-long parameter) in the API's error shape.
    frameworkErrors: (err, req, reply) => errorHandler(err, req, reply),
  }).withTypeProvider<ZodTypeProvider>();
  app.decorate('deps', deps);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  await registerSecurity(app, security);
  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      info: { title: 'Kontakta API', version: '1.0.0', description: 'CRM for planned customer work: registers, activities and group activities.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' }, cookie: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } } },
      security: [{ bearer: [] }, { cookie: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: completeDocument,
  });
  await registerApiDocs(app);

  // Every /api route but login and health needs a session cookie or a bearer token.
  app.addHook('onRequest', async (req, reply) => {
    if (!req.url.startsWith('/api/')) return;
    const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const secret = bearer ?? req.cookies[SESSION_COOKIE];
    const owner = await authenticate(deps.store, deps.clock, secret, security.session);
    req.employee = owner?.employee;
    if (owner && secret) req.auth = { tokenId: owner.tokenId, tokenHash: hashToken(secret), kind: owner.kind, via: bearer ? 'bearer' : 'cookie' };
    const route = `${req.method} ${req.url.split('?')[0]}`;
    // A calendar feed's secret in its path is its only key (subscribing apps send no login).
    const publicFeed = route.startsWith('GET /api/calendar/feed/');
    if (!req.employee && !PUBLIC_API.has(route) && !publicFeed) {
      return reply.code(401).send({ error: { code: 'UNAUTHENTICATED', message: 'log in or send a bearer token' } });
    }
  });

  // No control character or lone surrogate reaches a schema, a use case or a database.
  app.addHook('preValidation', guardRequestTexts);

  app.get('/api/health', {
    schema: { tags: ['system'], response: { 200: z.object({ ok: z.boolean(), db: z.enum(['sqlite', 'postgres']) }) } },
  }, async () => ({ ok: true, db: deps.store.kind }));

  await app.register(authRoutes);
  await app.register(tokenRoutes);
  for (const routes of apiRoutes) await app.register(routes);

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  if (deps.webRoot && fs.existsSync(path.join(deps.webRoot, 'index.html'))) {
    await app.register(fastifyStatic, { root: deps.webRoot, wildcard: false });
    // The SPA owns every non-API path (deep links, reloads in the middle of the wizard).
    app.setNotFoundHandler((req, reply) => {
      if (req.url.startsWith('/api/')) return reply.code(404).send({ error: { code: 'NOT_FOUND', message: `no route ${req.method} ${req.url.split('?')[0]}` } });
      return reply.type('text/html').sendFile('index.html');
    });
  } else {
    app.setNotFoundHandler((req, reply) =>
      reply.code(404).send({ error: { code: 'NOT_FOUND', message: `no route ${req.method} ${req.url.split('?')[0]}` } }));
  }
  return app;
}
