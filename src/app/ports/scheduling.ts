/**
 * Port of the scheduling reads and settings: the company's working time, employees' own hours,
 * and the busy-time sources of many employees and resources in one read each.
 */
import type { WorkingHours, WorkingTime } from '../../domain/scheduling/working-time.js';
import type { BusySource } from '../../domain/scheduling/busy.js';
import type { GroupSchedule } from '../../domain/scheduling/group-schedule.js';

export type BusyQuery = {
  employeeIds: number[];
  resourceIds: number[];
  /** ISO instants: activities that end after `from` and start before `to` */
  from: string;
  to: string;
  /** an activity that does not block (the card being planned) */
  excludeActivityId?: number;
  /** a batch being placed: its own activities do not block */
  excludeBatchId?: number;
};

export type BusyRows = { employees: Map<number, BusySource[]>; resources: Map<number, BusySource[]> };

export interface SchedulingRepository {
  /** null: never saved (the defaults apply) */
  workingTime(): Promise<WorkingTime | null>;
  saveWorkingTime(w: WorkingTime, now: string): Promise<void>;
  /** each asked employee's own hours; missing: the company's */
  employeeHours(ids: number[]): Promise<Map<number, WorkingHours>>;
  setEmployeeHours(employeeId: number, hours: WorkingHours | null, now: string): Promise<void>;
  busy(q: BusyQuery): Promise<BusyRows>;
  draftSchedule(groupActivityId: number): Promise<GroupSchedule | null>;
  saveDraftSchedule(groupActivityId: number, schedule: GroupSchedule | null): Promise<void>;
  /** number and name of the asked contacts (the preview's list of what does not fit) */
  contactNames(ids: number[]): Promise<Map<number, { number: number; name: string }>>;
  /** the activities of a batch in number order with their responsible and (first) contact */
  batchActivities(batchId: number): Promise<{ id: number; responsibleId: number | null; contactId: number | null }[]>;
  /** one UPDATE: placed activities get their times; the others keep none (start and end null) */
  writeTimes(batchId: number, times: { id: number; startAt: string; endAt: string }[]): Promise<void>;
}
