import type { Store } from '../ports/store.js';
import type { Actor } from '../../domain/model/employee.js';
import { loadChange, toChangeView, type ActivityChangeView } from './load-change.js';

export async function getActivityChange(store: Store, actor: Actor, id: number): Promise<ActivityChangeView> {
  return toChangeView(store, await loadChange(store, id, actor));
}
