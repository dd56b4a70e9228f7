/**
 * Step 4: who is responsible. A drop-down of active employees (account managers first); in
 * per-contact mode "Fördela…" spreads the activities over account managers instead, with a
 * preview of who gets how many and, on demand, which contacts.
 */
import { useEffect, useState } from 'react';
import { get, patch } from '../api';
import { useI18n } from '../i18n';
import { DistributeDialog } from '../shared/distribute-dialog';
import { useWizard } from './wizard-context';
import type { Distribution, DistributionPreview } from './types';

export function StepResponsible() {
  const { t, n } = useI18n();
  const { draft, update, employees } = useWizard();
  const [open, setOpen] = useState(false);
  const [preview, setPreview] = useState<DistributionPreview | null>(null);
  const [showContacts, setShowContacts] = useState(false);
  const managers = employees.filter((e) => e.isAccountManager && e.active);
  const others = employees.filter((e) => !e.isAccountManager && e.active);
  const perContact = draft.mode === 'perContact';
  const key = JSON.stringify([draft.distribution, draft.responsibleId, draft.counts.included]);

  useEffect(() => {
    if (!draft.distribution && draft.responsibleId == null) { setPreview(null); return; }
    const h = setTimeout(() => {
      get<DistributionPreview>(`/api/group-activities/${draft.id}/distribution?limit=200`).then(setPreview, () => setPreview(null));
    }, 150);
    return () => clearTimeout(h);
  }, [key, draft.id]); // eslint-disable-line react-hooks/exhaustive-deps

  const before = { distribution: draft.distribution, responsibleId: draft.responsibleId };
  const choose = (d: Distribution) => { setOpen(false); void update({ distribution: d, responsibleId: null }, 0); };
  const cancel = () => { setOpen(false); void update(before, 0); };
  // The server knows who owns which contact: set the method on the draft and read its preview.
  const ownManagerShares = async (employeeIds: number[]) => {
    await patch(`/api/group-activities/${draft.id}`, { distribution: { method: 'ownManager', employeeIds }, responsibleId: null });
    const p = await get<DistributionPreview>(`/api/group-activities/${draft.id}/distribution?limit=1`);
    return p.perEmployee.map((x) => ({ employeeId: x.employeeId, count: x.count }));
  };
  const name = (id: number) => employees.find((e) => e.id === id)?.name ?? `#${id}`;

  return (
    <div className="wz-resp">
      <div className="wz-resp-row">
        <label className="wz-field">
          <span>{t('wizard.resp.label')}</span>
          <select value={draft.responsibleId ?? ''} onChange={(e) => void update({ responsibleId: e.target.value ? Number(e.target.value) : null, ...(perContact ? { distribution: null } : {}) }, 0)}>
            <option value="">{t('wizard.resp.none')}</option>
            <optgroup label={t('wizard.resp.managers')}>{managers.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}</optgroup>
            <optgroup label={t('wizard.resp.others')}>{others.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}</optgroup>
          </select>
        </label>
        {perContact && (
          <>
            <span className="wz-muted">{t('wizard.resp.or')}</span>
            <button type="button" onClick={() => setOpen(true)} disabled={draft.counts.included === 0}>{t('wizard.resp.distribute')}</button>
          </>
        )}
      </div>
      {perContact && !draft.distribution && <p className="wz-muted">{t('wizard.resp.perContactHint')}</p>}
      {draft.distribution && (
        <p className="wz-resp-dist">
          {t('wizard.resp.distributed', { n: preview?.perEmployee.filter((p) => p.count > 0).length ?? 0 })}{' '}
          <button type="button" className="wz-link" onClick={() => void update({ distribution: null }, 0)}>{t('wizard.resp.removeDistribution')}</button>
        </p>
      )}
      {preview && (
        <section className="wz-preview" aria-labelledby="wz-preview-title">
          <h3 id="wz-preview-title">{t('wizard.resp.preview')}</h3>
          <table className="wz-table wz-preview-table">
            <thead><tr><th>{t('wizard.resp.employee')}</th><th className="num">{t('wizard.resp.count')}</th><th className="wz-bar-col" aria-hidden="true" /></tr></thead>
            <tbody>
              {preview.perEmployee.map((p) => (
                <tr key={p.employeeId}>
                  <td>{p.name ?? name(p.employeeId)}</td>
                  <td className="num">{n(p.count)}</td>
                  <td className="wz-bar-cell"><span className="wz-bar" style={{ width: `${preview.total ? (p.count / preview.total) * 100 : 0}%` }} /></td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" className="wz-link" aria-expanded={showContacts} onClick={() => setShowContacts((s) => !s)}>{t('wizard.resp.showContacts')}</button>
          {showContacts && (
            <div className="wz-scroll">
              <table className="wz-table">
                <thead><tr><th className="num">{t('wizard.adj.col.number')}</th><th>{t('wizard.resp.contact')}</th><th>{t('wizard.field.postalCode')}</th><th>{t('wizard.resp.employee')}</th></tr></thead>
                <tbody>
                  {preview.assignments.items.map((a) => {
                    const r = a as { contactId: number; number: number; name: string; postalCode: string | null; employeeId: number | null };
                    return <tr key={r.contactId}><td className="num">{r.number}</td><td>{r.name}</td><td>{r.postalCode}</td><td>{r.employeeId != null ? name(r.employeeId) : ''}</td></tr>;
                  })}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
      <DistributeDialog open={open} ownManagerShares={ownManagerShares} total={draft.counts.included} managers={managers} current={draft.distribution}
        onOk={choose} onCancel={cancel} />
    </div>
  );
}
