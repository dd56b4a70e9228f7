/** Reads one activity with its links (and display names when asked). */
import type { Store } from '../ports/store.js';
import type { ActivityNames } from '../ports/activities.js';
import type { Activity } from '../../domain/model/activity.js';
import { notFound } from '../../domain/errors.js';

export async function getActivity(store: Store, id: number, expandNames = false): Promise<Activity & Partial<ActivityNames>> {
  const a = await store.activities.get(id);
  if (!a) throw notFound('activity', id);
  if (!expandNames) return a;
  return { ...a, ...(await store.activities.names([a])).get(a.id) };
}
