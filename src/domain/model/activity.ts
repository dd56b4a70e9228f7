/**
 * An activity as the API and the use cases see it. No field is mandatory (as in the original);
 * `id` equals `number`, both allocated from the `activity` counter.
 */
export type EndTimeOnDone = 'taskListOnly' | 'always' | 'never';

export type ActivityLinks = {
  contactIds: number[];
  contactPersonIds: number[];
  employeeIds: number[];
  resourceIds: number[];
};

export type ActivityFields = {
  subject: string | null;
  startAt: string | null;
  endAt: string | null;
  allDay: boolean;
  alarmMinutes: number | null;
  typeId: number | null;
  statusId: number | null;
  /** a priorities.id */
  priority: number | null;
  done: boolean;
  doneAt: string | null;
  responsibleId: number | null;
  notes: string | null;
  color: string | null;
  showInTaskList: boolean;
  custom1: string | null;
  custom2: string | null;
  batchId: number | null;
};

export type Activity = { id: number; number: number } & ActivityFields & ActivityLinks & {
  createdAt: string;
  updatedAt: string;
};

export const LINK_KEYS = ['contactIds', 'contactPersonIds', 'employeeIds', 'resourceIds'] as const;
export type LinkKey = (typeof LINK_KEYS)[number];
