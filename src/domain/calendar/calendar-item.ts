/**
 * What a calendar view needs of one activity (GET /api/calendar), and the privacy rule: a user
 * who hides the details of their activities shows others only the times. The viewer still sees
 * everything of activities they are responsible for or linked to, and administrators see all.
 */
export type ShowTimeAs = 'free' | 'busy' | 'out';

export type CalendarItem = {
  id: number;
  number: number;
  subject: string | null;
  startAt: string;
  endAt: string | null;
  allDay: boolean;
  done: boolean;
  /** the activity's colour, else its type's */
  color: string | null;
  typeId: number | null;
  typeName: string | null;
  showTimeAs: ShowTimeAs;
  responsibleId: number | null;
  employeeIds: number[];
  resourceIds: number[];
  contacts: { id: number; name: string }[];
  notes: string | null;
  batchId: number | null;
  /** true when the details were hidden by the responsible's privacy setting */
  hidden: boolean;
  /** the responsible's setting "hide the details of my activities from others" */
  responsibleHidesDetails: boolean;
  updatedAt: string;
};

export type Viewer = { employeeId: number; isAdmin: boolean };

export function mustHide(item: CalendarItem, viewer: Viewer): boolean {
  if (viewer.isAdmin || item.responsibleId === null || !item.responsibleHidesDetails) return false;
  return item.responsibleId !== viewer.employeeId && !item.employeeIds.includes(viewer.employeeId);
}

/** Times only: subject, notes and contacts emptied. */
export function hideDetails(item: CalendarItem): CalendarItem {
  return { ...item, subject: null, notes: null, contacts: [], hidden: true };
}

/**
 * An activity occupies [start, end) and overlaps [from, to) when it starts before `to` and ends
 * after `from`; one without an end (or with end = start) is a point that counts when it lies in
 * [from, to). Same rule as the SQL in storage/repositories/calendar.ts.
 */
export function overlaps(startAt: string, endAt: string | null, from: string, to: string): boolean {
  const s = Date.parse(startAt);
  const e = endAt ? Date.parse(endAt) : s;
  const f = Date.parse(from);
  const t = Date.parse(to);
  return s < t && (e > f || s >= f);
}

/** Two busy activities (busy or out; free never conflicts) that overlap in time conflict. */
export function conflicts(a: Pick<CalendarItem, 'startAt' | 'endAt' | 'showTimeAs'>, b: Pick<CalendarItem, 'startAt' | 'endAt' | 'showTimeAs'>): boolean {
  if (a.showTimeAs === 'free' || b.showTimeAs === 'free') return false;
  const as = Date.parse(a.startAt); const ae = a.endAt ? Date.parse(a.endAt) : as;
  const bs = Date.parse(b.startAt); const be = b.endAt ? Date.parse(b.endAt) : bs;
  return as < be && bs < ae;
}
