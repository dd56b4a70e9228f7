/** Port of the company settings for activities (one row). Other use cases read it with `get()`. */
import type { CompanySettings } from '../../domain/model/registers.js';

export type SettingsValues = Omit<CompanySettings, 'updatedAt'>;

export interface SettingsRepository {
  get(): Promise<CompanySettings>;
  update(values: Partial<SettingsValues>, now: string): Promise<CompanySettings>;
}
