/**
 * Contact persons: listed and added under their contact (/api/contacts/:id/persons), read,
 * changed and deleted on their own (/api/contact-persons/:id; 409 when linked to activities).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, auditedStore } from '../context.js';
import {
  ContactPersonInputSchema, ContactPersonListQuerySchema, ContactPersonPageSchema, ContactPersonSchema,
} from '../../contract/contact-persons.js';
import { DeletedSchema, IdParams } from '../../contract/register-common.js';
import { listContactPersons } from '../../app/contact-persons/list-contact-persons.js';
import { getContactPerson } from '../../app/contact-persons/get-contact-person.js';
import { createContactPerson } from '../../app/contact-persons/create-contact-person.js';
import { updateContactPerson } from '../../app/contact-persons/update-contact-person.js';
import { deleteContactPerson } from '../../app/contact-persons/delete-contact-person.js';

export const contactPersonRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store, clock } = app.deps;
  const tags = ['contact persons'];

  app.get('/api/contacts/:id/persons', {
    schema: { tags, params: IdParams, querystring: ContactPersonListQuerySchema, response: { 200: ContactPersonPageSchema } },
  }, async (req) => {
    actorOf(req);
    return listContactPersons(store, req.params.id, req.query);
  });

  app.post('/api/contacts/:id/persons', {
    schema: { tags, params: IdParams, body: ContactPersonInputSchema, response: { 201: ContactPersonSchema } },
  }, async (req, reply) => {
    actorOf(req);
    const p = await createContactPerson(auditedStore(req), clock, req.params.id, req.body);
    return reply.code(201).send(p);
  });

  app.get('/api/contact-persons/:id', { schema: { tags, params: IdParams, response: { 200: ContactPersonSchema } } }, async (req) => {
    actorOf(req);
    return getContactPerson(store, req.params.id);
  });

  app.patch('/api/contact-persons/:id', {
    schema: { tags, params: IdParams, body: ContactPersonInputSchema, response: { 200: ContactPersonSchema } },
  }, async (req) => {
    actorOf(req);
    return updateContactPerson(auditedStore(req), clock, req.params.id, req.body);
  });

  app.delete('/api/contact-persons/:id', { schema: { tags, params: IdParams, response: { 200: DeletedSchema } } }, async (req) => {
    actorOf(req);
    await deleteContactPerson(auditedStore(req), req.params.id);
    return { id: req.params.id, deleted: true as const };
  });
};
