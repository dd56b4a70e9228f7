/**
 * Places a group activity's per-contact activities into each responsible's free working time:
 * a pure function of the batch (in distribution order: per responsible, postal-code order), each
 * responsible's working windows and busy intervals, and the resources' bookings. Greedy and
 * deterministic: a person's activities are taken in order and each goes to the earliest free slot
 * that is not before the previous one (so a day's visits keep the postal-code order), on a day
 * with fewer than `maxPerDay` of the batch, `bufferMinutes` apart. The resources and employees
 * linked to every activity of the batch (the card's links) must be free too: their bookings and a
 * linked employee's time outside their working hours block, and each placed activity books them,
 * so two responsibles never share a room — or a linked colleague — at once.
 */
import { normalize, subtract, type Interval } from './intervals.js';
import type { DayWindow } from './working-time.js';
import { roundUpToStep } from './next-free.js';

export type PlanItem = { key: number; responsibleId: number | null };

export type PlanPerson = { windows: DayWindow[]; busy: Interval[] };

export type PlanInput = {
  items: PlanItem[];
  people: Map<number, PlanPerson>;
  /**
   * When the resources and employees every activity of the batch links are not available (merged):
   * their existing bookings, and a linked employee's non-working time (`linkedUnavailable`)
   */
  linkedBusy: Interval[];
  /** true when the batch links any resource or employee (each placed activity then books them) */
  hasLinks: boolean;
  durationMinutes: number;
  maxPerDay: number;
  bufferMinutes: number;
  /** false: fill earlier gaps too, without keeping the order within a person's list */
  keepOrder: boolean;
};

export type UnplacedReason = 'noResponsible' | 'longerThanWorkingDay' | 'noFreeTime';
export type Placement = { key: number; responsibleId: number; start: number; end: number; date: string };
export type PlanResult = {
  placed: Placement[];
  unplaced: { key: number; reason: UnplacedReason }[];
  perResponsible: { employeeId: number; days: { date: string; count: number }[] }[];
};

type Day = { date: string; free: Interval[]; count: number };

export function planBatch(input: PlanInput): PlanResult {
  const duration = input.durationMinutes * 60_000;
  const buffer = input.bufferMinutes * 60_000;
  const linked: Interval[] = normalize(input.linkedBusy);
  const placed: Placement[] = [];
  const unplaced: PlanResult['unplaced'] = [];
  const perResponsible: PlanResult['perResponsible'] = [];
  const byPerson = new Map<number, PlanItem[]>();
  for (const item of input.items) {
    if (item.responsibleId === null || !input.people.has(item.responsibleId)) {
      unplaced.push({ key: item.key, reason: 'noResponsible' });
      continue;
    }
    const list = byPerson.get(item.responsibleId) ?? [];
    list.push(item);
    byPerson.set(item.responsibleId, list);
  }
  for (const [employeeId, items] of byPerson) {
    const person = input.people.get(employeeId)!;
    const busy = normalize(person.busy);
    // Free time after existing busy time starts on a quarter hour; the batch's own activities then
    // follow each other back to back (plus the buffer), so a 20-minute visit does not cost 30.
    const days: Day[] = person.windows.map((w) => ({
      date: w.date, count: 0,
      free: subtract([w], busy).map((f) => ({ start: roundUpToStep(f.start), end: f.end })).filter((f) => f.end > f.start),
    }));
    const longest = person.windows.reduce((m, w) => Math.max(m, w.end - w.start), 0);
    let dayIx = 0;
    let cursor = -Infinity;
    for (const item of items) {
      if (longest < duration) { unplaced.push({ key: item.key, reason: person.windows.length ? 'longerThanWorkingDay' : 'noFreeTime' }); continue; }
      let hit: { day: Day; slot: Interval } | null = null;
      for (let d = input.keepOrder ? dayIx : 0; d < days.length && !hit; d++) {
        const day = days[d]!;
        if (day.count >= input.maxPerDay) continue;
        const slot = slotIn(day.free, duration, input.keepOrder ? cursor : -Infinity, input.hasLinks ? linked : null);
        if (slot) { hit = { day, slot }; dayIx = d; }
      }
      if (!hit) { unplaced.push({ key: item.key, reason: 'noFreeTime' }); continue; }
      const { day, slot } = hit;
      day.count++;
      day.free = subtract(day.free, [{ start: slot.start - buffer, end: slot.end + buffer }]);
      if (input.hasLinks) insertSorted(linked, slot);
      cursor = slot.end + buffer;
      placed.push({ key: item.key, responsibleId: employeeId, start: slot.start, end: slot.end, date: day.date });
    }
    perResponsible.push({ employeeId, days: days.filter((d) => d.count > 0).map((d) => ({ date: d.date, count: d.count })) });
  }
  return { placed, unplaced, perResponsible };
}

/**
 * When a linked person or resource cannot be booked over `range`: their busy time plus, for a
 * person with working windows, every moment outside those windows.
 */
export function linkedUnavailable(range: Interval, people: { windows: Interval[] | null; busy: Interval[] }[]): Interval[] {
  const out: Interval[] = [];
  for (const p of people) {
    out.push(...p.busy);
    if (p.windows) out.push(...subtract([range], normalize(p.windows)));
  }
  return normalize(out);
}

/** The earliest slot in `free` not before `after`, clear of the linked bookings (their ends rounded to a quarter hour). */
function slotIn(free: Interval[], duration: number, after: number, linked: Interval[] | null): Interval | null {
  for (const f of free) {
    let start = Math.max(f.start, after);
    while (start + duration <= f.end) {
      const clash = linked ? linked.find((r) => r.start < start + duration && start < r.end) : undefined;
      if (!clash) return { start, end: start + duration };
      start = roundUpToStep(clash.end);
    }
  }
  return null;
}

function insertSorted(list: Interval[], i: Interval): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid]!.start < i.start) lo = mid + 1; else hi = mid; }
  list.splice(lo, 0, i);
}
