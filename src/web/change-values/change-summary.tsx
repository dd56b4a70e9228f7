/** The chosen changes as sentences ("Start: flyttas 7 dagar"), shown in the report and finish steps. */
import { useI18n } from '../i18n';
import type { MessageKey } from '../../i18n/index';
import { nameOf } from '../lookups';
import { useChange } from './change-context';
import type { Change } from './types';

export function ChangeSummary({ changes }: { changes: Change[] }) {
  const { t, dt } = useI18n();
  const { lookups } = useChange();
  const names = (ids: number[] | undefined, field: 'employeeIds' | 'resourceIds') =>
    (ids ?? []).map((id) => (field === 'employeeIds' ? nameOf(lookups.employees, id) : nameOf(lookups.resources, id))).join(', ');
  const describe = (c: Change): string => {
    if (c.field === 'employeeIds' || c.field === 'resourceIds') {
      return [c.add?.length ? t('changeValues.sum.add', { names: names(c.add, c.field) }) : '', c.remove?.length ? t('changeValues.sum.remove', { names: names(c.remove, c.field) }) : ''].filter(Boolean).join('; ');
    }
    if ('moveBy' in c) {
      const parts = (['days', 'hours', 'minutes'] as const).filter((u) => c.moveBy[u]).map((u) => t(`changeValues.sum.${u}`, { n: c.moveBy[u] }));
      return t('changeValues.sum.move', { by: parts.join(' ') });
    }
    if ('append' in c) return t('changeValues.sum.append', { text: c.append });
    if ('distribution' in c) {
      const d = c.distribution;
      const ids = d.method === 'counts' ? d.counts.map((x) => x.employeeId) : d.method === 'weighted' ? d.weights.map((x) => x.employeeId) : d.employeeIds;
      return t('changeValues.sum.distribute', { names: ids.map((id) => nameOf(lookups.employees, id)).join(', ') });
    }
    // What is left is a plain `{ field, set }` (TypeScript cannot narrow the optional add/remove away).
    const v = (c as { set: string | number | boolean | null }).set;
    if (v == null || v === '') return t('changeValues.sum.empty');
    switch (c.field) {
      case 'typeId': return nameOf(lookups.types, v as number);
      case 'statusId': return nameOf(lookups.statuses, v as number);
      case 'priority': return nameOf(lookups.priorities, v as number);
      case 'responsibleId': return nameOf(lookups.employees, v as number);
      case 'done': case 'showInTaskList': return v ? t('changeValues.yes') : t('changeValues.no');
      case 'startAt': case 'endAt': return t('changeValues.sum.setTo', { value: dt(v as string) });
      default: return t('changeValues.sum.setTo', { value: String(v) });
    }
  };
  return (
    <dl className="cv-summary">
      {changes.map((c) => (
        <div key={c.field} className="cv-summary-line">
          <dt>{t(`changeValues.field.${c.field}` as MessageKey)}</dt>
          <dd>{c.field === 'color' && 'set' in c && c.set ? <span className="cv-swatch" style={{ background: String(c.set) }} aria-hidden="true" /> : null}{describe(c)}</dd>
        </div>
      ))}
    </dl>
  );
}
