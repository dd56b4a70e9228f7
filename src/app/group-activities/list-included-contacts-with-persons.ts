/**
 * Data of the step-5 check report: the included contacts (Swedish name order) with their active
 * contact persons, a page at a time so a report can stream 100,000s of rows.
 */
import type { Store } from '../ports/store.js';
import type { GroupContact, GroupContactPerson } from '../ports/group-activities.js';
import { notFound } from '../../domain/errors.js';
import { decodeCursor, encodeCursor, MAX_LIMIT } from '../paging.js';
import { scopeOf } from './load-draft.js';

export type IncludedContactWithPersons = GroupContact & { persons: GroupContactPerson[] };

export async function listIncludedContactsWithPersons(
  store: Store, draftId: number, cursor?: string | null, limit = MAX_LIMIT,
): Promise<{ items: IncludedContactWithPersons[]; nextCursor: string | null; total: number }> {
  const draft = await store.groupActivities.get(draftId);
  if (!draft) throw notFound('group activity', draftId);
  const after = decodeCursor(cursor, ['string', 'int']) as [string, number] | undefined;
  const { rows, total } = await store.groupActivities.listContacts({ scope: scopeOf(draft), side: 'included', limit: limit + 1, after });
  const more = rows.length > limit;
  const kept = more ? rows.slice(0, limit) : rows;
  const persons = await store.groupActivities.personsOf(kept.map((r) => r.id));
  return {
    total,
    items: kept.map(({ nameKey: _k, sortValue: _s, ...c }) => ({ ...c, persons: persons.get(c.id) ?? [] })),
    nextCursor: more ? encodeCursor([kept[kept.length - 1]!.nameKey, kept[kept.length - 1]!.id]) : null,
  };
}
