/**
 * Step 4: the fields to change and their new values, one row per field. The step owns the rows
 * while it is open: every complete row is saved to the draft shortly after the last keystroke (and
 * before the wizard moves on), an incomplete one stays on screen and says what it still needs.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { get, patch } from '../api';
import { useI18n } from '../i18n';
import type { MessageKey } from '../../i18n/index';
import { DistributeDialog } from '../shared/distribute-dialog';
import type { Distribution } from '../shared/types';
import { useBlocker, useChange } from './change-context';
import { CHANGE_FIELDS, exportChanges, fromChange, keepRows, keptRows, newEdit, type EditChange } from './change-model';
import { ChangeRow } from './change-row';
import type { DistributionPreview } from './types';

export function StepChanges() {
  const { t } = useI18n();
  const { draft, update, flush, lookups, beforeLeave, error: saveError } = useChange();
  const [rows, setRows] = useState<EditChange[]>(() => keptRows(draft.id, draft.changes)
    ?? (draft.changes.length ? draft.changes.map(fromChange) : [newEdit()]));
  useEffect(() => { keepRows(draft.id, rows); }, [draft.id, rows]);
  const [distributing, setDistributing] = useState<number | null>(null);
  const [preview, setPreview] = useState<DistributionPreview | null>(null);
  const exported = useMemo(() => exportChanges(rows), [rows]);
  const json = JSON.stringify(exported.changes);
  const lastSent = useRef(JSON.stringify(draft.changes));

  useEffect(() => {
    if (json === lastSent.current) return;
    lastSent.current = json;
    void update({ changes: exported.changes }, 300);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [json]);

  const latest = useRef({ json, changes: exported.changes });
  latest.current = { json, changes: exported.changes };
  useEffect(() => {
    const save = () => {
      const { json: j, changes } = latest.current;
      if (j !== lastSent.current) { lastSent.current = j; void update({ changes }, 0); }
    };
    beforeLeave.current = save;
    return () => { beforeLeave.current = null; save(); };
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  // Who gets how many, once the responsible is distributed and the draft has it.
  const distribution = rows.find((r) => r.field === 'responsibleId' && r.way === 'distribution')?.distribution ?? null;
  // Asked once the draft on the server has it: what is pending is sent first.
  const distKey = JSON.stringify([draft.changes.find((c) => c.field === 'responsibleId'), draft.counts.included]);
  useEffect(() => {
    if (!draft.changes.some((c) => 'distribution' in c)) { setPreview(null); return; }
    let live = true;
    const h = setTimeout(() => {
      flush().then(() => get<DistributionPreview>(`/api/activity-changes/${draft.id}/distribution`))
        .then((p) => { if (live) setPreview(p); }, () => { if (live) setPreview(null); });
    }, 150);
    return () => { live = false; clearTimeout(h); };
  }, [distKey, draft.id]); // eslint-disable-line react-hooks/exhaustive-deps

  const set = (uid: number, r: EditChange) => setRows((all) => all.map((x) => (x.uid === uid ? r : x)));
  const remove = (uid: number) => setRows((all) => all.filter((x) => x.uid !== uid));
  const used = new Set(rows.map((r) => r.field));
  const free = CHANGE_FIELDS.filter((f) => !used.has(f));

  // "Egen kundansvarig": the server knows the activities' contacts and their managers.
  const withDistribution = (d: Distribution) => [...exported.changes.filter((c) => c.field !== 'responsibleId'), { field: 'responsibleId' as const, distribution: d }];
  const ownManagerShares = async (employeeIds: number[]) => {
    lastSent.current = '';
    await patch(`/api/activity-changes/${draft.id}`, { changes: withDistribution({ method: 'ownManager', employeeIds }) });
    const p = await get<DistributionPreview>(`/api/activity-changes/${draft.id}/distribution`);
    return p.perEmployee.map((x) => ({ employeeId: x.employeeId, count: x.count }));
  };
  const closeDialog = (d: Distribution | null) => {
    const uid = distributing;
    setDistributing(null);
    if (d && uid != null) set(uid, { ...rows.find((r) => r.uid === uid)!, way: 'distribution', distribution: d });
    else { lastSent.current = ''; void update({ changes: exported.changes }, 0); }
  };

  const errorUid = saveError?.field?.startsWith('changes[') ? [...exported.index].find(([, i]) => saveError.field!.startsWith(`changes[${i}]`))?.[0] : undefined;
  const managers = lookups.employees.filter((e) => e.isAccountManager && e.active);
  const reason = exported.changes.length === 0 && !exported.missing ? t('changeValues.reason.noChanges')
    : exported.missing ? t(`changeValues.reason.missing.${exported.missing.what}` as MessageKey)
      : saveError?.field?.startsWith('changes') ? saveError.message : null;
  useBlocker(reason);

  return (
    <div className="cv-changes">
      <p className="wz-muted">{t('changeValues.chg.intro', { n: draft.counts.included })}</p>
      <ul className="cv-change-list">
        {rows.map((r, i) => (
          <ChangeRow key={r.uid} row={r} index={i} fields={[...(r.field ? [r.field] : []), ...free]} onChange={(x) => set(r.uid, x)} onRemove={() => remove(r.uid)}
            error={errorUid === r.uid ? saveError!.message : null} incomplete={exported.missing?.uid === r.uid && r.field !== ''}
            onDistribute={() => setDistributing(r.uid)} preview={r.field === 'responsibleId' && r.way === 'distribution' ? preview : null} />
        ))}
      </ul>
      <p>
        <button type="button" onClick={() => setRows((all) => [...all, newEdit()])} disabled={free.length === 0 || rows.some((r) => r.field === '')}>{t('changeValues.chg.add')}</button>
      </p>
      <DistributeDialog open={distributing != null} total={draft.counts.included} managers={managers} current={distribution}
        ownManagerShares={ownManagerShares} onOk={(d) => closeDialog(d)} onCancel={() => closeDialog(null)} />
    </div>
  );
}
