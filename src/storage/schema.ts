/**
 * Kysely table types: the shape of every table as both databases return it.
 * Conventions (same on SQLite and PostgreSQL, see docs/ARCHITECTURE.md):
 * - snake_case columns; row ↔ API mapping happens in the repositories' mappers;
 * - flags are INTEGER 0/1, timestamps ISO-8601 UTC text, dates YYYY-MM-DD text;
 * - empty text is stored as NULL, so "empty" has one meaning in selections;
 * - activities.id equals activities.number (both come from the `activity` counter), which lets
 *   set-based creation write activities and their links without reading ids back.
 */
import type { ColumnType, Generated } from 'kysely';

type Flag = number; // 0 | 1
type Text = string | null;

export type EmployeeTable = {
  id: Generated<number>;
  name: string;
  name_key: string;
  initials: Text;
  email: Text;
  phone: Text;
  is_account_manager: Flag;
  active: Flag;
  role: 'admin' | 'user';
  password_hash: Text;
  created_at: string;
  updated_at: string;
};

export type AuthTokenTable = {
  /** what people see, list and revoke by; never the secret */
  id: Generated<number>;
  /** sha256 of the secret; the secret itself is never stored */
  token_hash: string;
  kind: 'session' | 'api';
  employee_id: number;
  name: Text;
  created_at: string;
  expires_at: Text;
  last_used_at: Text;
};

/** Failed logins per `account:<folded e-mail>` and per `address:<client address>`. */
export type LoginThrottleTable = {
  key: string;
  failures: number;
  last_failure_at: string;
  locked_until: Text;
};

export type ContactTable = {
  id: Generated<number>;
  number: number;
  name: string;
  /** sortKey(name): folded, Swedish-ordered key used for sorting and prefix search */
  name_key: string;
  is_customer: Flag;
  is_supplier: Flag;
  is_partner: Flag;
  is_private: Flag;
  category: Text;
  line_of_business: Text;
  status: Text;
  district: Text;
  postal_address: Text;
  postal_code: Text;
  city: Text;
  country: Text;
  phone: Text;
  email: Text;
  web: Text;
  account_manager_id: number | null;
  turnover: number | null;
  employee_count: number | null;
  custom1: Text;
  custom2: Text;
  notes: Text;
  inactive: Flag;
  created_at: string;
  updated_at: string;
  /** organisation number, normalised by the import (NNNNNN-NNNN for Swedish ones) */
  org_number?: Text;
};

export type ContactPersonTable = {
  id: Generated<number>;
  contact_id: number;
  first_name: Text;
  last_name: Text;
  title: Text;
  phone: Text;
  mobile: Text;
  email: Text;
  is_primary: Flag;
  inactive: Flag;
  created_at: string;
  updated_at: string;
};

export type ResourceTable = {
  id: Generated<number>;
  name: string;
  description: Text;
  inactive: Flag;
  created_at: string;
  updated_at: string;
};

export type ActivityTypeTable = {
  id: Generated<number>;
  name: string;
  list: 'calendar' | 'taskList';
  color: Text;
  default_alarm_minutes: number | null;
  /** 0012: the card's and a schedule's default length; null: the standard duration */
  default_duration_minutes: number | null;
  show_time_as: 'free' | 'busy' | 'out';
  requires_responsible: Flag;
  inactive: Flag;
  created_at: string;
  updated_at: string;
};

export type StatusTable = {
  id: Generated<number>;
  name: string;
  is_done: Flag;
  inactive: Flag;
  created_at: string;
  updated_at: string;
};

export type PriorityTable = {
  id: Generated<number>;
  name: string;
  rank: number;
  inactive: Flag;
  created_at: string;
  updated_at: string;
};

export type CompanySettingsTable = {
  id: number; // always 1
  company_name: string;
  standard_duration_minutes: number;
  done_status_id: number | null;
  end_time_on_done: 'taskListOnly' | 'always' | 'never';
  updated_at: string;
  /** IANA zone of the calendar feeds (0007) */
  time_zone: Generated<string>;
  /** absolute base URL for links sent out, e.g. feed URLs (0007) */
  public_url: string | null;
};

export type UserSettingsTable = {
  employee_id: number;
  hide_details_from_others: Flag;
  /** JSON of the other user settings (domain/model/user-settings.ts) */
  preferences: string;
  updated_at: string;
};

export type CalendarFeedTable = {
  id: Generated<number>;
  employee_id: number;
  secret_hash: string;
  name: string | null;
  created_at: string;
  last_used_at: string | null;
};

export type ActivityTable = {
  /** equals number; allocated from the `activity` counter, never by the database */
  id: number;
  number: number;
  subject: Text;
  start_at: Text;
  end_at: Text;
  all_day: Flag;
  alarm_minutes: number | null;
  type_id: number | null;
  status_id: number | null;
  priority_id: number | null;
  done: Flag;
  done_at: Text;
  responsible_id: number | null;
  notes: Text;
  color: Text;
  show_in_task_list: Flag;
  custom1: Text;
  custom2: Text;
  batch_id: number | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
};

export type ActivityContactTable = { activity_id: number; contact_id: number };
export type ActivityContactPersonTable = { activity_id: number; contact_person_id: number };
export type ActivityEmployeeTable = { activity_id: number; employee_id: number };
export type ActivityResourceTable = { activity_id: number; resource_id: number };

export type CounterTable = { name: string; value: number };

export type SavedSelectionTable = {
  id: Generated<number>;
  name: string;
  selection: string; // JSON
  /** the owner: only they (or an administrator) change or delete it */
  created_by: number | null;
  /** 1: every user sees it; 0: only its owner (and administrators) */
  shared: Generated<number>;
  created_at: string;
  updated_at: string;
};

export type GroupActivityTable = {
  id: Generated<number>;
  mode: 'shared' | 'perContact';
  status: 'draft' | 'finished' | 'undone' | 'cancelled';
  selection: Text; // JSON
  responsible_id: number | null;
  distribution: Text; // JSON
  template: Text; // JSON
  options: Text; // JSON: { skipIfOpenActivityOfType?, linkPrimaryPerson? }
  batch_id: number | null;
  finish_result: Text; // JSON answer of the first finish
  schedule?: Text; // JSON: the optional schedule part (0011)
  created_by: number | null;
  created_at: string;
  updated_at: string;
};

export type GroupActivityMoveTable = {
  group_activity_id: number;
  contact_id: number;
  side: 'included' | 'excluded';
};

export type BatchTable = {
  id: Generated<number>;
  group_activity_id: number | null;
  mode: 'shared' | 'perContact';
  selection: Text; // JSON
  card: Text; // JSON: the values last copied to every activity of the batch
  included_count: number;
  excluded_count: number;
  skipped_count: number;
  activity_count: number;
  first_number: number | null;
  last_number: number | null;
  idempotency_key: Text;
  created_by: number | null;
  created_at: string;
};

export type AuditLogTable = {
  id: Generated<number>;
  at: string;
  employee_id: number | null;
  action: string;
  entity: string;
  entity_id: Text;
  details: Text; // JSON
};

export type IdempotencyKeyTable = {
  employee_id: number;
  key: string;
  route: string;
  status_code: number;
  response: string; // JSON
  created_at: string;
};

/** The contact code registers (0006-code-registers); `field` names the contact field. */
export type ContactCodeTable = {
  id: Generated<number>;
  field: string;
  code: string;
  label: string;
  inactive: Flag;
  created_at: string;
  updated_at: string;
};

export type ImportTable = {
  id: Generated<number>;
  file_name: Text;
  status: 'done' | 'undone';
  match: string;
  created_count: number;
  updated_count: number;
  unchanged_count: number;
  error_count: number;
  persons_count: number;
  stamp: string;
  created_by: number | null;
  created_at: string;
  undone_at: Text;
};

export type ImportChangeTable = {
  import_id: number;
  kind: 'created' | 'updated' | 'person' | 'code'; // code: contact_id holds the contact_codes id
  contact_id: number;
  person_id: number | null;
  before: Text; // JSON
};

export type ImportMappingTable = { header_key: string; mapping: string; updated_at: string };
/** The company's working time as JSON (domain/scheduling/working-time.ts), one row id 1 (0011). */
export type WorkingTimeTable = { id: number; settings: string; updated_at: string };
/** An employee's own working hours where they differ from the company's (0011). */
export type EmployeeWorkingHoursTable = { employee_id: number; hours: string; updated_at: string };

export type DB = {
  working_time: WorkingTimeTable;
  employee_working_hours: EmployeeWorkingHoursTable;
  employees: EmployeeTable;
  auth_tokens: AuthTokenTable;
  login_throttle: LoginThrottleTable;
  contacts: ContactTable;
  contact_persons: ContactPersonTable;
  resources: ResourceTable;
  activity_types: ActivityTypeTable;
  statuses: StatusTable;
  priorities: PriorityTable;
  company_settings: CompanySettingsTable;
  activities: ActivityTable;
  activity_contacts: ActivityContactTable;
  activity_contact_persons: ActivityContactPersonTable;
  activity_employees: ActivityEmployeeTable;
  activity_resources: ActivityResourceTable;
  counters: CounterTable;
  saved_selections: SavedSelectionTable;
  group_activities: GroupActivityTable;
  group_activity_moves: GroupActivityMoveTable;
  batches: BatchTable;
  audit_log: AuditLogTable;
  idempotency_keys: IdempotencyKeyTable;
  contact_codes: ContactCodeTable;
  user_settings: UserSettingsTable;
  calendar_feeds: CalendarFeedTable;
  imports: ImportTable;
  import_changes: ImportChangeTable;
  import_mappings: ImportMappingTable;
  activity_changes: ActivityChangeTable;
  activity_change_exclusions: ActivityChangeExclusionTable;
  activity_change_values: ActivityChangeValueTable;
  activity_change_rows: ActivityChangeRowTable;
};

/** The change-values wizard's drafts (0010-change-values). */
export type ActivityChangeTable = {
  id: Generated<number>;
  status: 'draft' | 'finished' | 'undone' | 'cancelled';
  selection: Text; // JSON
  changes: string; // JSON list
  conflicts: Text; // 'shift' | 'skip'
  time_zone: string;
  finish_result: Text; // JSON answer of the first finish
  created_by: number | null;
  created_at: string;
  updated_at: string;
};
export type ActivityChangeExclusionTable = { change_id: number; activity_id: number };
/** One row per changed activity: the old and new value of each recorded column. */
export type ActivityChangeRowTable = {
  change_id: number;
  activity_id: number;
  old_subject: string | null;
  new_subject: string | null;
  old_type_id: number | null;
  new_type_id: number | null;
  old_status_id: number | null;
  new_status_id: number | null;
  old_priority_id: number | null;
  new_priority_id: number | null;
  old_responsible_id: number | null;
  new_responsible_id: number | null;
  old_done: number | null;
  new_done: number | null;
  old_done_at: string | null;
  new_done_at: string | null;
  old_color: string | null;
  new_color: string | null;
  old_show_in_task_list: number | null;
  new_show_in_task_list: number | null;
  old_custom1: string | null;
  new_custom1: string | null;
  old_custom2: string | null;
  new_custom2: string | null;
  old_notes: string | null;
  new_notes: string | null;
  old_start_at: string | null;
  new_start_at: string | null;
  old_end_at: string | null;
  new_end_at: string | null;
};
export type ActivityChangeValueTable = { change_id: number; activity_id: number; field: string; old_value: Text; new_value: Text };

/** Helper for columns that are written as one type and read as another. */
export type Json<T> = ColumnType<T, string, string>;
