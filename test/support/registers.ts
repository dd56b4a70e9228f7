/**
 * Helpers for the register HTTP suites: a non-admin user with a token, and an activity written
 * straight into the database to make a register item "in use" without the activities API.
 */
import { systemClock } from '../../src/app/ports/clock.js';
import { createApiToken } from '../../src/app/auth/create-api-token.js';
import type { TestServer } from './http.js';

let seq = 0;

/** Creates an ordinary user (role 'user') through the API and answers a bearer token for it. */
export async function userToken(t: TestServer, name = 'Vanlig Användare'): Promise<{ id: number; token: string }> {
  const r = await t.api('POST', '/api/employees', { name, email: `user${++seq}-${Date.now()}@example.test`, role: 'user' });
  if (r.status !== 201) throw new Error(`creating a user failed: ${r.status} ${JSON.stringify(r.body)}`);
  const token = await createApiToken(t.store, systemClock, { employeeId: r.body.id });
  return { id: r.body.id, token };
}

let activityNo = 900_000;

/** Inserts one activity using the given register items, with its link rows. */
export async function insertActivity(t: TestServer, refs: {
  contactId?: number; contactPersonId?: number; resourceId?: number; typeId?: number; statusId?: number; priorityId?: number;
}): Promise<number> {
  const db = t.database.db;
  const id = ++activityNo;
  const now = new Date().toISOString();
  await db.insertInto('activities').values({
    id, number: id, subject: 'test', start_at: now, end_at: now, all_day: 0, alarm_minutes: null,
    type_id: refs.typeId ?? null, status_id: refs.statusId ?? null, priority_id: refs.priorityId ?? null,
    done: 0, done_at: null, responsible_id: null, notes: null, color: null, show_in_task_list: 0,
    custom1: null, custom2: null, batch_id: null, created_by: null, created_at: now, updated_at: now,
  }).execute();
  if (refs.contactId) await db.insertInto('activity_contacts').values({ activity_id: id, contact_id: refs.contactId }).execute();
  if (refs.contactPersonId) await db.insertInto('activity_contact_persons').values({ activity_id: id, contact_person_id: refs.contactPersonId }).execute();
  if (refs.resourceId) await db.insertInto('activity_resources').values({ activity_id: id, resource_id: refs.resourceId }).execute();
  return id;
}
