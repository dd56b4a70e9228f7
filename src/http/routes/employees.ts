/**
 * /api/employees: list and read for every user; create, update and DELETE (= make inactive)
 * for administrators. Also /api/auth/password for the logged-in user's own password.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireAdmin, auditedStore } from '../context.js';
import {
  ChangePasswordSchema, EmployeeCreateSchema, EmployeeListQuerySchema, EmployeePageSchema, EmployeeSchema, EmployeeUpdateSchema,
} from '../../contract/employee.js';
import { IdParams } from '../../contract/register-common.js';
import { listEmployees } from '../../app/employees/list-employees.js';
import { getEmployee } from '../../app/employees/get-employee.js';
import { createEmployee } from '../../app/employees/create-employee.js';
import { updateEmployee } from '../../app/employees/update-employee.js';
import { deactivateEmployee } from '../../app/employees/deactivate-employee.js';
import { changePassword } from '../../app/employees/change-password.js';

export const employeeRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store, clock } = app.deps;
  const tags = ['employees'];

  app.get('/api/employees', { schema: { tags, querystring: EmployeeListQuerySchema, response: { 200: EmployeePageSchema } } }, async (req) => {
    actorOf(req);
    return listEmployees(store, req.query);
  });

  app.get('/api/employees/:id', { schema: { tags, params: IdParams, response: { 200: EmployeeSchema } } }, async (req) => {
    actorOf(req);
    return getEmployee(store, req.params.id);
  });

  app.post('/api/employees', { schema: { tags, body: EmployeeCreateSchema, response: { 201: EmployeeSchema } } }, async (req, reply) => {
    requireAdmin(req);
    const e = await createEmployee(auditedStore(req), clock, req.body);
    return reply.code(201).send(e);
  });

  app.patch('/api/employees/:id', {
    schema: { tags, params: IdParams, body: EmployeeUpdateSchema, response: { 200: EmployeeSchema } },
  }, async (req) => {
    requireAdmin(req);
    return updateEmployee(auditedStore(req), clock, req.params.id, req.body, { keepTokenHash: req.auth?.tokenHash });
  });

  app.delete('/api/employees/:id', { schema: { tags, params: IdParams, response: { 200: EmployeeSchema } } }, async (req) => {
    requireAdmin(req);
    return deactivateEmployee(auditedStore(req), clock, req.params.id);
  });

  app.post('/api/auth/password', {
    schema: { tags: ['auth'], body: ChangePasswordSchema, response: { 200: z.object({ ok: z.boolean() }) } },
  }, async (req) => {
    const actor = actorOf(req);
    await changePassword(auditedStore(req), clock, actor.employeeId, req.body, req.auth?.tokenHash);
    return { ok: true };
  });
};
