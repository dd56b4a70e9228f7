/** What every route handler can reach: the store, the clock and the logged-in actor. */
import type { FastifyRequest } from 'fastify';
import type { Store } from '../app/ports/store.js';
import type { Clock } from '../app/ports/clock.js';
import type { Actor, Employee } from '../domain/model/employee.js';
import { forbidden, unauthenticated } from '../domain/errors.js';
import type { SecurityOptions } from './security.js';
import { withAudit } from '../app/audit/audited-store.js';

export type ServerDeps = {
  store: Store;
  clock: Clock;
  /** Folder with the built web UI (index.html); absent in API-only tests. */
  webRoot?: string;
  logger?: boolean | object;
  /** Cookies, proxy trust and session lifetimes; defaults in http/security.ts. */
  security?: SecurityOptions;
};

/** How the request authenticated: the token behind it (a session cookie or a bearer token). */
export type RequestAuth = { tokenId: number; tokenHash: string; kind: 'session' | 'api'; via: 'cookie' | 'bearer' };

declare module 'fastify' {
  interface FastifyRequest {
    employee?: Employee;
    auth?: RequestAuth;
  }
  interface FastifyInstance {
    deps: ServerDeps;
  }
}

export function actorOf(req: FastifyRequest): Actor {
  const e = req.employee;
  if (!e) throw unauthenticated();
  return { employeeId: e.id, role: e.role, name: e.name };
}

export function requireAdmin(req: FastifyRequest): Actor {
  const actor = actorOf(req);
  if (actor.role !== 'admin') throw forbidden();
  return actor;
}

/** The store for a change made by the logged-in actor: register edits through it are audited. */
export function auditedStore(req: FastifyRequest): Store {
  return withAudit(req.server.deps.store, req.server.deps.clock, actorOf(req));
}
