/**
 * The Store for both databases: one Kysely instance (or transaction) wrapped into the repository
 * ports. A transaction store is the same shape built over the transaction handle.
 */
import type { Kysely } from 'kysely';
import type { DB } from './schema.js';
import type { Database } from './database.js';
import type { Dialect } from './dialect.js';
import type { Store } from '../app/ports/store.js';
import { authRepository } from './repositories/auth.js';
import { loginThrottleRepository } from './repositories/login-throttle.js';
import { auditRepository } from './repositories/audit.js';
import { employeesRepository } from './repositories/employees.js';
import { contactsRepository } from './repositories/contacts.js';
import { contactPersonsRepository } from './repositories/contact-persons.js';
import { resourcesRepository } from './repositories/resources.js';
import { activityTypesRepository } from './repositories/activity-types.js';
import { statusesRepository } from './repositories/statuses.js';
import { prioritiesRepository } from './repositories/priorities.js';
import { settingsRepository } from './repositories/settings.js';
import { selectionRepository } from './repositories/selections.js';
import { countersRepository } from './repositories/counters.js';
import { activitiesRepository } from './repositories/activities.js';
import { seedRepository } from './repositories/seed.js';
import { groupActivitiesRepository } from './repositories/group-activities.js';
import { reportDataRepository } from './repositories/report-data.js';
import { contactCodesRepository } from './repositories/contact-codes.js';
import { calendarRepository } from './repositories/calendar.js';
import { importsRepository } from './repositories/imports.js';
import { activityChangesRepository } from './repositories/activity-changes.js';
import { schedulingRepository } from './repositories/scheduling.js';
import { setImmediate as nextMacrotask } from 'node:timers/promises';

export function createStore(database: Database): Store {
  return buildStore(database.db, database.dialect, false, database.reader);
}

/** `reader`: where reports read (see Database.reader); inside a transaction, the transaction. */
function buildStore(db: Kysely<DB>, dialect: Dialect, inTransaction: boolean, reader: Kysely<DB> = db): Store {
  return {
    kind: dialect.name,
    letOthersRun: () => nextMacrotask(),
    async refreshStatistics(tables) {
      // Inside a transaction it would hold the tables' statistics lock to the end: callers run it after.
      const statement = dialect.refreshStatistics?.(tables);
      if (statement && !inTransaction) await statement.execute(db);
    },
    async transaction(fn) {
      // Nested calls reuse the open transaction, so use cases compose.
      if (inTransaction) return fn(buildStore(db, dialect, true));
      return db.transaction().execute((trx) => fn(buildStore(trx, dialect, true)));
    },
    auth: authRepository(db),
    loginThrottle: loginThrottleRepository(db),
    audit: auditRepository(db),
    employees: employeesRepository(db),
    contacts: contactsRepository(db, dialect),
    contactPersons: contactPersonsRepository(db),
    resources: resourcesRepository(db),
    activityTypes: activityTypesRepository(db),
    statuses: statusesRepository(db),
    priorities: prioritiesRepository(db),
    settings: settingsRepository(db),
    selections: selectionRepository(db),
    counters: countersRepository(db),
    activities: activitiesRepository(db),
    seed: seedRepository(db, dialect),
    groupActivities: groupActivitiesRepository(db, dialect),
    reportData: reportDataRepository(reader, dialect),
    contactCodes: contactCodesRepository(db),
    calendar: calendarRepository(db, dialect),
    imports: importsRepository(db, dialect),
    activityChanges: activityChangesRepository(db, dialect),
    scheduling: schedulingRepository(db),
  };
}
