/**
 * The rows of a selection at one level: connector, field, condition, value and a remove button,
 * groups as framed boxes, and "some/none" relation rows with their own nested rows. Recursive.
 */
import { useI18n } from '../i18n';
import type { MessageKey } from '../../i18n/index';
import type { CatalogueField, Connector, Named } from './types';
import { SelectionValue } from './selection-value';
import { isEditGroup, newGroup, newRow, type EditItem, type EditRow } from './selection-model';

type Props = {
  items: EditItem[];
  catalogue: CatalogueField[];
  onChange: (items: EditItem[]) => void;
  refOptions: (field: string) => Named[] | null;
  errors: Map<number, string>;
  path: string;
  allowGroups?: boolean;
  /** A field's label where the wizard words it its own way (null = the common `wizard.field.*`). */
  fieldLabel?: (field: string, relation: string | null) => string | null;
  /** The relation whose fields this level lists (null at the top). */
  relation?: string | null;
};

export function SelectionBuilder({ items, catalogue, onChange, refOptions, errors, path, allowGroups = true, fieldLabel, relation = null }: Props) {
  const { t } = useI18n();
  const label = (k: string, fallback: string) => { const s = t(k as MessageKey); return s === k ? fallback : s; };
  const set = (i: number, it: EditItem) => onChange(items.map((x, j) => (j === i ? it : x)));
  const remove = (i: number) => onChange(items.filter((_, j) => j !== i));

  const connector = (it: EditItem, i: number, prefix: string) => (i === 0
    ? <span className="wz-sel-conn wz-where">{t('wizard.sel.where')}</span>
    : (
      <select className="wz-sel-conn" aria-label={`${prefix}: ${t('wizard.sel.connector')}`} value={it.connector} onChange={(e) => set(i, { ...it, connector: e.target.value as Connector })}>
        <option value="and">{t('wizard.sel.and')}</option>
        <option value="or">{t('wizard.sel.or')}</option>
      </select>
    ));

  const renderRow = (row: EditRow, i: number) => {
    const prefix = t('wizard.sel.row', { n: `${path}${i + 1}` });
    const def = catalogue.find((f) => f.field === row.field);
    const err = errors.get(row.uid);
    const condLabel = (c: string) => label(def?.kind === 'relation' && (c === 'isEmpty' || c === 'isNotEmpty') ? `wizard.cond.rel${c[0].toUpperCase()}${c.slice(1)}` : `wizard.cond.${c}`, c);
    return (
      <li key={row.uid} className={`wz-sel-item${err ? ' has-error' : ''}`}>
        <div className="wz-sel-row">
          {connector(row, i, prefix)}
          <select className="wz-sel-field" aria-label={`${prefix}: ${t('wizard.sel.field')}`} value={row.field}
            onChange={(e) => { const d = catalogue.find((f) => f.field === e.target.value); set(i, { ...row, field: e.target.value, condition: d?.conditions[0] ?? '', value: '', sub: d?.kind === 'relation' ? [newRow()] : undefined }); }}>
            <option value="">{t('wizard.sel.choose')}</option>
            {catalogue.map((f) => <option key={f.field} value={f.field}>{fieldLabel?.(f.field, relation) ?? label(`wizard.field.${f.field}`, f.field)}</option>)}
          </select>
          <select className="wz-sel-cond" aria-label={`${prefix}: ${t('wizard.sel.condition')}`} value={row.condition} disabled={!def}
            onChange={(e) => set(i, { ...row, condition: e.target.value, value: e.target.value === 'between' ? ['', ''] : e.target.value === 'in' ? [] : '' })}>
            {!def && <option value="">{t('wizard.sel.choose')}</option>}
            {(def?.conditions ?? []).map((c) => <option key={c} value={c}>{condLabel(c)}</option>)}
          </select>
          <SelectionValue row={row} def={def} options={refOptions(row.field)} onChange={(v) => set(i, { ...row, value: v })} labelPrefix={prefix} invalid={!!err} />
          <button type="button" className="wz-icon" aria-label={`${prefix}: ${t('wizard.sel.remove')}`} title={t('wizard.sel.remove')} onClick={() => remove(i)}>×</button>
        </div>
        {err && <p className="wz-field-error" role="alert">{err}</p>}
        {def?.kind === 'relation' && (row.condition === 'some' || row.condition === 'none') && (
          <div className="wz-sel-nested">
            <SelectionBuilder items={row.sub ?? []} catalogue={def.fields ?? []} onChange={(sub) => set(i, { ...row, sub })}
              refOptions={refOptions} errors={errors} path={`${path}${i + 1}.`} allowGroups={false} fieldLabel={fieldLabel} relation={row.field} />
          </div>
        )}
      </li>
    );
  };

  return (
    <div className="wz-sel-level">
      <ul className="wz-sel-list">
        {items.map((it, i) => {
          if (!isEditGroup(it)) return renderRow(it, i);
          const prefix = `${t('wizard.sel.group')} ${path}${i + 1}`;
          return (
            <li key={it.uid} className="wz-sel-item">
              <div className="wz-sel-row">
                {connector(it, i, prefix)}
                <fieldset className="wz-sel-group">
                  <legend>{prefix}</legend>
                  <SelectionBuilder items={it.group} catalogue={catalogue} onChange={(g) => set(i, { ...it, group: g })}
                    refOptions={refOptions} errors={errors} path={`${path}${i + 1}.`} allowGroups={false} fieldLabel={fieldLabel} relation={relation} />
                </fieldset>
                <button type="button" className="wz-icon" aria-label={`${prefix}: ${t('wizard.sel.removeGroup')}`} title={t('wizard.sel.removeGroup')} onClick={() => remove(i)}>×</button>
              </div>
            </li>
          );
        })}
      </ul>
      <div className="wz-sel-add">
        <button type="button" onClick={() => onChange([...items, newRow()])}>{t('wizard.sel.addRow')}</button>
        {allowGroups && <button type="button" onClick={() => onChange([...items, newGroup()])}>{t('wizard.sel.addGroup')}</button>}
      </div>
    </div>
  );
}
