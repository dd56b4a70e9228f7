/**
 * The mapping table: one row per column of the file with its header, the field it goes to (a
 * select grouped by contact and contact persons; "do not import" ignores it) and its first values.
 * A field taken by another column is marked, so two columns never fill the same field.
 */
import type { MessageKey } from '../../i18n/index';
import { useI18n } from '../i18n';
import type { Mapping, Preview } from './import-api';

/** The label of a field key: `city`, `person2.email`, `contactNumber`, `firstName` (persons file). */
export function fieldLabel(t: (k: MessageKey, p?: Record<string, string | number>) => string, field: string, kind: 'contacts' | 'persons'): string {
  const m = /^person(\d)\.(\w+)$/.exec(field);
  if (m) return t(`data.field.slot.${m[2]}` as MessageKey, { n: m[1]! });
  if (kind === 'persons' && field !== 'contactNumber') return t(`data.field.person.${field}` as MessageKey);
  return t(`data.field.${field}` as MessageKey);
}

type Props = { preview: Preview; kind: 'contacts' | 'persons'; mapping: Mapping; onChange: (m: Mapping) => void; idPrefix: string };

export function MappingTable({ preview, kind, mapping, onChange, idPrefix }: Props) {
  const { t } = useI18n();
  const taken = new Map<string, string>();
  for (const [h, f] of Object.entries(mapping)) if (f) taken.set(f, h);
  const groups: { label: string; fields: string[] }[] = kind === 'contacts'
    ? [
      { label: t('data.import.group.contact'), fields: preview.fields.filter((f) => !f.startsWith('person')) },
      { label: t('data.import.group.person', { n: 1 }), fields: preview.fields.filter((f) => f.startsWith('person1.')) },
      { label: t('data.import.group.person', { n: 2 }), fields: preview.fields.filter((f) => f.startsWith('person2.')) },
    ]
    : [{ label: t('data.import.group.personsFile'), fields: preview.fields }];
  return (
    <div className="table-box imp-mapping">
      <table className="grid">
        <colgroup><col className="imp-col-header" /><col className="imp-col-field" /><col /></colgroup>
        <thead>
          <tr><th scope="col">{t('data.import.column')}</th><th scope="col">{t('data.import.field')}</th><th scope="col">{t('data.import.examples')}</th></tr>
        </thead>
        <tbody>
          {preview.header.map((h, i) => {
            const id = `${idPrefix}-map-${i}`;
            const examples = preview.rows.map((r) => r.cells[i] ?? '').filter((c) => c.trim() !== '').slice(0, 3);
            return (
              <tr key={h} className={i % 2 ? 'odd' : undefined}>
                <th scope="row"><label htmlFor={id}>{h}</label></th>
                <td>
                  <select id={id} value={mapping[h] ?? ''} className={mapping[h] ? 'imp-mapped' : 'imp-ignored'}
                    onChange={(e) => onChange({ ...mapping, [h]: e.target.value || null })}>
                    <option value="">{t('data.import.ignore')}</option>
                    {groups.map((g) => (
                      <optgroup key={g.label} label={g.label}>
                        {g.fields.map((f) => {
                          const other = taken.get(f);
                          return (
                            <option key={f} value={f} disabled={other !== undefined && other !== h}>
                              {fieldLabel(t, f, kind)}{other !== undefined && other !== h ? ` (${other})` : ''}
                            </option>
                          );
                        })}
                      </optgroup>
                    ))}
                  </select>
                </td>
                <td className="imp-examples" title={examples.join(' · ')}>{examples.join(' · ')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
