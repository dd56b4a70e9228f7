/**
 * A few hundred ordinary demo activities around a base date: visits, meetings and demonstrations
 * in the calendar, calls, letters and e-mails in the task list; those in the past mostly done.
 * Indices refer to demoRegisters() order and to the seeded contacts.
 */
import { streamFor } from './prng.js';

export type SeededContact = { name: string; accountManager: number | null; persons: number };

export type DemoActivitySpec = {
  subject: string; startAt: string; endAt: string; type: number; status: number; priority: number;
  done: boolean; doneAt: string | null;
  /** account-manager index when the contact has one, else null (then `employee` is used) */
  accountManager: number | null;
  employee: number;
  contact: number;
  /** index of the linked person within the contact's persons */
  person: number | null;
  resource: number | null;
};

const ACTIVITY_STREAM = 2;
const TASK_TYPES = new Set([3, 4, 5]);
const SUBJECTS: ((c: string) => string)[][] = [
  [(c) => `Besök hos ${c}`, () => 'Kundbesök, genomgång av avtal', () => 'Besök: behovsanalys'],
  [(c) => `Möte med ${c}`, () => 'Avstämningsmöte', () => 'Uppstartsmöte'],
  [() => 'Demonstration av nya versionen', (c) => `Demo för ${c}`],
  [() => 'Uppföljningssamtal', () => 'Ring och följ upp offert', () => 'Boka möte'],
  [() => 'Skicka avtal', () => 'Skicka broschyr', () => 'Tackbrev'],
  [() => 'Mejla prislista', () => 'Skicka offert', () => 'Skicka inbjudan till kundträff'],
];
const RESOURCE_FOR_TYPE: (number[] | null)[] = [[2], [0, 1], [3], null, null, null];
const DAY = 86_400_000;

export function demoActivities(seed: number, baseDate: string, count: number, contacts: SeededContact[], employees: number): DemoActivitySpec[] {
  if (!contacts.length) return [];
  const base = Date.parse(`${baseDate}T00:00:00.000Z`);
  const out: DemoActivitySpec[] = [];
  for (let i = 0; i < count; i++) {
    const rng = streamFor(seed, ACTIVITY_STREAM, i);
    const contact = rng.int(0, contacts.length - 1);
    const c = contacts[contact]!;
    const type = rng.int(0, 5);
    let day = base + rng.int(-45, 45) * DAY;
    const weekday = new Date(day).getUTCDay();
    if (weekday === 0) day += DAY;
    if (weekday === 6) day += 2 * DAY;
    const start = day + rng.int(7, 15) * 3_600_000 + rng.pick([0, 30]) * 60_000;
    const end = start + (TASK_TYPES.has(type) ? 60 : rng.pick([60, 90, 120])) * 60_000;
    const past = start < base;
    const done = past && rng.chance(0.8);
    const resources = RESOURCE_FOR_TYPE[type];
    out.push({
      subject: rng.pick(SUBJECTS[type]!)(c.name),
      startAt: new Date(start).toISOString(), endAt: new Date(end).toISOString(), type,
      status: done ? 2 : past || rng.chance(0.3) ? 1 : 0,
      priority: rng.chance(0.7) ? 1 : rng.pick([0, 2]),
      done, doneAt: done ? new Date(end).toISOString() : null,
      accountManager: c.accountManager, employee: rng.int(0, employees - 1),
      contact, person: c.persons ? rng.int(0, c.persons - 1) : null,
      resource: resources && rng.chance(0.6) ? rng.pick(resources) : null,
    });
  }
  return out;
}
