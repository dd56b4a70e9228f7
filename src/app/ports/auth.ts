import type { Employee, Role } from '../../domain/model/employee.js';

export type CredentialRow = { employee: Employee; passwordHash: string | null };

export type TokenKind = 'session' | 'api';

/** A session or API token as people see it: never the secret, never its hash. */
export type TokenInfo = {
  id: number;
  kind: TokenKind;
  employeeId: number;
  employeeName: string;
  name: string | null;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
};

/** What authenticating a secret finds: its owner and the token itself. */
export type TokenOwner = { employee: Employee; tokenId: number; kind: TokenKind; lastUsedAt: string | null };

export interface AuthRepository {
  findCredentialsByEmail(email: string): Promise<CredentialRow | undefined>;
  countAdmins(): Promise<number>;
  createUser(input: { name: string; email: string; role: Role; passwordHash: string; now: string }): Promise<Employee>;
  setPassword(employeeId: number, passwordHash: string, now: string): Promise<void>;
  insertToken(row: { tokenHash: string; kind: TokenKind; employeeId: number; name: string | null; now: string; expiresAt: string | null }): Promise<number>;
  /**
   * The active employee owning a token that has not expired at `now`; a session also ends when
   * it was last used (or made) before `sessionIdleSince`.
   */
  findTokenOwner(tokenHash: string, now: string, sessionIdleSince: string): Promise<TokenOwner | undefined>;
  /** Sets last_used_at, unless it is already `since` or later (so a burst writes once). */
  touchToken(tokenId: number, now: string, since: string): Promise<void>;
  /** Deletes the token; answers the id it had, if it existed. */
  deleteToken(tokenHash: string): Promise<number | undefined>;
  /** Tokens by id, for one employee or everybody, `kind` optional; keyset after `afterId`. */
  listTokens(filter: { employeeId?: number; kind?: TokenKind; afterId?: number; limit: number }): Promise<TokenInfo[]>;
  getToken(id: number): Promise<TokenInfo | undefined>;
  deleteTokenById(id: number): Promise<boolean>;
  /** Ends every session and API token of the employee except `keepTokenHash`; answers how many. */
  deleteTokensOf(employeeId: number, keepTokenHash?: string): Promise<number>;
  /** Drops tokens past their expiry and sessions idle since before `sessionIdleSince`. */
  purgeExpiredTokens(now: string, sessionIdleSince: string): Promise<void>;
}
