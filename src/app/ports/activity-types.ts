/** Port of the activity type register; a type's settings apply to every activity created with it. */
import type { ActivityType, ValuesOf } from '../../domain/model/registers.js';
import type { LookupRepository } from './lookups.js';

export type ActivityTypeRepository = LookupRepository<ActivityType, ValuesOf<ActivityType>>;
