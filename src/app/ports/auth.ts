import type { Employee, Role } from '../../domain/model/employee.js';

export type CredentialRow = { employee: Employee; passwordHash: string | null };

export interface AuthRepository {
  findCredentialsByEmail(email: string): Promise<CredentialRow | undefined>;
  countAdmins(): Promise<number>;
  createUser(input: { name: string; email: string; role: Role; passwordHash: string; now: string }): Promise<Employee>;
  setPassword(employeeId: number, passwordHash: string, now: string): Promise<void>;
  insertToken(row: { tokenHash: string; kind: 'session' | 'api'; employeeId: number; name: string | null; now: string; expiresAt: string | null }): Promise<void>;
  /** The active employee owning an unexpired token, or undefined. */
  findTokenOwner(tokenHash: string, now: string): Promise<Employee | undefined>;
  deleteToken(tokenHash: string): Promise<void>;
}
