/**
 * Route set shared by the small registers (resources, activity types, statuses, priorities):
 * list/read for every user, writes for everyone or administrators only, DELETE refused with 409
 * while the item is in use.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { LookupItem } from '../../app/ports/lookups.js';
import { actorOf, requireAdmin, auditedStore } from '../context.js';
import { DeletedSchema, IdParams, pageOf } from '../../contract/register-common.js';
import { RegisterListQuerySchema } from '../../contract/resources.js';
import { listRegisterItems, type RegisterOrder } from '../../app/registers/list-register-items.js';
import { getRegisterItem } from '../../app/registers/get-register-item.js';
import { createRegisterItem } from '../../app/registers/create-register-item.js';
import { updateRegisterItem } from '../../app/registers/update-register-item.js';
import { deleteRegisterItem } from '../../app/registers/delete-register-item.js';
import type { PickRegister } from '../../app/registers/register-item-input.js';

export type RegisterRouteSpec<T extends LookupItem, V extends { name: string }> = {
  path: string;
  tag: string;
  /** Singular noun for messages: "resource", "activity type" … */
  what: string;
  pick: PickRegister<T, V>;
  item: z.ZodTypeAny;
  create: z.ZodTypeAny;
  update: z.ZodTypeAny;
  defaults: Omit<V, 'name'>;
  adminWrites: boolean;
  /** List order; Swedish name order when absent. */
  order?: RegisterOrder<T>;
};

export function registerRoutes<T extends LookupItem, V extends { name: string }>(
  app: FastifyInstance & { withTypeProvider: FastifyInstance['withTypeProvider'] }, spec: RegisterRouteSpec<T, V>,
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { store, clock } = app.deps;
  const tags = [spec.tag];
  const writer = spec.adminWrites ? requireAdmin : actorOf;

  r.get(spec.path, { schema: { tags, querystring: RegisterListQuerySchema, response: { 200: pageOf(spec.item) } } }, async (req) => {
    actorOf(req);
    return listRegisterItems(store, spec.pick, req.query, spec.order);
  });

  r.get(`${spec.path}/:id`, { schema: { tags, params: IdParams, response: { 200: spec.item } } }, async (req) => {
    actorOf(req);
    return getRegisterItem(store, spec.pick, spec.what, req.params.id);
  });

  r.post(spec.path, { schema: { tags, body: spec.create, response: { 201: spec.item } } }, async (req, reply) => {
    writer(req);
    const item = await createRegisterItem(auditedStore(req), clock, spec.pick, spec.defaults, req.body as Partial<V> & { name: string });
    return reply.code(201).send(item);
  });

  r.patch(`${spec.path}/:id`, { schema: { tags, params: IdParams, body: spec.update, response: { 200: spec.item } } }, async (req) => {
    writer(req);
    return updateRegisterItem(auditedStore(req), clock, spec.pick, spec.what, req.params.id, req.body as Partial<V>);
  });

  r.delete(`${spec.path}/:id`, { schema: { tags, params: IdParams, response: { 200: DeletedSchema } } }, async (req) => {
    writer(req);
    await deleteRegisterItem(auditedStore(req), spec.pick, spec.what, req.params.id);
    return { id: req.params.id, deleted: true as const };
  });
}
