/** Port of the resource register (meeting rooms, cars, projectors …). */
import type { Resource, ValuesOf } from '../../domain/model/registers.js';
import type { LookupRepository } from './lookups.js';

export type ResourceRepository = LookupRepository<Resource, ValuesOf<Resource>>;
