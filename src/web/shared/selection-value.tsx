/**
 * The value input of one selection row; its form follows the field's kind and the condition:
 * none for "is empty", two inputs for "between", a multi-select for references "is one of",
 * a date input for dates, a number field that takes Swedish or English formatting, and for the
 * code fields (category, line of business, status, district) a drop-down of the register's codes
 * ("is one of" a multi-select); "starts with"/"contains" keep a text box.
 */
import { useI18n } from '../i18n';
import { codeText } from '../contact-codes';
import type { CatalogueField, Named } from './types';
import { VALUELESS, type EditRow } from './selection-model';

type Props = {
  row: EditRow;
  def: CatalogueField | undefined;
  options: Named[] | null;
  onChange: (value: unknown) => void;
  labelPrefix: string;
  invalid: boolean;
};

export function SelectionValue({ row, def, options, onChange, labelPrefix, invalid }: Props) {
  const { t } = useI18n();
  if (!def || !row.condition || VALUELESS.has(row.condition) || def.kind === 'relation' || def.kind === 'flag') return <span className="wz-sel-value" />;
  const kind = def.kind;
  const label = `${labelPrefix}: ${t('wizard.sel.value')}`;
  const common = { 'aria-invalid': invalid || undefined };

  // Codes: the register's codes by their label; a value no longer in the register stays offered.
  const codeOptions = (keep: string[]) => {
    const opts = (def.options ?? []).filter((o) => !o.inactive || keep.some((k) => k.toLowerCase() === o.value.toLowerCase()))
      .map((o) => ({ id: o.value, name: o.inactive ? t('code.inactive', { label: codeText({ code: o.value, label: o.label }) }) : codeText({ code: o.value, label: o.label }) }));
    for (const k of keep) if (k && !opts.some((o) => o.id.toLowerCase() === k.toLowerCase())) opts.push({ id: k, name: k });
    return opts;
  };
  const codeList = kind === 'code' && !!def.options && (row.condition === 'eq' || row.condition === 'ne' || row.condition === 'in');
  if (codeList && row.condition !== 'in') {
    const v = String(row.value ?? '');
    const opts = codeOptions([v]);
    const match = opts.find((o) => o.id.toLowerCase() === v.toLowerCase());
    return (
      <span className="wz-sel-value">
        <select aria-label={label} value={match ? match.id : v} onChange={(e) => onChange(e.target.value)} {...common}>
          <option value="">{t('wizard.sel.choose')}</option>
          {opts.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
        </select>
      </span>
    );
  }
  if (codeList) {
    const chosen = (Array.isArray(row.value) ? row.value : String(row.value ?? '').split(',')).map((x) => String(x).trim()).filter(Boolean);
    const opts = codeOptions(chosen);
    const selected = opts.filter((o) => chosen.some((c) => c.toLowerCase() === o.id.toLowerCase())).map((o) => o.id);
    return (
      <span className="wz-sel-value">
        <select multiple aria-label={label} size={Math.min(5, Math.max(2, opts.length))} value={selected} {...common}
          onChange={(e) => onChange(Array.from(e.target.selectedOptions, (o) => o.value))}>
          {opts.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
        </select>
        <small className="wz-sel-chosen" aria-live="polite">{selected.length ? selected.join(', ') : t('wizard.sel.choose')}</small>
      </span>
    );
  }

  const single = (v: unknown, set: (x: string) => void, aria: string) => {
    if (kind === 'date') return <input type="date" aria-label={aria} value={String(v ?? '')} onChange={(e) => set(e.target.value)} {...common} />;
    if (kind === 'number' || (kind === 'reference' && !options)) {
      return <input type="text" inputMode="decimal" aria-label={aria} value={String(v ?? '')} onChange={(e) => set(e.target.value)} {...common} />;
    }
    if (kind === 'reference' || kind === 'types') {
      const opts = kind === 'types' ? (def.values ?? []).map((v) => ({ id: v, name: t(`wizard.type.${v}` as 'wizard.type.customer') })) : options!.map((o) => ({ id: String(o.id), name: o.name }));
      return (
        <select aria-label={aria} value={String(v ?? '')} onChange={(e) => set(e.target.value)} {...common}>
          <option value="">{t('wizard.sel.choose')}</option>
          {opts.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
        </select>
      );
    }
    return <input type="text" aria-label={aria} value={String(v ?? '')} onChange={(e) => set(e.target.value)} {...common} />;
  };

  if (row.condition === 'between') {
    const [a, b] = Array.isArray(row.value) ? row.value : ['', ''];
    return (
      <span className="wz-sel-value wz-between">
        {single(a, (x) => onChange([x, b]), `${labelPrefix}: ${t('wizard.sel.valueFrom')}`)}
        <span aria-hidden="true">–</span>
        {single(b, (x) => onChange([a, x]), `${labelPrefix}: ${t('wizard.sel.valueTo')}`)}
      </span>
    );
  }
  if (row.condition === 'in' && ((kind === 'reference' && options) || kind === 'types')) {
    const chosen = new Set((Array.isArray(row.value) ? row.value : []).map(String));
    const opts = kind === 'types' ? (def.values ?? []).map((v) => ({ id: v, name: t(`wizard.type.${v}` as 'wizard.type.customer') })) : options!.map((o) => ({ id: String(o.id), name: o.name }));
    return (
      <span className="wz-sel-value">
        <select multiple aria-label={label} size={Math.min(4, Math.max(2, opts.length))} value={[...chosen]} {...common}
          onChange={(e) => onChange(Array.from(e.target.selectedOptions, (o) => (kind === 'types' ? o.value : Number(o.value))))}>
          {opts.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
        </select>
      </span>
    );
  }
  if (row.condition === 'in') {
    return <span className="wz-sel-value"><input type="text" aria-label={label} placeholder={t('wizard.sel.inHint')} value={String(row.value ?? '')} onChange={(e) => onChange(e.target.value)} {...common} /></span>;
  }
  return <span className="wz-sel-value">{single(row.value, onChange, label)}</span>;
}
