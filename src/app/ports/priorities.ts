/** Port of the activity priority register, ordered by rank. */
import type { Priority, ValuesOf } from '../../domain/model/registers.js';
import type { LookupRepository } from './lookups.js';

export type PriorityRepository = LookupRepository<Priority, ValuesOf<Priority>>;
