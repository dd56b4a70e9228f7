/**
 * The default length of a scheduled activity: the card's own start–end, else its type's default
 * duration, else the standard duration (the same order as the card's end, `durationOf`).
 */
import type { Store } from '../ports/store.js';
import type { ActivityTemplate } from '../../domain/group-activity/types.js';
import { durationOf } from '../../domain/activity-defaults.js';

export async function standardDurationOf(store: Store, template: ActivityTemplate): Promise<number> {
  if (template.startAt && template.endAt && !template.allDay) {
    const minutes = Math.round((Date.parse(template.endAt) - Date.parse(template.startAt)) / 60_000);
    if (minutes >= 5 && minutes <= 24 * 60) return minutes;
  }
  const type = template.typeId ? await store.activities.typeDefaults(template.typeId) : undefined;
  return durationOf(type, (await store.settings.get()).standardDurationMinutes);
}
