/**
 * The task list: my task-list activities, open / done / all (the user setting picks the filter it
 * opens with), sorted by date then priority, overdue ones marked. Tick one done, or choose several
 * and mark them done together; both apply the company's done rules on the server and offer Undo.
 * Ticked rows stay in place (struck through) until the list is read again, so a slip is one click.
 */
import { useCallback, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { get, post, qs } from '../api';
import { useI18n } from '../i18n';
import { useAuth } from '../auth';
import { PageHead } from '../components/shell';
import { UndoToast, type Toast } from '../components/undo-toast';
import { MySettingsDialog } from '../components/my-settings-dialog';
import type { TaskItemDto, UserSettingsDto } from '../../contract/calendar';
import type { ActivityDto } from '../../contract/activity';
import './tasks.css';

type Filter = 'open' | 'done' | 'all';
const FILTERS: Filter[] = ['open', 'done', 'all'];

export function TaskListPage() {
  const { t, locale, d } = useI18n();
  const { me } = useAuth();
  const [params, setParams] = useSearchParams();
  const [filter, setFilter] = useState<Filter | null>(FILTERS.includes(params.get('filter') as Filter) ? params.get('filter') as Filter : null);
  const [items, setItems] = useState<TaskItemDto[]>([]);
  const [more, setMore] = useState(false);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [toast, setToast] = useState<Toast | null>(null);
  const [mineOpen, setMineOpen] = useState(false);

  useEffect(() => {
    if (filter) return;
    get<UserSettingsDto>('/api/me/settings').then((s) => setFilter(s.taskFilter as Filter)).catch(() => setFilter('open'));
  }, [filter]);

  const load = useCallback(async (f: Filter) => {
    setLoading(true);
    try {
      const r = await get<{ items: TaskItemDto[]; more: boolean }>(`/api/tasks${qs({ filter: f })}`);
      setItems(r.items); setMore(r.more); setError(null); setSelected(new Set());
    } catch (e) { setError((e as Error).message); } finally { setLoading(false); }
  }, []);
  useEffect(() => { if (filter) void load(filter); }, [filter, load]);

  const choose = (f: Filter) => { setFilter(f); setParams({ filter: f }, { replace: true }); };

  const mark = async (ids: number[], done: boolean, undoable = true) => {
    const before = new Map(items.filter((i) => ids.includes(i.id)).map((i) => [i.id, i.done]));
    setItems((list) => list.map((i) => (ids.includes(i.id) ? { ...i, done } : i)));
    try {
      const r = await post<{ items: ActivityDto[] }>('/api/tasks/done', { ids, done });
      const byId = new Map(r.items.map((a) => [a.id, a]));
      setItems((list) => list.map((i) => {
        const a = byId.get(i.id);
        return a ? { ...i, done: a.done, doneAt: a.doneAt, endAt: a.endAt, overdue: a.done ? false : i.overdue } : i;
      }));
      setSelected(new Set());
      const n = ids.length;
      const text = done ? (n === 1 ? t('tasks.markedDone.one') : t('tasks.markedDone.many', { n })) : (n === 1 ? t('tasks.reopened.one') : t('tasks.reopened.many', { n }));
      const toUndo = ids.filter((id) => before.get(id) !== done);
      setToast({ text, undo: undoable && toUndo.length ? () => void mark(toUndo, !done, false) : undefined });
    } catch (e) {
      setItems((list) => list.map((i) => (before.has(i.id) ? { ...i, done: before.get(i.id)! } : i)));
      setToast({ text: t('cal.saveFailed', { message: (e as Error).message }), error: true });
    }
  };

  const allChosen = items.length > 0 && items.every((i) => selected.has(i.id));
  const toggle = (id: number) => setSelected((s) => { const n = new Set(s); if (n.has(id)) n.delete(id); else n.add(id); return n; });
  const nameOf = (i: TaskItemDto) => i.subject ?? i.typeName ?? t('cal.untitled', { number: i.number });
  const when = (i: TaskItemDto) => {
    if (!i.startAt) return t('tasks.undated');
    const time = new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(i.startAt));
    return `${d(i.startAt)} ${time}`;
  };
  const closeToast = useCallback(() => setToast(null), []);

  return (
    <div className="page tasks-page">
      <PageHead title={t('tasks.title')}>
        <button type="button" onClick={() => setMineOpen(true)}>{t('settings.me.title')}</button>
        <Link className="btn btn-primary" to={`/activities/new${qs({ task: '1', responsibleId: me?.id })}`}>{t('activities.new')}</Link>
      </PageHead>
      <div className="tasks-toolbar">
        <div className="cal-views seg" role="group" aria-label={t('tasks.filter')}>
          {FILTERS.map((f) => (
            <button key={f} type="button" aria-pressed={f === filter} className={f === filter ? 'active' : ''} onClick={() => choose(f)}>{t(`tasks.filter.${f}`)}</button>
          ))}
        </div>
        <button type="button" className="btn-primary" disabled={selected.size === 0} onClick={() => void mark([...selected], true)}>
          {t('tasks.markDone', { n: selected.size })}
        </button>
      </div>
      {error && <div className="banner banner-error" role="alert">{error}</div>}
      {!loading && items.length === 0 && !error ? <p className="tasks-empty">{t(`tasks.none.${filter ?? 'open'}`)}</p> : (
        <div className="table-box tasks-box" aria-busy={loading}>
          <table className="tasks-table">
            <thead>
              <tr>
                <th className="col-check"><input type="checkbox" aria-label={t('tasks.selectAll')} checked={allChosen} onChange={() => setSelected(allChosen ? new Set() : new Set(items.map((i) => i.id)))} /></th>
                <th className="col-done">{t('activity.done')}</th>
                <th>{t('tasks.when')}</th>
                <th>{t('tasks.subject')}</th>
                <th className="col-contact">{t('tasks.contact')}</th>
                <th className="col-type">{t('activity.type')}</th>
                <th className="col-prio">{t('activity.priority')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((i) => (
                <tr key={i.id} className={`${i.done ? 'done' : ''}${i.overdue && !i.done ? ' overdue' : ''}${selected.has(i.id) ? ' chosen' : ''}`}>
                  <td className="col-check"><input type="checkbox" aria-label={t('tasks.select', { name: nameOf(i) })} checked={selected.has(i.id)} onChange={() => toggle(i.id)} /></td>
                  <td className="col-done">
                    <button type="button" className={`tick${i.done ? ' on' : ''}`} aria-pressed={i.done} aria-label={t('tasks.tick', { name: nameOf(i) })} title={t('tasks.tick', { name: nameOf(i) })} onClick={() => void mark([i.id], !i.done)}>✓</button>
                  </td>
                  <td className="col-when">
                    {when(i)}
                    {i.overdue && !i.done && <span className="badge small">{t('tasks.overdue')}</span>}
                  </td>
                  <td className="col-subject">
                    {i.color && <span className="task-dot" style={{ backgroundColor: i.color }} aria-hidden="true" />}
                    <Link to={`/activities/${i.id}`}>{nameOf(i)}</Link>
                  </td>
                  <td className="col-contact">{i.contacts.map((c) => c.name).join(', ')}</td>
                  <td className="col-type">{i.typeName ?? ''}</td>
                  <td className="col-prio">{i.priorityName ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {more && <p className="hint">{t('tasks.more', { n: items.length })}</p>}
      <UndoToast toast={toast} onClose={closeToast} />
      {mineOpen && <MySettingsDialog onClose={() => setMineOpen(false)} />}
    </div>
  );
}
