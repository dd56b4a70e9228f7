export type AuditEntry = {
  id: number;
  at: string;
  employeeId: number | null;
  action: string;
  entity: string;
  entityId: string | null;
  details: Record<string, unknown> | null;
};

export interface AuditRepository {
  record(entry: Omit<AuditEntry, 'id'>): Promise<void>;
  list(opts: { limit: number; afterId?: number }): Promise<AuditEntry[]>;
}
