/**
 * "Fördela…": spreads activities over account managers (native <dialog>), in the group wizard
 * (one activity per contact) and in change values (the new responsible). Tick managers, type counts, or fill evenly, by weight or by each contact's own
 * manager; the running total must reach exactly N before OK is enabled, and says why not.
 */
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../api';
import { useI18n } from '../i18n';
import { evenShares, weightedShares } from '../../domain/distribution/plan-distribution';
import type { Distribution, Employee } from './types';

type Method = Distribution['method'];
type Line = { id: number; name: string; ticked: boolean; count: string; weight: string };

type Props = {
  open: boolean;
  total: number;
  /** "Egen kundansvarig": who owns which contact is known only to the server, which answers the shares. */
  ownManagerShares: (employeeIds: number[]) => Promise<{ employeeId: number; count: number }[]>;
  managers: Employee[];
  current: Distribution | null;
  onOk: (d: Distribution) => void;
  onCancel: () => void;
};

/** A count as typed: a whole number of 0 or more (spaces as thousands separators allowed), else NaN. */
const toInt = (s: string) => { const x = s.replace(/\s/g, ''); return /^\d+$/.test(x) ? Number(x) : NaN; };
const badCount = (l: Line) => l.ticked && l.count.trim() !== '' && Number.isNaN(toInt(l.count));

function linesFrom(managers: Employee[], d: Distribution | null): Line[] {
  const count = new Map<number, number>(), weight = new Map<number, number>();
  let ids: number[] = [];
  if (d?.method === 'counts') d.counts.forEach((c) => count.set(c.employeeId, c.count));
  if (d?.method === 'weighted') d.weights.forEach((w) => weight.set(w.employeeId, w.weight));
  if (d) ids = d.method === 'counts' ? d.counts.map((c) => c.employeeId) : d.method === 'weighted' ? d.weights.map((w) => w.employeeId) : d.employeeIds;
  return managers.map((m) => ({ id: m.id, name: m.name, ticked: ids.includes(m.id), count: count.has(m.id) ? String(count.get(m.id)) : '', weight: String(weight.get(m.id) ?? 1) }));
}

export function DistributeDialog({ open, total, ownManagerShares, managers, current, onOk, onCancel }: Props) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const [lines, setLines] = useState<Line[]>([]);
  const [method, setMethod] = useState<Method>('counts');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open) {
      setLines(linesFrom(managers, current));
      setMethod(current?.method ?? 'counts');
      setError(null);
      if (!d.open) d.showModal();
    } else if (d.open) d.close();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  // A fill answered by the server after the user typed on is stale and must not overwrite.
  const fillSeq = useRef(0);
  const ticked = lines.filter((l) => l.ticked);
  const fill = async (m: Method, base: Line[] = lines) => {
    const my = ++fillSeq.current;
    const on = base.filter((l) => l.ticked);
    setMethod(m);
    setError(null);
    if (on.length === 0) { setLines(base); return; }
    let shares: { employeeId: number; count: number }[] = [];
    if (m === 'even') shares = evenShares(on.map((l) => l.id), total);
    else if (m === 'weighted') {
      const weights = on.map((l) => ({ employeeId: l.id, weight: Math.max(0, Number(l.weight.replace(',', '.')) || 0) }));
      shares = weights.some((w) => w.weight > 0) ? weightedShares(weights, total) : [];
    } else if (m === 'ownManager') {
      setBusy(true);
      try {
        shares = await ownManagerShares(on.map((l) => l.id));
      } catch (e) {
        setError(e instanceof ApiError ? e.message : String(e));
      } finally { setBusy(false); }
    }
    if (my !== fillSeq.current) return;
    const by = new Map(shares.map((s) => [s.employeeId, s.count]));
    setLines(base.map((l) => (l.ticked ? { ...l, count: String(by.get(l.id) ?? 0) } : { ...l, count: '' })));
  };

  const edit = (id: number, change: Partial<Line>) => {
    const next = lines.map((l) => (l.id === id ? { ...l, ...change } : l));
    if ('count' in change) { fillSeq.current++; setMethod('counts'); setLines(next); return; }
    if (method === 'counts') { setLines(next.map((l) => (l.ticked ? l : { ...l, count: '' }))); return; }
    void fill(method, next);
  };

  const sum = ticked.reduce((s, l) => s + (toInt(l.count || '0') || 0), 0);
  // A count that is not a whole number is never read as 0: it is shown as an error and blocks OK.
  const badInput = ticked.some(badCount);
  const reason = managers.length === 0 ? t('wizard.dist.noManagers')
    : ticked.length === 0 ? t('wizard.dist.pickSome')
      : badInput ? t('wizard.dist.fixCounts')
      : sum > total ? t('wizard.dist.tooMany', { over: sum - total })
        : sum < total || badInput ? t('wizard.dist.mustReach', { n: total, rest: total - sum }) : null;

  const ok = () => {
    if (reason || busy) return;
    const ids = ticked.map((l) => l.id);
    const d: Distribution = method === 'even' ? { method, employeeIds: ids }
      : method === 'ownManager' ? { method, employeeIds: ids }
        : method === 'weighted' ? { method, weights: ticked.map((l) => ({ employeeId: l.id, weight: Number(l.weight.replace(',', '.')) || 0 })) }
          : { method: 'counts', counts: ticked.map((l) => ({ employeeId: l.id, count: toInt(l.count || '0') })) };
    onOk(d);
  };

  return (
    <dialog ref={ref} className="wz-dialog wz-dist" aria-labelledby="wz-dist-title" onCancel={(e) => { e.preventDefault(); onCancel(); }}
      onKeyDown={(e) => { if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT' && (e.target as HTMLInputElement).type !== 'checkbox') { e.preventDefault(); ok(); } }}>
      <h2 id="wz-dist-title">{t('wizard.dist.title', { n: total })}</h2>
      <table className="wz-dist-table">
        <thead>
          <tr><th /><th>{t('wizard.resp.employee')}</th><th className="num">{t('wizard.resp.count')}</th>{method === 'weighted' && <th className="num">{t('wizard.dist.weight')}</th>}<th /></tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.id} className={l.ticked ? '' : 'off'}>
              <td><input type="checkbox" checked={l.ticked} aria-label={t('wizard.dist.tick', { name: l.name })} onChange={(e) => edit(l.id, { ticked: e.target.checked })} /></td>
              <td>{l.name}</td>
              <td className="num">
                <input className="wz-count" inputMode="numeric" aria-label={t('wizard.dist.countFor', { name: l.name })} value={l.count} disabled={!l.ticked}
                  onChange={(e) => edit(l.id, { count: e.target.value })} aria-invalid={badCount(l) || undefined}
                  aria-describedby={badCount(l) ? `wz-dist-err-${l.id}` : undefined} />
                {badCount(l) && <span className="wz-field-error wz-count-error" id={`wz-dist-err-${l.id}`} role="alert">{t('wizard.dist.notWhole')}</span>}
              </td>
              {method === 'weighted' && <td className="num"><input className="wz-count" inputMode="decimal" aria-label={t('wizard.dist.weightFor', { name: l.name })} value={l.weight} disabled={!l.ticked}
                onChange={(e) => edit(l.id, { weight: e.target.value })} /></td>}
              <td className="wz-bar-cell"><span className="wz-bar" style={{ width: `${total ? Math.min(100, ((toInt(l.count || '0') || 0) / total) * 100) : 0}%` }} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      {error && <p className="wz-error" role="alert">{error}</p>}
      <div className="wz-dist-foot">
        <span className="wz-fill">
          {t('wizard.dist.fill')}
          <button type="button" onClick={() => void fill('even')} disabled={busy || ticked.length === 0}>{t('wizard.dist.even')}</button>
          <button type="button" onClick={() => void fill('weighted')} disabled={busy || ticked.length === 0}>{t('wizard.dist.weighted')}</button>
          <button type="button" onClick={() => void fill('ownManager')} disabled={busy || ticked.length === 0}>{t('wizard.dist.own')}</button>
        </span>
        <output className={`wz-running${sum === total && !badInput ? ' exact' : sum > total ? ' over' : ''}`} aria-live="polite" data-testid="dist-running">
          {t('wizard.dist.assigned', { x: sum, n: total })}{sum === total && !badInput ? ' ✓' : ''}
        </output>
      </div>
      {reason && <p className="wz-reason" id="wz-dist-reason">{reason}</p>}
      <div className="wz-dialog-buttons">
        <button type="button" onClick={onCancel}>{t('wizard.dist.cancel')}</button>
        <button type="button" className="primary" disabled={!!reason || busy} aria-describedby={reason ? 'wz-dist-reason' : undefined} onClick={ok}>{t('wizard.dist.ok')}</button>
      </div>
    </dialog>
  );
}
