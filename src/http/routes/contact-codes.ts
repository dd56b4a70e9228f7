/**
 * The contact code registers, one route set per register (/api/categories,
 * /api/lines-of-business, /api/contact-statuses, /api/districts): list/read for every user,
 * writes for administrators; DELETE 409 while a contact carries the code.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, requireAdmin } from '../context.js';
import { DeletedSchema, IdParams } from '../../contract/register-common.js';
import { RegisterListQuerySchema } from '../../contract/resources.js';
import {
  CODE_REGISTER_PATHS, ContactCodeCreateSchema, ContactCodePageSchema, ContactCodeSchema, ContactCodeUpdateSchema,
} from '../../contract/contact-codes.js';
import { CODE_FIELDS, type ContactCode } from '../../domain/model/contact-codes.js';
import { listContactCodes } from '../../app/contact-codes/list-contact-codes.js';
import { getContactCode } from '../../app/contact-codes/get-contact-code.js';
import { createContactCode } from '../../app/contact-codes/create-contact-code.js';
import { updateContactCode } from '../../app/contact-codes/update-contact-code.js';
import { deleteContactCode } from '../../app/contact-codes/delete-contact-code.js';

/** The API does not repeat the register in each item: the path says it. */
const out = ({ field: _f, ...item }: ContactCode) => item;

export const contactCodeRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store, clock } = app.deps;
  const tags = ['contact codes'];
  for (const field of CODE_FIELDS) {
    const path = CODE_REGISTER_PATHS[field];
    app.get(path, { schema: { tags, querystring: RegisterListQuerySchema, response: { 200: ContactCodePageSchema } } }, async (req) => {
      actorOf(req);
      const page = await listContactCodes(store, field, req.query);
      return { items: page.items.map(out), nextCursor: page.nextCursor };
    });
    app.get(`${path}/:id`, { schema: { tags, params: IdParams, response: { 200: ContactCodeSchema } } }, async (req) => {
      actorOf(req);
      return out(await getContactCode(store, field, req.params.id));
    });
    app.post(path, { schema: { tags, body: ContactCodeCreateSchema, response: { 201: ContactCodeSchema } } }, async (req, reply) => {
      requireAdmin(req);
      return reply.code(201).send(out(await createContactCode(store, clock, field, req.body)));
    });
    app.patch(`${path}/:id`, { schema: { tags, params: IdParams, body: ContactCodeUpdateSchema, response: { 200: ContactCodeSchema } } }, async (req) => {
      requireAdmin(req);
      return out(await updateContactCode(store, clock, field, req.params.id, req.body));
    });
    app.delete(`${path}/:id`, { schema: { tags, params: IdParams, response: { 200: DeletedSchema } } }, async (req) => {
      requireAdmin(req);
      await deleteContactCode(store, field, req.params.id);
      return { id: req.params.id, deleted: true as const };
    });
  }
};
