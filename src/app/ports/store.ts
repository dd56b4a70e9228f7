/**
 * The one store interface the use cases work over. storage/kysely-store.ts implements it for both
 * databases. Each register/aggregate has its own repository port in this folder.
 */
import type { AuthRepository } from './auth.js';
import type { LoginThrottleRepository } from './login-throttle.js';
import type { AuditRepository } from './audit.js';
import type { EmployeeRepository } from './employees.js';
import type { ContactRepository } from './contacts.js';
import type { ContactPersonRepository } from './contact-persons.js';
import type { ResourceRepository } from './resources.js';
import type { ActivityTypeRepository } from './activity-types.js';
import type { StatusRepository } from './statuses.js';
import type { PriorityRepository } from './priorities.js';
import type { SettingsRepository } from './settings.js';
import type { SelectionRepository } from './selections.js';
import type { CountersRepository } from './counters.js';
import type { ActivitiesRepository } from './activities.js';
import type { ReportDataRepository } from './report-data.js';
import type { SeedRepository } from './seed.js';
import type { GroupActivitiesRepository } from './group-activities.js';
import type { ContactCodeRepository } from './contact-codes.js';
import type { CalendarRepository } from './calendar.js';
import type { ImportRepository } from './imports.js';
import type { ActivityChangesRepository } from './activity-changes.js';
import type { SchedulingRepository } from './scheduling.js';

export type DbKind = 'sqlite' | 'postgres';

export type StatisticsTable = 'activities' | 'activity_contacts' | 'activity_contact_persons' | 'contacts' | 'contact_persons';

export interface Store {
  readonly kind: DbKind;
  /** Runs `fn` in one database transaction; everything written through `tx` commits or none. */
  transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T>;
  /**
   * Lets other requests run between the steps of a long transaction whose own work between
   * statements is long (an import reading its next rows). The statements themselves do not hold
   * the server: SQLite's run on the writer's thread, PostgreSQL's on the server.
   */
  letOthersRun(): Promise<void>;
  /**
   * After a bulk write (a finish, an import), outside its transaction: the query planner learns
   * the tables' new sizes now rather than when autovacuum comes by, so the report read right
   * after is planned for 100,000 rows, not for the one the statistics still say.
   */
  refreshStatistics(tables: StatisticsTable[]): Promise<void>;
  auth: AuthRepository;
  loginThrottle: LoginThrottleRepository;
  audit: AuditRepository;
  employees: EmployeeRepository;
  contacts: ContactRepository;
  contactPersons: ContactPersonRepository;
  resources: ResourceRepository;
  activityTypes: ActivityTypeRepository;
  statuses: StatusRepository;
  priorities: PriorityRepository;
  settings: SettingsRepository;
  selections: SelectionRepository;
  counters: CountersRepository;
  activities: ActivitiesRepository;
  seed: SeedRepository;
  groupActivities: GroupActivitiesRepository;
  reportData: ReportDataRepository;
  contactCodes: ContactCodeRepository;
  calendar: CalendarRepository;
  imports: ImportRepository;
  activityChanges: ActivityChangesRepository;
  scheduling: SchedulingRepository;
}
