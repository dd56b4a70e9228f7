/**
 * One field of step 4 and its new value; the input follows the field: a text, a register's
 * drop-down, yes/no, a colour, notes replaced or a line appended, start/end set to a date and time
 * or moved by days/hours/minutes, linked employees or resources added or removed, and the
 * responsible as one employee or a distribution over account managers.
 */
import { useI18n } from '../i18n';
import type { MessageKey } from '../../i18n/index';
import { useChange } from './change-context';
import type { EditChange } from './change-model';
import type { ChangeField, DistributionPreview } from './types';

type Props = {
  row: EditChange;
  index: number;
  fields: ChangeField[];
  onChange: (r: EditChange) => void;
  onRemove: () => void;
  onDistribute: () => void;
  error: string | null;
  incomplete: boolean;
  preview: DistributionPreview | null;
};

const DEFAULT_COLOUR = '#2f6fd6';

export function ChangeRow({ row, index, fields, onChange, onRemove, onDistribute, error, incomplete, preview }: Props) {
  const { t, n } = useI18n();
  const { lookups } = useChange();
  const prefix = t('changeValues.chg.row', { n: index + 1 });
  const label = (what: string) => `${prefix}: ${what}`;
  const fieldName = (f: ChangeField) => t(`changeValues.field.${f}` as MessageKey);
  const set = (p: Partial<EditChange>) => onChange({ ...row, ...p });
  const active = <T extends { id: number; name: string; inactive?: boolean; active?: boolean }>(xs: T[]) => xs.filter((x) => x.inactive !== true && x.active !== false);

  const pick = (options: { id: number; name: string }[], allowNone: boolean) => (
    <select aria-label={label(t('changeValues.chg.newValue'))} value={row.choice} onChange={(e) => set({ choice: e.target.value })} aria-invalid={incomplete || undefined}>
      <option value="">{t('changeValues.chg.choose')}</option>
      {allowNone && <option value="none">{t('changeValues.chg.none')}</option>}
      {options.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
    </select>
  );
  const yesNo = () => (
    <select aria-label={label(t('changeValues.chg.newValue'))} value={row.choice} onChange={(e) => set({ choice: e.target.value })} aria-invalid={incomplete || undefined}>
      <option value="">{t('changeValues.chg.choose')}</option>
      <option value="true">{t('changeValues.yes')}</option>
      <option value="false">{t('changeValues.no')}</option>
    </select>
  );
  const multi = (options: { id: number; name: string }[], value: number[], key: 'add' | 'remove', what: string) => (
    <label className="cv-multi">
      <span>{what}</span>
      <select multiple size={Math.min(5, Math.max(3, options.length))} aria-label={label(what)} value={value.map(String)}
        onChange={(e) => set({ [key]: Array.from(e.target.selectedOptions, (o) => Number(o.value)) })}>
        {options.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
      </select>
    </label>
  );

  const editor = () => {
    switch (row.field) {
      case '': return null;
      case 'subject': case 'custom1': case 'custom2':
        return <input type="text" className="cv-text" aria-label={label(t('changeValues.chg.newValue'))} value={row.text} maxLength={row.field === 'subject' ? 500 : 4000}
          placeholder={t('changeValues.chg.emptyClears')} onChange={(e) => set({ text: e.target.value })} />;
      case 'typeId': return pick(active(lookups.types), false);
      case 'statusId': return pick(active(lookups.statuses), true);
      case 'priority': return pick(active(lookups.priorities), true);
      case 'done': case 'showInTaskList': return yesNo();
      case 'color':
        return (
          <span className="cv-inline">
            <input type="color" aria-label={label(t('changeValues.chg.newValue'))} value={row.text || DEFAULT_COLOUR} disabled={row.choice === 'none'} onChange={(e) => set({ text: e.target.value })} />
            <label className="cv-check"><input type="checkbox" checked={row.choice === 'none'} onChange={(e) => set({ choice: e.target.checked ? 'none' : '' })} />{t('changeValues.chg.noColour')}</label>
          </span>
        );
      case 'notes':
        return (
          <span className="cv-stack">
            <select aria-label={label(t('changeValues.chg.how'))} value={row.way} onChange={(e) => set({ way: e.target.value as EditChange['way'] })}>
              <option value="set">{t('changeValues.chg.notes.replace')}</option>
              <option value="append">{t('changeValues.chg.notes.append')}</option>
            </select>
            <textarea rows={2} aria-label={label(t('changeValues.chg.newValue'))} value={row.text} maxLength={4000} aria-invalid={incomplete || undefined}
              placeholder={row.way === 'append' ? t('changeValues.chg.notes.appendHint') : t('changeValues.chg.emptyClears')} onChange={(e) => set({ text: e.target.value })} />
          </span>
        );
      case 'startAt': case 'endAt':
        return (
          <span className="cv-stack">
            <select aria-label={label(t('changeValues.chg.how'))} value={row.way} onChange={(e) => set({ way: e.target.value as EditChange['way'] })}>
              <option value="set">{t('changeValues.chg.time.set')}</option>
              <option value="moveBy">{t('changeValues.chg.time.move')}</option>
            </select>
            {row.way === 'moveBy' ? (
              <span className="cv-inline cv-move">
                {(['days', 'hours', 'minutes'] as const).map((u) => (
                  <label key={u}>
                    <input type="text" inputMode="numeric" className="cv-num" aria-label={label(t(`changeValues.chg.move.${u}`))} value={row.move[u]} placeholder="0"
                      aria-invalid={incomplete || undefined} onChange={(e) => set({ move: { ...row.move, [u]: e.target.value } })} />
                    <span>{t(`changeValues.chg.move.${u}`)}</span>
                  </label>
                ))}
                <small className="wz-muted">{t('changeValues.chg.move.hint')}</small>
              </span>
            ) : (
              <input type="datetime-local" aria-label={label(t('changeValues.chg.newValue'))} value={row.text} aria-invalid={incomplete || undefined}
                onChange={(e) => set({ text: e.target.value })} />
            )}
          </span>
        );
      case 'employeeIds': case 'resourceIds': {
        const opts = row.field === 'employeeIds' ? active(lookups.employees) : active(lookups.resources);
        return (
          <span className="cv-inline cv-links">
            {multi(opts.filter((o) => !row.remove.includes(o.id)), row.add, 'add', t('changeValues.chg.links.add'))}
            {multi(opts.filter((o) => !row.add.includes(o.id)), row.remove, 'remove', t('changeValues.chg.links.remove'))}
          </span>
        );
      }
      case 'responsibleId': {
        const employees = active(lookups.employees);
        const managers = employees.filter((e) => e.isAccountManager);
        const others = employees.filter((e) => !e.isAccountManager);
        return (
          <span className="cv-stack">
            <span className="cv-inline" role="radiogroup" aria-label={label(t('changeValues.chg.how'))}>
              <label className="cv-check"><input type="radio" name={`cv-resp-${row.uid}`} checked={row.way !== 'distribution'} onChange={() => set({ way: 'set' })} />{t('changeValues.chg.resp.one')}</label>
              <label className="cv-check"><input type="radio" name={`cv-resp-${row.uid}`} checked={row.way === 'distribution'} onChange={() => set({ way: 'distribution' })} />{t('changeValues.chg.resp.distribute')}</label>
            </span>
            {row.way === 'distribution' ? (
              <span className="cv-inline">
                <button type="button" onClick={onDistribute}>{t('changeValues.chg.resp.distributeButton')}</button>
                {row.distribution ? <span>{t('changeValues.chg.resp.distributed', { n: preview?.perEmployee.filter((p) => p.count > 0).length ?? distCount(row) })}</span>
                  : <span className="wz-muted">{t('changeValues.chg.resp.notYet')}</span>}
              </span>
            ) : (
              <select aria-label={label(t('changeValues.chg.newValue'))} value={row.choice} onChange={(e) => set({ choice: e.target.value })} aria-invalid={incomplete || undefined}>
                <option value="">{t('changeValues.chg.choose')}</option>
                <option value="none">{t('changeValues.chg.resp.none')}</option>
                <optgroup label={t('wizard.resp.managers')}>{managers.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}</optgroup>
                <optgroup label={t('wizard.resp.others')}>{others.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}</optgroup>
              </select>
            )}
            {row.way === 'distribution' && preview && (
              <table className="wz-table cv-dist-preview">
                <thead><tr><th>{t('wizard.resp.employee')}</th><th className="num">{t('wizard.resp.count')}</th></tr></thead>
                <tbody>{preview.perEmployee.map((p) => <tr key={p.employeeId}><td>{p.name}</td><td className="num">{n(p.count)}</td></tr>)}</tbody>
              </table>
            )}
          </span>
        );
      }
    }
  };

  return (
    <li className={`cv-change${error ? ' has-error' : ''}`} data-field={row.field}>
      <div className="cv-change-row">
        <select className="cv-field" aria-label={label(t('changeValues.chg.field'))} value={row.field}
          onChange={(e) => onChange({ ...row, field: e.target.value as ChangeField, way: 'set', text: e.target.value === 'color' ? DEFAULT_COLOUR : '', choice: '', add: [], remove: [], distribution: null })}>
          <option value="">{t('changeValues.chg.chooseField')}</option>
          {fields.map((f) => <option key={f} value={f}>{fieldName(f)}</option>)}
        </select>
        <div className="cv-editor">{editor()}</div>
        <button type="button" className="wz-icon" aria-label={label(t('changeValues.chg.remove'))} title={t('changeValues.chg.remove')} onClick={onRemove}>×</button>
      </div>
      {error && <p className="wz-field-error" role="alert">{error}</p>}
    </li>
  );
}

const distCount = (r: EditChange) => {
  const d = r.distribution;
  if (!d) return 0;
  return d.method === 'counts' ? d.counts.filter((c) => c.count > 0).length : d.method === 'weighted' ? d.weights.length : d.employeeIds.length;
};
