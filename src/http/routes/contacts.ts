/**
 * /api/contacts: list (filters, sort, keyset paging), read, create (201), partial update and
 * delete (refused with 409 when the contact has activities: make it inactive instead).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, auditedStore } from '../context.js';
import { ContactCreateSchema, ContactListQuerySchema, ContactPageSchema, ContactSchema, ContactUpdateSchema } from '../../contract/contacts.js';
import { DeletedSchema, IdParams } from '../../contract/register-common.js';
import { listContacts } from '../../app/contacts/list-contacts.js';
import { getContact } from '../../app/contacts/get-contact.js';
import { createContact } from '../../app/contacts/create-contact.js';
import { updateContact } from '../../app/contacts/update-contact.js';
import { deleteContact } from '../../app/contacts/delete-contact.js';

export const contactRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store, clock } = app.deps;
  const tags = ['contacts'];

  app.get('/api/contacts', { schema: { tags, querystring: ContactListQuerySchema, response: { 200: ContactPageSchema } } }, async (req) => {
    actorOf(req);
    return listContacts(store, req.query);
  });

  app.get('/api/contacts/:id', { schema: { tags, params: IdParams, response: { 200: ContactSchema } } }, async (req) => {
    actorOf(req);
    return getContact(store, req.params.id);
  });

  app.post('/api/contacts', { schema: { tags, body: ContactCreateSchema, response: { 201: ContactSchema } } }, async (req, reply) => {
    actorOf(req);
    const c = await createContact(auditedStore(req), clock, req.body);
    return reply.code(201).send(c);
  });

  app.patch('/api/contacts/:id', {
    schema: { tags, params: IdParams, body: ContactUpdateSchema, response: { 200: ContactSchema } },
  }, async (req) => {
    actorOf(req);
    return updateContact(auditedStore(req), clock, req.params.id, req.body);
  });

  app.delete('/api/contacts/:id', { schema: { tags, params: IdParams, response: { 200: DeletedSchema } } }, async (req) => {
    actorOf(req);
    await deleteContact(auditedStore(req), req.params.id);
    return { id: req.params.id, deleted: true as const };
  });
};
