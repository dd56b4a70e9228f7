/** /api/settings: the company settings for activities; read by every user, changed by administrators. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, requireAdmin, auditedStore } from '../context.js';
import { SettingsSchema, SettingsUpdateSchema } from '../../contract/settings.js';
import { getSettings } from '../../app/settings/get-settings.js';
import { updateSettings } from '../../app/settings/update-settings.js';

export const settingsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store, clock } = app.deps;
  const tags = ['settings'];

  app.get('/api/settings', { schema: { tags, response: { 200: SettingsSchema } } }, async (req) => {
    actorOf(req);
    return getSettings(store);
  });

  app.patch('/api/settings', { schema: { tags, body: SettingsUpdateSchema, response: { 200: SettingsSchema } } }, async (req) => {
    requireAdmin(req);
    return updateSettings(auditedStore(req), clock, req.body);
  });
};
