/**
 * Activities as the activity list shows them (its filters and sort) with the names of type,
 * status, responsible and linked contacts, read in keyset pages of 1,000. The first page is read
 * before this answers, so a bad filter is an error before anything is sent.
 */
import type { Store } from '../ports/store.js';
import type { ActivityNames } from '../ports/activities.js';
import type { Activity } from '../../domain/model/activity.js';
import { listActivities, type ListActivitiesParams } from '../activities/list-activities.js';

export type ActivityExportRow = Activity & Partial<ActivityNames>;
export type ActivityExportFilters = Omit<ListActivitiesParams, 'limit' | 'cursor' | 'expandNames'>;

const PAGE = 1000;

export async function exportActivities(store: Store, filters: ActivityExportFilters): Promise<AsyncIterable<ActivityExportRow>> {
  let page = await listActivities(store, { ...filters, limit: PAGE, expandNames: true });
  async function* rows(): AsyncGenerator<ActivityExportRow> {
    for (;;) {
      yield* page.items;
      if (!page.nextCursor) return;
      page = await listActivities(store, { ...filters, limit: PAGE, cursor: page.nextCursor, expandNames: true });
    }
  }
  return rows();
}
