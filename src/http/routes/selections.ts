/**
 * /api/selections: preview (count + sample), the field catalogue for the selection dialog, and
 * saved, named selections (list, create, read, replace, patch, delete).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '../../contract/register-common.js';
import { actorOf, auditedStore } from '../context.js';
import {
  PreviewRequestSchema, PreviewResponseSchema, SavedSelectionCreateSchema, SavedSelectionPageSchema, SavedSelectionPatchSchema,
  SavedSelectionSchema, SelectionFieldsResponseSchema,
} from '../../contract/selection.js';
import { previewSelection } from '../../app/selections/preview-selection.js';
import { listSelectionFields } from '../../app/selections/list-selection-fields.js';
import { listSavedSelections } from '../../app/selections/list-saved-selections.js';
import { createSavedSelection } from '../../app/selections/create-saved-selection.js';
import { getSavedSelection } from '../../app/selections/get-saved-selection.js';
import { updateSavedSelection } from '../../app/selections/update-saved-selection.js';
import { deleteSavedSelection } from '../../app/selections/delete-saved-selection.js';

const Params = IdParams;
const ListQuery = z.strictObject({ limit: z.string().optional(), cursor: z.string().optional() });

export const selectionRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store, clock } = app.deps;
  const tags = ['selections'];

  app.post('/api/selections/preview', {
    schema: { tags, body: PreviewRequestSchema, response: { 200: PreviewResponseSchema } },
  }, async (req) => {
    actorOf(req);
    return previewSelection(store, req.body);
  });

  app.get('/api/selections/fields', {
    schema: {
      tags, querystring: z.object({ root: z.enum(['contacts', 'activities']).optional().describe('activities: the fields of an activity selection (change values)') }),
      response: { 200: SelectionFieldsResponseSchema },
    },
  }, async (req) => {
    actorOf(req);
    return { fields: await listSelectionFields(store, req.query.root) };
  });

  app.get('/api/selections', {
    schema: { tags, querystring: ListQuery, response: { 200: SavedSelectionPageSchema } },
  }, async (req) => {
    return listSavedSelections(store, actorOf(req), req.query);
  });

  app.post('/api/selections', {
    schema: { tags, body: SavedSelectionCreateSchema, response: { 201: SavedSelectionSchema } },
  }, async (req, reply) => {
    const saved = await createSavedSelection(auditedStore(req), clock, actorOf(req), req.body);
    reply.code(201);
    return saved;
  });

  app.get('/api/selections/:id', {
    schema: { tags, params: Params, response: { 200: SavedSelectionSchema } },
  }, async (req) => {
    return getSavedSelection(store, actorOf(req), req.params.id);
  });

  app.put('/api/selections/:id', {
    schema: { tags, params: Params, body: SavedSelectionCreateSchema, response: { 200: SavedSelectionSchema } },
  }, async (req) => {
    const { name, selection, shared } = req.body;
    return updateSavedSelection(auditedStore(req), clock, actorOf(req), req.params.id, { name, selection: selection ?? null, shared });
  });

  app.patch('/api/selections/:id', {
    schema: { tags, params: Params, body: SavedSelectionPatchSchema, response: { 200: SavedSelectionSchema } },
  }, async (req) => {
    return updateSavedSelection(auditedStore(req), clock, actorOf(req), req.params.id, req.body);
  });

  app.delete('/api/selections/:id', {
    schema: { tags, params: Params, response: { 204: z.null() } },
  }, async (req, reply) => {
    await deleteSavedSelection(auditedStore(req), actorOf(req), req.params.id);
    return reply.code(204).send(null);
  });
};
