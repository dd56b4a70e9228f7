/**
 * Steps 2, 4 and 6 of the wizard: sets any of selection, responsible, distribution, template and
 * options on an open draft. Explicit moves are kept when the selection changes. A distribution
 * that cannot hold is refused here (and again at finish).
 */
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { DraftPatch } from '../ports/group-activities.js';
import type { Actor } from '../../domain/model/employee.js';
import type { ActivityTemplate, GroupOptions } from '../../domain/group-activity/types.js';
import type { Distribution } from '../../domain/distribution/types.js';
import type { Selection } from '../../domain/selection/types.js';
import { validation } from '../../domain/errors.js';
import { validateSelection } from '../../domain/selection/validate.js';
import { normaliseTemplate } from '../../domain/group-activity/template.js';
import { loadOpenDraft, scopeOf, toView, type GroupActivityView } from './load-draft.js';
import { checkOptions, checkTemplate } from './check-template.js';
import { includedFacts, resolveResponsible } from './resolve-responsible.js';
import { checkGroupSchedule, type GroupScheduleInput } from '../../domain/scheduling/group-schedule.js';
import { standardDurationOf } from '../scheduling/schedule-defaults.js';

export type GroupActivityPatch = {
  selection?: unknown;
  responsibleId?: number | null;
  distribution?: Distribution | null;
  template?: ActivityTemplate;
  options?: GroupOptions;
  /** the optional schedule step; null removes it */
  schedule?: GroupScheduleInput | null;
};

export async function updateGroupActivity(store: Store, clock: Clock, actor: Actor, id: number, patch: GroupActivityPatch): Promise<GroupActivityView> {
  const draft = await loadOpenDraft(store, id, actor);
  const changes: DraftPatch = {};
  if (patch.selection !== undefined) {
    changes.selection = patch.selection === null ? null : validateSelection(patch.selection, 'selection') as Selection;
  }
  if (patch.responsibleId !== undefined) {
    if (patch.responsibleId !== null) {
      const f = (await store.groupActivities.managerFacts([patch.responsibleId])).get(patch.responsibleId);
      if (!f) throw validation('responsibleId', `employee ${patch.responsibleId} does not exist`);
      if (!f.active) throw validation('responsibleId', `employee ${patch.responsibleId} is inactive`);
    }
    changes.responsibleId = patch.responsibleId;
  }
  if (patch.template !== undefined) {
    const t = normaliseTemplate(patch.template);
    await checkTemplate(store, draft.mode, t);
    changes.template = t;
  }
  if (patch.options !== undefined) {
    await checkOptions(store, patch.options);
    changes.options = patch.options;
  }
  if (patch.distribution !== undefined) {
    if (patch.distribution !== null && draft.mode !== 'perContact') {
      throw validation('distribution', 'a distribution needs per-contact mode; a shared activity has one responsible');
    }
    changes.distribution = patch.distribution;
  }
  const next = { ...draft, ...changes } as typeof draft;
  if (patch.distribution) {
    const { total, ownCounts } = await includedFacts(store.groupActivities, next, scopeOf(next, true));
    await resolveResponsible(store.groupActivities, next, actor.employeeId, total, ownCounts);
  }
  const schedule = patch.schedule === undefined ? undefined
    : patch.schedule === null ? null : checkGroupSchedule(patch.schedule, await standardDurationOf(store, next.template));
  await store.groupActivities.update(id, changes, clock.now().toISOString());
  if (schedule !== undefined) await store.scheduling.saveDraftSchedule(id, schedule);
  return toView(store, (await store.groupActivities.get(id))!);
}
