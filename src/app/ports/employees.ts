/**
 * Port of the employee register. Users are employees with a password hash and a role; the hash
 * never leaves storage except through `passwordHash` for the password change.
 */
import type { Employee, Role } from '../../domain/model/employee.js';

/** The fields an administrator sets; id, timestamps and `canLogIn` follow from storage. */
export type EmployeeValues = Omit<Employee, 'id' | 'canLogIn' | 'createdAt' | 'updatedAt'>;

export type EmployeeListQuery = {
  q?: string;
  isAccountManager?: boolean;
  active?: boolean;
  /** Rows to fetch (the use case asks for one more than the page). */
  limit: number;
  /** Keyset position: the last row's [name_key, id]. */
  after?: [string, number];
};

export interface EmployeeRepository {
  /** Ordered by Swedish name order (name_key), then id. */
  list(query: EmployeeListQuery): Promise<Employee[]>;
  get(id: number): Promise<Employee | undefined>;
  /** The id of the employee with this e-mail (case-insensitive), if any. */
  findIdByEmail(email: string): Promise<number | undefined>;
  create(values: EmployeeValues & { passwordHash: string | null }, now: string): Promise<Employee>;
  update(id: number, values: Partial<EmployeeValues & { passwordHash: string }>, now: string): Promise<Employee | undefined>;
  passwordHash(id: number): Promise<string | null | undefined>;
  countActiveAdmins(): Promise<number>;
}
