export type AuditEntry = {
  id: number;
  at: string;
  employeeId: number | null;
  /** who, by name (read with the entry; null when unknown) */
  employeeName?: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  details: Record<string, unknown> | null;
};

export interface AuditRepository {
  record(entry: Omit<AuditEntry, 'id'>): Promise<void>;
  /** Newest first; `entity`/`entityId` narrow it to one kind of record or one record's history. */
  list(opts: { limit: number; afterId?: number; entity?: string; entityId?: string }): Promise<AuditEntry[]>;
}
