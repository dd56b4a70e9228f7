/**
 * The one store interface the use cases work over. storage/kysely-store.ts implements it for both
 * databases. Each register/aggregate has its own repository port in this folder.
 */
import type { AuthRepository } from './auth.js';
import type { AuditRepository } from './audit.js';

export type DbKind = 'sqlite' | 'postgres';

export interface Store {
  readonly kind: DbKind;
  /** Runs `fn` in one database transaction; everything written through `tx` commits or none. */
  transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T>;
  auth: AuthRepository;
  audit: AuditRepository;
}
