/**
 * /api/selections: preview (count + sample), the field catalogue for the selection dialog, and
 * saved, named selections (list, create, read, replace, patch, delete).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../context.js';
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

const Params = z.object({ id: z.coerce.number().int().positive() });
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
    schema: { tags, response: { 200: SelectionFieldsResponseSchema } },
  }, async (req) => {
    actorOf(req);
    return { fields: await listSelectionFields(store) };
  });

  app.get('/api/selections', {
    schema: { tags, querystring: ListQuery, response: { 200: SavedSelectionPageSchema } },
  }, async (req) => {
    actorOf(req);
    return listSavedSelections(store, req.query);
  });

  app.post('/api/selections', {
    schema: { tags, body: SavedSelectionCreateSchema, response: { 201: SavedSelectionSchema } },
  }, async (req, reply) => {
    const actor = actorOf(req);
    const saved = await createSavedSelection(store, clock, req.body, actor.employeeId);
    reply.code(201);
    return saved;
  });

  app.get('/api/selections/:id', {
    schema: { tags, params: Params, response: { 200: SavedSelectionSchema } },
  }, async (req) => {
    actorOf(req);
    return getSavedSelection(store, req.params.id);
  });

  app.put('/api/selections/:id', {
    schema: { tags, params: Params, body: SavedSelectionCreateSchema, response: { 200: SavedSelectionSchema } },
  }, async (req) => {
    actorOf(req);
    return updateSavedSelection(store, clock, req.params.id, { name: req.body.name, selection: req.body.selection ?? null });
  });

  app.patch('/api/selections/:id', {
    schema: { tags, params: Params, body: SavedSelectionPatchSchema, response: { 200: SavedSelectionSchema } },
  }, async (req) => {
    actorOf(req);
    return updateSavedSelection(store, clock, req.params.id, req.body);
  });

  app.delete('/api/selections/:id', {
    schema: { tags, params: Params, response: { 204: z.null() } },
  }, async (req, reply) => {
    actorOf(req);
    await deleteSavedSelection(store, req.params.id);
    return reply.code(204).send(null);
  });
};
