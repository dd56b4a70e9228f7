/**
 * Reads for the printed reports: header facts, counts known before the rows, and the rows
 * themselves as async iterables streamed from the database (never a whole result in memory).
 */
import type { ActivityFilter } from './activities.js';
import type { DraftScope, ResponsibleRule } from './group-activities.js';

/** An included contact with its active contact persons (one read per contact, not per person). */
export type ReportContact = {
  contactId: number;
  number: number;
  name: string;
  postalAddress: string | null;
  postalCode: string | null;
  city: string | null;
  phone: string | null;
  accountManagerName: string | null;
  /** the employee the contact's activity will get (per-contact distribution only) */
  responsibleName: string | null;
  /** primary first, then by last and first name */
  persons: ReportPerson[];
};

export type ReportPerson = {
  personId: number;
  firstName: string | null;
  lastName: string | null;
  title: string | null;
  personPhone: string | null;
  mobile: string | null;
  email: string | null;
};

export type ReportActivityRow = {
  number: number;
  subject: string | null;
  startAt: string | null;
  allDay: boolean;
  responsibleName: string | null;
  typeName: string | null;
  contactId: number | null;
  contactNumber: number | null;
  contactName: string | null;
  /** the contact's own phone (the call list's first number) */
  contactPhone: string | null;
  /** a person of the contact linked to the activity, or else the contact's primary person */
  personId: number | null;
  firstName: string | null;
  lastName: string | null;
  personPhone: string | null;
  mobile: string | null;
  email: string | null;
};

export interface ReportDataRepository {
  companyName(): Promise<string>;
  employeeNames(ids: number[]): Promise<Map<number, string>>;
  /** Names of referenced register rows (for the selection and filters in words). */
  registerNames(table: 'activity_types' | 'statuses' | 'priorities', ids: number[]): Promise<Map<number, string>>;
  /** The active contact persons of the scope's included contacts. */
  personCount(scope: DraftScope): Promise<number>;
  /**
   * Included contacts, each with its active contact persons, in name order — or, with a distribution (`responsible` of kind runs), in the
   * distribution order (postal code, then number) with the employee each contact will get.
   */
  streamContacts(scope: DraftScope, responsible: ResponsibleRule | null): AsyncIterable<ReportContact>;
  /** The counts and numbers a finished group's batch recorded. */
  batchFacts(batchId: number): Promise<{ includedCount: number; excludedCount: number; firstNumber: number | null; lastNumber: number | null } | null>;
  activityCounts(filter: ActivityFilter): Promise<{ activities: number; details: number; perResponsible: { name: string | null; count: number }[] }>;
  /**
   * Activities by number, each with its linked contacts and, under them, its linked persons (or,
   * when none of the contact's persons is linked, the contact's primary person).
   */
  streamActivities(filter: ActivityFilter): AsyncIterable<ReportActivityRow>;
}
