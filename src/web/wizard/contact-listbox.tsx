/**
 * One list of the adjuster: a search box, a count, sortable column headers and a virtualised
 * multi-select listbox of contacts (number, name, city, account manager) sized from the known total.
 * Click / Shift-click / Ctrl-click / Space and the arrow keys mark rows (by contact id); a Shift
 * range and Ctrl-A cover rows not loaded yet too; double-click moves one row to the other list.
 */
import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useI18n } from '../i18n';
import { isSpace, keepTextUnselected, useVirtualListbox } from '../shared/use-virtual-listbox';
import { DEFAULT_SORT, useContactPages, type ContactSort, type SortKey } from './use-contact-pages';
import { markCount, type ContactRow, type Marks } from './types';
import { MAX_MOVE_IDS } from '../../domain/group-activity/types';

const ROW = 28;

type Props = {
  draftId: number;
  side: 'included' | 'excluded';
  label: string;
  version: number;
  sideTotal: number;
  marked: Marks;
  onMark: (marks: Marks) => void;
  onMoveOne: (row: ContactRow) => void;
  onQuery: (q: string) => void;
};

export function ContactListbox({ draftId, side, label, version, sideTotal, marked, onMark, onMoveOne, onQuery }: Props) {
  const { t, n } = useI18n();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [sort, setSort] = useState<ContactSort>(DEFAULT_SORT);
  const { rows, total, ensure, idsInRange, busy } = useContactPages(draftId, side, q, version, sort);
  const count = total ?? 0;
  const { scrollRef, virtualizer, items: virtualItems, active, setActive, navigate } = useVirtualListbox({ count, rowHeight: ROW, ensure });
  const anchor = useRef<number | null>(null);

  useEffect(() => { const h = setTimeout(() => { setQ(text.trim()); onQuery(text.trim()); }, 200); return () => clearTimeout(h); }, [text, onQuery]);
  useEffect(() => { setActive(0); anchor.current = null; }, [q, version, sort, setActive]);
  // A new search or order shows its first rows; a move keeps the place.
  useEffect(() => { if (scrollRef.current) scrollRef.current.scrollTop = 0; }, [q, sort, scrollRef]);

  // Toggling one row starts from the ids marked; after Ctrl-A from none (a list of 100,000 is
  // not held as ids).
  const markedIds = () => new Set(marked === 'all' ? [] : marked);

  // Every marking the user makes counts up, so a range still being read cannot overwrite a later one.
  const markSeq = useRef(0);
  const [notice, setNotice] = useState<string | null>(null);
  const mark = (m: Marks) => { markSeq.current += 1; setNotice(null); onMark(m); };
  /** Marks rows a..b: at once what is loaded, then, if rows in between were not, all of them. */
  const markRange = (a: number, b: number) => {
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    const s = new Set<number>();
    for (let i = lo; i <= hi && i < rows.length; i++) { const r = rows[i]; if (r) s.add(r.id); }
    mark(s);
    if (s.size === hi - lo + 1) return;
    // A larger range could not be moved by id; Ctrl-A or » move any number.
    if (hi - lo + 1 > MAX_MOVE_IDS) { setNotice(t('wizard.adj.rangeTooLong', { n: MAX_MOVE_IDS })); return; }
    const seq = markSeq.current;
    void idsInRange(lo, hi).then((ids) => { if (ids && seq === markSeq.current) mark(new Set(ids)); }, () => undefined);
  };
  const sortBy = (key: SortKey) => setSort((s) => (s.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: 'asc' }));
  const header = (key: SortKey, label: string, className?: string) => (
    <span role="columnheader" className={className} aria-sort={sort.key === key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="wz-sort" onClick={() => sortBy(key)}>
        {label}<span className="wz-sort-mark" aria-hidden="true">{sort.key === key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </span>
  );
  const click = (e: MouseEvent, i: number) => {
    const row = rows[i];
    if (!row) return;
    setActive(i);
    if (e.shiftKey && anchor.current != null) { markRange(anchor.current, i); return; }
    anchor.current = i;
    if (e.ctrlKey || e.metaKey) { const s = markedIds(); if (s.has(row.id)) s.delete(row.id); else s.add(row.id); mark(s); }
    else mark(new Set([row.id]));
  };
  const key = (e: KeyboardEvent) => {
    if (count === 0) return;
    const to = navigate(e);
    if (to != null) {
      if (e.shiftKey) { if (anchor.current == null) anchor.current = active; markRange(anchor.current, to); }
      else if (!e.ctrlKey && !e.metaKey) { const r = rows[to]; anchor.current = to; if (r) mark(new Set([r.id])); }
      return;
    }
    if (isSpace(e)) {
      e.preventDefault();
      const row = rows[active];
      if (!row) return;
      const s = markedIds();
      if (s.has(row.id)) s.delete(row.id); else s.add(row.id);
      anchor.current = active;
      mark(s);
    }
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'a') { e.preventDefault(); mark('all'); }
  };

  const listId = `wz-${side}`;
  return (
    <div className={`wz-list wz-list-${side}`}>
      <div className="wz-list-head">
        <span className="wz-list-title" id={`${listId}-title`}>{label}</span>
        <span className="wz-badge" data-testid={`${side}-count`}>{n(sideTotal)}</span>
        {markCount(marked, count) > 0 && <span className="wz-muted wz-marked">{t('wizard.adj.marked', { n: markCount(marked, count) })}</span>}
        {notice && <span className="wz-muted wz-notice" role="status">{notice}</span>}
      </div>
      <input type="search" className="wz-list-search" placeholder={t('wizard.adj.search')} aria-label={t('wizard.adj.searchIn', { list: label })}
        value={text} onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => { if (e.key === 'Escape' && text) { e.preventDefault(); setText(''); } }} />
      <div className="wz-list-cols" role="row">
        {header('number', t('wizard.adj.col.number'), 'num')}{header('name', t('wizard.adj.col.name'))}
        {header('city', t('wizard.adj.col.city'))}{header('accountManager', t('wizard.adj.col.manager'))}
      </div>
      <div ref={scrollRef} className="wz-listbox" role="listbox" aria-label={label} aria-multiselectable="true" aria-busy={busy} tabIndex={0}
        aria-activedescendant={rows[active] ? `${listId}-opt-${active}` : undefined} onKeyDown={key}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualItems.map((v) => {
            const row = rows[v.index];
            const isMarked = marked === 'all' || (!!row && marked.has(row.id));
            return (
              <div key={v.key} id={`${listId}-opt-${v.index}`} role="option" aria-selected={isMarked} aria-posinset={v.index + 1} aria-setsize={count}
                className={`wz-opt${isMarked ? ' marked' : ''}${v.index === active ? ' active' : ''}${v.index % 2 ? ' odd' : ''}`}
                style={{ transform: `translateY(${v.start}px)`, height: ROW }}
                onMouseDown={keepTextUnselected(true)}
                onClick={(e) => click(e, v.index)} onDoubleClick={() => row && onMoveOne(row)}>
                {row ? (
                  <>
                    <span className="num">{row.number}</span>
                    <span className="name" title={row.name}>{row.name}</span>
                    <span className="city">{row.city}</span>
                    <span className="mgr">{row.accountManagerName}</span>
                  </>
                ) : <span className="wz-muted">…</span>}
              </div>
            );
          })}
        </div>
        {total === 0 && <p className="wz-list-empty">{t('wizard.adj.empty')}</p>}
      </div>
      {q && total != null && <div className="wz-muted wz-list-foot">{t('wizard.adj.matching', { n: count })}</div>}
    </div>
  );
}
