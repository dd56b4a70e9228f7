/**
 * `seed --demo`: fills an empty database with a deterministic demo (same seed → same data on
 * both databases): registers, N contacts with their persons and a few hundred activities, in one
 * transaction. Refuses a database that already has demo data or registers of its own.
 */
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { SeedActivityRow } from '../ports/seed.js';
import { conflict } from '../../domain/errors.js';
import { demoRegisters } from './demo-registers.js';
import { DEFAULT_PERSONS, type PersonsRange } from './demo-contacts.js';
import { demoActivities } from './demo-activities.js';
import { checkBaseDate, checkContactCount, checkPersons, checkSeed } from './seed-options.js';
import { writeDemoContacts } from './write-demo-contacts.js';

export type SeedProgress = (phase: 'contacts' | 'activities', done: number, total: number) => void;

export type SeedDemoOptions = {
  contacts: number;
  seed: number;
  persons?: PersonsRange;
  /** activities are placed around this date (YYYY-MM-DD); default today */
  baseDate?: string;
  activities?: number;
  onProgress?: SeedProgress;
};

export type SeedSummary = {
  seed: number; contacts: number; persons: number; activities: number; employees: number;
  firstContactNumber: number | null; lastContactNumber: number | null;
};

export async function seedDemo(store: Store, clock: Clock, o: SeedDemoOptions): Promise<SeedSummary> {
  const contacts = checkContactCount(o.contacts);
  const seed = checkSeed(o.seed);
  const persons = checkPersons(o.persons ?? DEFAULT_PERSONS);
  const now = clock.now().toISOString();
  const baseDate = checkBaseDate(o.baseDate ?? now.slice(0, 10));
  return store.transaction(async (tx) => {
    const state = await tx.seed.state();
    if (state.demoSeed !== null) {
      throw conflict(`demo data is already present (seed ${state.demoSeed}, ${state.demoContacts} contacts); add contacts with "seed --contacts N"`);
    }
    const e = state.existing;
    if (e.contacts + e.activityTypes + e.statuses + e.priorities + e.resources > 0) {
      throw conflict('the database already has contacts or registers of its own; demo data goes only into an empty database');
    }
    const registers = demoRegisters();
    const ids = await tx.seed.insertRegisters(registers, now);
    const written = await writeDemoContacts(tx, {
      seed, from: 0, count: contacts, persons, now, keep: true, onProgress: (d, t) => o.onProgress?.('contacts', d, t),
    });
    const managers = await tx.seed.accountManagerIds();
    const specs = demoActivities(seed, baseDate, o.activities ?? 300, written.seeded, ids.employees.length);
    let activities = 0;
    if (specs.length) {
      const { first } = await tx.counters.allocate('activity', specs.length);
      const types = registers.types;
      const rows: SeedActivityRow[] = specs.map((s, i) => {
        const responsibleId = s.accountManager !== null ? managers[s.accountManager]! : ids.employees[s.employee]!;
        const person = s.person === null ? undefined : written.personIds[s.contact]?.[s.person];
        return {
          id: first + i, subject: s.subject, startAt: s.startAt, endAt: s.endAt, allDay: false,
          alarmMinutes: types[s.type]!.defaultAlarmMinutes, typeId: ids.types[s.type]!, statusId: ids.statuses[s.status]!,
          priorityId: ids.priorities[s.priority]!, done: s.done, doneAt: s.doneAt, responsibleId, notes: null,
          color: types[s.type]!.color, showInTaskList: types[s.type]!.list === 'taskList',
          contactIds: [written.ids[s.contact]!], contactPersonIds: person === undefined ? [] : [person],
          employeeIds: [responsibleId], resourceIds: s.resource === null ? [] : [ids.resources[s.resource]!],
        };
      });
      await tx.seed.insertActivities(rows, now);
      activities = rows.length;
      o.onProgress?.('activities', rows.length, rows.length);
    }
    await tx.seed.setState(seed, contacts);
    return {
      seed, contacts, persons: written.persons, activities, employees: ids.employees.length,
      firstContactNumber: written.first, lastContactNumber: written.last,
    };
  });
}
