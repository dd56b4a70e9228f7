/**
 * Step 3: the matching activities as one checklist, all ticked; untick to leave one out. The list
 * is virtualised (100,000 rows scroll without stalls), every tick goes to the server at once, and
 * "tick all" / "untick all" act on all rows (all that match the search while one is typed), never
 * just the loaded page. Keyboard: arrows, Page Up/Down, Home/End move; Space ticks; a double-click
 * on a row ticks it too.
 */
import { useCallback, useEffect, useState, type KeyboardEvent } from 'react';
import { ApiError, post } from '../api';
import { useI18n } from '../i18n';
import { isSpace, keepTextUnselected, useVirtualListbox } from '../shared/use-virtual-listbox';
import { useChange, useEscapeLayer } from './change-context';
import { useActivityPages } from './use-activity-pages';
import type { ChangeActivityRow } from './types';

const ROW = 30;

export function StepAdjust() {
  const { t, dt } = useI18n();
  const { draft, refresh } = useChange();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [version, setVersion] = useState(0);
  const { rows, total, ensure, error: loadError } = useActivityPages(draft.id, q, version);
  const count = total ?? 0;
  const { scrollRef, virtualizer, items, active, setActive, navigate } = useVirtualListbox({ count, rowHeight: ROW, ensure });
  // Ticks sent but not yet read back: shown at once, so a click never looks lost.
  const [pending, setPending] = useState<Map<number, boolean>>(new Map());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => { const h = setTimeout(() => setQ(text.trim()), 200); return () => clearTimeout(h); }, [text]);
  useEffect(() => { setActive(0); if (scrollRef.current) scrollRef.current.scrollTop = 0; }, [q, setActive, scrollRef]);
  useEscapeLayer(text !== '', () => { setText(''); return true; });

  const send = useCallback(async (body: { to: 'included' | 'excluded'; activityIds?: number[]; all?: boolean; q?: string }) => {
    setBusy(true);
    setError(null);
    try {
      await post(`/api/activity-changes/${draft.id}/moves`, body);
      await refresh();
      setVersion((v) => v + 1);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
      if (body.activityIds) setPending((m) => { const x = new Map(m); body.activityIds!.forEach((id) => x.delete(id)); return x; });
    }
  }, [draft.id, refresh]);

  const ticked = (r: ChangeActivityRow) => !(pending.get(r.id) ?? r.excluded);
  const toggle = (r: ChangeActivityRow | undefined) => {
    if (!r) return;
    const exclude = ticked(r);
    setPending((m) => new Map(m).set(r.id, exclude));
    void send({ to: exclude ? 'excluded' : 'included', activityIds: [r.id] });
  };
  const all = (to: 'included' | 'excluded') => void send(q ? { to, all: true, q } : { to, all: true });

  const key = (e: KeyboardEvent) => {
    if (count === 0 || navigate(e) != null) return;
    if (isSpace(e)) { e.preventDefault(); toggle(rows[active]); }
  };

  return (
    <div className="cv-adjust">
      <p className="wz-muted">{t('changeValues.adj.hint')}</p>
      <div className="cv-adjust-bar">
        <input type="search" className="cv-search" placeholder={t('changeValues.adj.search')} aria-label={t('changeValues.adj.search')} value={text}
          onChange={(e) => setText(e.target.value)} />
        <button type="button" onClick={() => all('included')} disabled={busy || (q ? count === 0 : draft.counts.excluded === 0)}>{q ? t('changeValues.adj.tickMatching') : t('changeValues.adj.tickAll')}</button>
        <button type="button" onClick={() => all('excluded')} disabled={busy || (q ? count === 0 : draft.counts.included === 0)}>{q ? t('changeValues.adj.untickMatching') : t('changeValues.adj.untickAll')}</button>
        <output className="cv-adjust-count" aria-live="polite" data-testid="ticked-count">
          {t('changeValues.adj.counts', { included: draft.counts.included, excluded: draft.counts.excluded })}
        </output>
      </div>
      <div className="cv-list">
        <div className="cv-cols" role="row">
          <span role="columnheader" className="cv-tick" aria-label={t('changeValues.adj.col.tick')} />
          <span role="columnheader" className="num">{t('changeValues.col.number')}</span>
          <span role="columnheader">{t('changeValues.col.subject')}</span>
          <span role="columnheader">{t('changeValues.col.start')}</span>
          <span role="columnheader" className="resp">{t('changeValues.col.responsible')}</span>
          <span role="columnheader" className="contact">{t('changeValues.col.contact')}</span>
        </div>
        <div ref={scrollRef} className="cv-listbox" role="listbox" aria-label={t('changeValues.adj.listLabel')} aria-multiselectable="true" tabIndex={0}
          aria-activedescendant={rows[active] ? `cv-opt-${active}` : undefined} aria-busy={busy} onKeyDown={key}>
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((v) => {
              const r = rows[v.index];
              const on = r ? ticked(r) : false;
              return (
                <div key={v.key} id={`cv-opt-${v.index}`} role="option" aria-selected={on} aria-posinset={v.index + 1} aria-setsize={count}
                  className={`cv-opt${on ? '' : ' off'}${v.index === active ? ' active' : ''}${v.index % 2 ? ' odd' : ''}`}
                  style={{ transform: `translateY(${v.start}px)`, height: ROW }}
                  onMouseDown={keepTextUnselected(false)}
                  onClick={() => setActive(v.index)} onDoubleClick={() => toggle(r)}>
                  {r ? (
                    <>
                      <span className="cv-tick"><input type="checkbox" tabIndex={-1} checked={on} aria-label={t('changeValues.adj.tickOne', { number: String(r.number) })}
                        onClick={(e) => e.stopPropagation()} onDoubleClick={(e) => e.stopPropagation()} onChange={() => { setActive(v.index); toggle(r); }} /></span>
                      <span className="num">{r.number}</span>
                      <span className="subject" title={r.subject ?? ''}>{r.subject}</span>
                      <span className="start">{dt(r.startAt)}</span>
                      <span className="resp">{r.responsibleName}</span>
                      <span className="contact" title={r.contactName ?? ''}>{r.contactName}</span>
                    </>
                  ) : <span className="wz-muted">…</span>}
                </div>
              );
            })}
          </div>
          {total === 0 && <p className="wz-list-empty">{q ? t('changeValues.adj.noMatch') : t('changeValues.adj.empty')}</p>}
        </div>
        {q && total != null && <div className="wz-muted wz-list-foot">{t('changeValues.adj.matching', { n: count })}</div>}
      </div>
      {(error || loadError) && <p className="wz-error" role="alert">{error ?? loadError}</p>}
    </div>
  );
}
