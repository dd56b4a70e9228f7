/** Port of the activity status register; statuses flagged isDone may be the company's done status. */
import type { Status, ValuesOf } from '../../domain/model/registers.js';
import type { LookupRepository } from './lookups.js';

export type StatusRepository = LookupRepository<Status, ValuesOf<Status>>;
