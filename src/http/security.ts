/**
 * The browser-facing defences, in one place:
 * - security headers on every answer (@fastify/helmet): a Content-Security-Policy that allows only
 *   the app's own script, style, images and connections, no framing, no plugins; nosniff;
 *   Referrer-Policy; HSTS and `upgrade-insecure-requests` only when served over HTTPS;
 * - `Cache-Control: no-store` on every API answer (they hold personal data);
 * - cross-site request refusal: a state-changing API request that is not a bearer-token call and
 *   whose `Origin` (or, without one, `Sec-Fetch-Site`) is not the app's own origin is refused,
 *   and every API request with a body must say `Content-Type: application/json`, so an HTML form
 *   (text/plain, url-encoded, multipart) of another site can never reach a route — a file upload
 *   route (route config `fileUpload`) also takes a raw file body of a type no form can send;
 * - the session cookie's attributes (HttpOnly, SameSite=Lax, Secure over HTTPS).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import helmet from '@fastify/helmet';
import { AppError, forbidden } from '../domain/errors.js';
import { DEFAULT_SESSION_LIFETIME, type SessionLifetime } from '../app/auth/session-lifetime.js';

export type SecurityOptions = {
  /** Always mark the session cookie Secure (the app is served over HTTPS). */
  secureCookies: boolean;
  /** Believe X-Forwarded-For/-Proto/-Host of the reverse proxy in front (client address, https). */
  trustProxy: boolean;
  session: SessionLifetime;
};

export const DEFAULT_SECURITY: SecurityOptions = { secureCookies: false, trustProxy: false, session: DEFAULT_SESSION_LIFETIME };

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route takes a file as the raw request body (e.g. application/octet-stream). */
    fileUpload?: boolean;
  }
}

/** The body types an HTML form of another site can send without asking (CORS "simple" ones). */
const FORM_TYPES = /^\s*(text\/plain|application\/x-www-form-urlencoded|multipart\/form-data)\s*(;|$)/i;

function acceptedBody(req: FastifyRequest): boolean {
  const type = req.headers['content-type'] ?? '';
  if (/^application\/json\s*(;|$)/i.test(type)) return true;
  return req.routeOptions.config?.fileUpload === true && type.trim() !== '' && !FORM_TYPES.test(type);
}

/** The app's policy: only its own script, style, images, fonts and connections. */
function appDirectives(opts: SecurityOptions): Record<string, string[]> {
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    // Only where every page is HTTPS: over plain http it would break every request.
    ...(opts.secureCookies ? { upgradeInsecureRequests: [] } : {}),
  };
}

/**
 * Swagger UI at /api/docs keeps the app's policy but one inline <style>: the CSS of the Swagger
 * logo its top bar renders as an inline SVG, allowed by its hash alone (the bundle is pinned; a
 * new Swagger UI with another logo style shows up as a CSP violation in the docs page's test).
 */
const SWAGGER_LOGO_STYLE = "'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='";

function policy(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, values]) => [name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), ...values].join(' '))
    .join('; ');
}

const isDocsPage = (url: string) => /^\/api\/docs(\/|\?|$)/.test(url);

/** The report print view (HTML from /api) brings its own inline styles and needs no script at all. */
const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export function isBearerCall(req: FastifyRequest): boolean {
  return /^Bearer\s/i.test(req.headers.authorization ?? '');
}

/** Served over HTTPS: the Secure flag set by the administrator, or a trusted proxy saying so. */
export function isHttps(req: FastifyRequest, opts: SecurityOptions): boolean {
  return opts.secureCookies || req.protocol === 'https';
}

export function sessionCookieOptions(req: FastifyRequest, opts: SecurityOptions) {
  return {
    path: '/', httpOnly: true, sameSite: 'lax' as const, secure: isHttps(req, opts), maxAge: opts.session.maxDays * 86_400,
  };
}

function hasBody(req: FastifyRequest): boolean {
  const length = req.headers['content-length'];
  return (length !== undefined && length !== '0') || req.headers['transfer-encoding'] !== undefined;
}

/**
 * The origin the browser sees: the request's scheme (https through a trusted proxy, or always
 * with --secure-cookies, when a proxy terminates TLS) and its Host.
 */
export function ownOrigin(req: FastifyRequest, opts: SecurityOptions): string {
  return `${isHttps(req, opts) ? 'https' : 'http'}://${req.host}`;
}

/** Refuses what a page of another site can make a logged-in browser send. */
function checkCrossSite(req: FastifyRequest, opts: SecurityOptions): void {
  if (!STATE_CHANGING.has(req.method) || !req.url.startsWith('/api/')) return;
  if (hasBody(req) && !acceptedBody(req)) {
    if (req.routeOptions.config?.fileUpload) {
      throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'send the file as the request body (Content-Type: application/octet-stream)', 'content-type');
    }
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'send the body as JSON (Content-Type: application/json)', 'content-type');
  }
  // A script with a bearer token is not a browser riding on a cookie; browsers cannot add that
  // header across sites without the CORS preflight this server never answers.
  if (isBearerCall(req)) return;
  const origin = req.headers.origin;
  if (origin !== undefined) {
    if (origin !== ownOrigin(req, opts)) throw forbidden('cross-site request refused');
    return;
  }
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') throw forbidden('cross-site request refused');
}

export async function registerSecurity(app: FastifyInstance, opts: SecurityOptions): Promise<void> {
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: appDirectives(opts),
    },
    strictTransportSecurity: opts.secureCookies ? { maxAge: 180 * 86_400, includeSubDomains: false } : false,
    referrerPolicy: { policy: 'same-origin' },
    xFrameOptions: { action: 'deny' },
    crossOriginEmbedderPolicy: false,
  });
  const docsPolicy = policy({ ...appDirectives(opts), styleSrc: ["'self'", SWAGGER_LOGO_STYLE] });
  // Fastify would read text/plain bodies as strings; nothing here takes one.
  app.removeContentTypeParser('text/plain');
  app.addHook('onRequest', async (req) => checkCrossSite(req, opts));
  app.addHook('onSend', async (req: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    if (req.url.startsWith('/api/')) {
      reply.header('cache-control', 'no-store');
      // HTML from /api is a report's print view (no script), except Swagger UI at /api/docs, which
      // loads its own script and style files and has the app's policy plus its logo's style.
      const html = /^text\/html/i.test(String(reply.getHeader('content-type') ?? ''));
      if (html) reply.header('content-security-policy', isDocsPage(req.url) ? docsPolicy : REPORT_CSP);
    }
    return payload;
  });
}
