/**
 * Bulk writes for the demo seeder: multi-row INSERTs in batches sized to the database's parameter
 * limit, always inside the caller's transaction. The generator (app/seed) decides what to write.
 */
export type DemoEmployee = { name: string; initials: string; email: string; phone: string; isAccountManager: boolean };
export type DemoResource = { name: string; description: string };
export type DemoType = {
  name: string; list: 'calendar' | 'taskList'; color: string | null; defaultAlarmMinutes: number | null;
  showTimeAs: 'free' | 'busy' | 'out';
};
export type DemoStatus = { name: string; isDone: boolean };
export type DemoPriority = { name: string; rank: number };

export type DemoRegisters = {
  companyName: string;
  employees: DemoEmployee[];
  resources: DemoResource[];
  types: DemoType[];
  statuses: DemoStatus[];
  priorities: DemoPriority[];
  /** the contact code registers (category, line of business, status, district) the demo contacts use */
  codes: { field: 'category' | 'lineOfBusiness' | 'status' | 'district'; code: string; label: string }[];
  /** index into `statuses` of the status set when an activity is marked done */
  doneStatus: number;
  standardDurationMinutes: number;
};

/** Ids of the inserted registers, in the order given. */
export type RegisterIds = { employees: number[]; resources: number[]; types: number[]; statuses: number[]; priorities: number[] };

export type DemoPerson = {
  firstName: string; lastName: string; title: string | null; phone: string | null; mobile: string | null;
  email: string | null; isPrimary: boolean;
};

export type DemoContact = {
  name: string; isCustomer: boolean; isSupplier: boolean; isPartner: boolean; isPrivate: boolean;
  category: string | null; lineOfBusiness: string | null; status: string | null; district: string | null;
  postalAddress: string | null; postalCode: string | null; city: string | null; country: string | null;
  phone: string | null; email: string | null; web: string | null; turnover: number | null; employeeCount: number | null;
  custom1: string | null; custom2: string | null; notes: string | null;
  /** index into the account managers (by id), or null */
  accountManager: number | null;
  persons: DemoPerson[];
};

export type SeedContactRow = Omit<DemoContact, 'accountManager'> & { number: number; accountManagerId: number | null };

export type SeedActivityRow = {
  id: number; subject: string; startAt: string; endAt: string; allDay: boolean; alarmMinutes: number | null;
  typeId: number | null; statusId: number | null; priorityId: number | null; done: boolean; doneAt: string | null;
  responsibleId: number | null; notes: string | null; color: string | null; showInTaskList: boolean;
  contactIds: number[]; contactPersonIds: number[]; employeeIds: number[]; resourceIds: number[];
};

export type SeedState = {
  /** seed of the demo data already present, or null when none was seeded */
  demoSeed: number | null;
  /** demo contacts generated so far (the generator's next index) */
  demoContacts: number;
  /** rows already in the registers the demo fills */
  existing: { contacts: number; activityTypes: number; statuses: number; priorities: number; resources: number };
};

export interface SeedRepository {
  state(): Promise<SeedState>;
  setState(seed: number, contacts: number): Promise<void>;
  insertRegisters(r: DemoRegisters, now: string): Promise<RegisterIds>;
  /** Active account managers, by id: the ones contacts are spread over. */
  accountManagerIds(): Promise<number[]>;
  /** Inserts contacts with their persons; answers the new contact ids and, per contact, its person ids. */
  insertContacts(rows: SeedContactRow[], now: string): Promise<{ contactIds: number[]; personIds: number[][] }>;
  insertActivities(rows: SeedActivityRow[], now: string): Promise<void>;
}
