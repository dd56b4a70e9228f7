/** Lists employees in Swedish name order with keyset paging; filters q, isAccountManager, active. */
import type { Store } from '../ports/store.js';
import type { Employee } from '../../domain/model/employee.js';
import { clampLimit, decodeCursor, toPage, type Page } from '../paging.js';
import { sortKey } from '../../domain/text.js';

export type ListEmployeesInput = { q?: string; isAccountManager?: boolean; active?: boolean; limit?: unknown; cursor?: string };

export async function listEmployees(store: Store, input: ListEmployeesInput): Promise<Page<Employee>> {
  const limit = clampLimit(input.limit);
  const cursor = decodeCursor(input.cursor, ['string', 'int']);
  const rows = await store.employees.list({
    q: input.q?.trim() || undefined, isAccountManager: input.isAccountManager, active: input.active,
    limit: limit + 1, after: cursor as [string, number] | undefined,
  });
  return toPage(rows, limit, (e) => e, (e) => [sortKey(e.name), e.id]);
}
