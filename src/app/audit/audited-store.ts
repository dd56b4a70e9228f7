/**
 * The audit trail of ordinary register edits, kept in one place: a Store whose writing methods
 * for contacts, contact persons, employees, activities, the small registers, settings and saved
 * selections also write an audit entry — who (the actor), when (the clock), what (entity and id)
 * and each changed field's old and new value — in the same transaction as the change, so an
 * entry exists exactly when the change does. Use cases stay as they are; the HTTP layer hands
 * them this store for the logged-in actor. Set-based work (finish, copy to all, undo, seed) goes
 * through its own repositories and writes its own summary entry.
 */
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { Actor } from '../../domain/model/employee.js';
import { changedFields, type Changes } from '../../domain/audit/changes.js';

type AnyRepo = Record<string, (...args: any[]) => Promise<any>>;
type Op = 'create' | 'update' | 'delete';

/** Store key → the entity name in the audit log. */
const REGISTERS = {
  contacts: 'contact',
  contactPersons: 'contact_person',
  employees: 'employee',
  resources: 'resource',
  activityTypes: 'activity_type',
  statuses: 'status',
  priorities: 'priority',
  selections: 'saved_selection',
} as const satisfies Partial<Record<keyof Store, string>>;

export function withAudit(store: Store, clock: Clock, actor: Actor): Store {
  const record = (tx: Store, entity: string, op: Op, id: unknown, changes: Changes, extra: Record<string, unknown> = {}) =>
    tx.audit.record({
      at: clock.now().toISOString(), employeeId: actor.employeeId, action: `${entity}.${op}`, entity,
      entityId: id === undefined || id === null ? null : String(id), details: { changes, ...extra },
    });
  const repoOf = (tx: Store, key: keyof typeof REGISTERS | 'activities' | 'settings') => tx[key] as unknown as AnyRepo;

  const wrapRegister = (key: keyof typeof REGISTERS): AnyRepo => {
    const entity = REGISTERS[key];
    return {
      ...repoOf(store, key),
      create: (...args) => store.transaction(async (tx) => {
        const created = await repoOf(tx, key).create!(...args);
        await record(tx, entity, 'create', created.id, changedFields(undefined, created));
        return created;
      }),
      update: (id: number, values: Record<string, unknown>, ...rest) => store.transaction(async (tx) => {
        const repo = repoOf(tx, key);
        const before = await repo.get!(id);
        const after = await repo.update!(id, values, ...rest);
        if (before && after) {
          const changes = changedFields(before, after);
          // A new password shows as a fact, never as a value.
          const extra = values.passwordHash !== undefined ? { passwordChanged: true } : {};
          if (Object.keys(changes).length || 'passwordChanged' in extra) await record(tx, entity, 'update', id, changes, extra);
        }
        return after;
      }),
      delete: (id: number) => store.transaction(async (tx) => {
        const repo = repoOf(tx, key);
        const before = await repo.get!(id);
        const result = await repo.delete!(id);
        if (before && result !== false) await record(tx, entity, 'delete', id, changedFields(before, undefined));
        return result;
      }),
    };
  };

  const activities: AnyRepo = {
    ...repoOf(store, 'activities'),
    insert: (row: { id: number }) => store.transaction(async (tx) => {
      await tx.activities.insert(row as never);
      await record(tx, 'activity', 'create', row.id, changedFields(undefined, await tx.activities.get(row.id)));
    }),
    update: (id: number, ...rest) => store.transaction(async (tx) => {
      const before = await tx.activities.get(id);
      const done = await repoOf(tx, 'activities').update!(id, ...rest);
      const changes = changedFields(before, await tx.activities.get(id));
      if (before && done && Object.keys(changes).length) await record(tx, 'activity', 'update', id, changes);
      return done;
    }),
    delete: (id: number) => store.transaction(async (tx) => {
      const before = await tx.activities.get(id);
      const deleted = await tx.activities.delete(id);
      if (before && deleted) await record(tx, 'activity', 'delete', id, changedFields(before, undefined));
      return deleted;
    }),
  };

  const settings: AnyRepo = {
    ...repoOf(store, 'settings'),
    update: (...args) => store.transaction(async (tx) => {
      const before = await tx.settings.get();
      const after = await repoOf(tx, 'settings').update!(...args);
      const changes = changedFields(before, after);
      if (Object.keys(changes).length) await record(tx, 'settings', 'update', null, changes);
      return after;
    }),
  };

  const wrapped = Object.fromEntries(Object.keys(REGISTERS).map((k) => [k, wrapRegister(k as keyof typeof REGISTERS)]));
  return {
    ...store,
    ...(wrapped as unknown as Pick<Store, keyof typeof REGISTERS>),
    activities: activities as unknown as Store['activities'],
    settings: settings as unknown as Store['settings'],
    transaction: (fn) => store.transaction((tx) => fn(withAudit(tx, clock, actor))),
  };
}
