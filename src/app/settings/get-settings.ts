/** Reads the company settings for activities. */
import type { Store } from '../ports/store.js';
import type { CompanySettings } from '../../domain/model/registers.js';

export function getSettings(store: Store): Promise<CompanySettings> {
  return store.settings.get();
}
