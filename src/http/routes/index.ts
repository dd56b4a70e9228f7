/**
 * Every API area registers here, one plugin per area (routes/<area>.ts).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditRoutes } from './audit.js';
import { employeeRoutes } from './employees.js';
import { contactRoutes } from './contacts.js';
import { contactPersonRoutes } from './contact-persons.js';
import { resourceRoutes } from './resources.js';
import { activityTypeRoutes } from './activity-types.js';
import { statusRoutes } from './statuses.js';
import { priorityRoutes } from './priorities.js';
import { settingsRoutes } from './settings.js';
import { selectionRoutes } from './selections.js';
import { activityRoutes } from './activities.js';
import { groupActivityRoutes } from './group-activities.js';
import { reportRoutes } from './reports.js';
import { contactCodeRoutes } from './contact-codes.js';
import { calendarRoutes } from './calendar.js';
import { importRoutes } from './imports.js';
import { exportRoutes } from './exports.js';
import { activityChangeRoutes } from './activity-changes.js';
import { schedulingRoutes } from './scheduling.js';

export const apiRoutes: FastifyPluginAsyncZod[] = [
  auditRoutes,
  employeeRoutes,
  contactRoutes,
  contactPersonRoutes,
  resourceRoutes,
  activityTypeRoutes,
  statusRoutes,
  priorityRoutes,
  settingsRoutes,
  selectionRoutes,
  activityRoutes,
  groupActivityRoutes,
  reportRoutes,
  contactCodeRoutes,
  calendarRoutes,
  importRoutes,
  exportRoutes,
  activityChangeRoutes,
  schedulingRoutes,
];
