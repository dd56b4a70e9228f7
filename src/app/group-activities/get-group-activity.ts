/** One group activity (draft or finished) with its live included/excluded counts. */
import type { Store } from '../ports/store.js';
import type { Actor } from '../../domain/model/employee.js';
import { loadDraft, toView, type GroupActivityView } from './load-draft.js';

export async function getGroupActivity(store: Store, actor: Actor, id: number): Promise<GroupActivityView> {
  return toView(store, await loadDraft(store, id, actor));
}
