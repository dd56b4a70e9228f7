/**
 * Import of contacts: choose a file (and optionally a persons file), check how its columns map to
 * fields with its first rows beside them, dry-run, then import with a progress bar fed by the
 * server; afterwards the counts, each bad line with its reason, the rejected rows to download
 * and undo. Earlier imports are listed below with their own undo.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { PageHead } from '../components/shell';
import { useI18n } from '../i18n';
import { ApiError } from '../api';
import { MappingTable } from './mapping-table';
import { ImportResult } from './import-result';
import {
  getJob, listImports, rereadFile, startImport, undoImport, uploadFile,
  type ImportRecord, type Job, type Mapping, type Preview, type ReadOptions,
} from './import-api';
import './import.css';

type Loaded = { preview: Preview; mapping: Mapping; options: ReadOptions };
type Match = 'number' | 'orgNumber' | 'email';

export function ImportPage() {
  const { t, locale, dt, n } = useI18n();
  const [contacts, setContacts] = useState<Loaded | null>(null);
  const [persons, setPersons] = useState<Loaded | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [match, setMatch] = useState<Match>('number');
  const [skipErrors, setSkipErrors] = useState(false);
  const [rejectUnknownCodes, setRejectUnknownCodes] = useState(false);
  const [job, setJob] = useState<Job | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [history, setHistory] = useState<ImportRecord[]>([]);
  const fileInput = useRef<HTMLInputElement>(null);
  const personsInput = useRef<HTMLInputElement>(null);
  const running = job?.status === 'running';

  const refreshHistory = useCallback(() => { listImports().then((r) => setHistory(r.items), () => undefined); }, []);
  useEffect(refreshHistory, [refreshHistory]);

  const fail = (e: unknown) => setError(e instanceof ApiError ? e.message : String(e));

  async function choose(kind: 'contacts' | 'persons', file: File | undefined) {
    if (!file) return;
    setError(null); setJob(null); setNotice(null);
    setBusy(t('data.import.uploading'));
    try {
      const preview = await uploadFile(file, kind, locale);
      const loaded = { preview, mapping: preview.mapping, options: {} };
      if (kind === 'contacts') setContacts(loaded); else setPersons(loaded);
    } catch (e) { fail(e); } finally { setBusy(null); }
  }

  async function reread(kind: 'contacts' | 'persons', change: ReadOptions) {
    const current = kind === 'contacts' ? contacts : persons;
    if (!current) return;
    const options = { ...current.options, ...change };
    setError(null); setJob(null);
    try {
      const preview = await rereadFile(current.preview.fileId, kind, options);
      const loaded = { preview, mapping: preview.mapping, options };
      if (kind === 'contacts') setContacts(loaded); else setPersons(loaded);
    } catch (e) { fail(e); }
  }

  // The server's progress, polled while the job runs; stops when the page goes away.
  useEffect(() => {
    if (!job || job.status !== 'running') return;
    const timer = setTimeout(() => { getJob(job.id).then(setJob, fail); }, 300);
    return () => clearTimeout(timer);
  }, [job]);
  useEffect(() => {
    if (job && job.status !== 'running' && !job.dryRun) refreshHistory();
    if (job?.status === 'failed' && job.error) setError(job.error.message);
  }, [job, refreshHistory]);

  async function start(dryRun: boolean) {
    if (!contacts) return;
    setError(null); setNotice(null);
    try {
      setJob(await startImport({
        fileId: contacts.preview.fileId, mapping: contacts.mapping, ...contacts.options,
        ...(persons ? {
          personsFileId: persons.preview.fileId, personsMapping: persons.mapping,
          personsEncoding: persons.options.encoding, personsSeparator: persons.options.separator,
        } : {}),
        match, dryRun, skipErrors, unknownCodes: rejectUnknownCodes ? 'reject' : 'add',
      }));
    } catch (e) { fail(e); }
  }

  async function undo(id: number) {
    if (!window.confirm(t('data.import.undoConfirm'))) return;
    setError(null);
    try {
      const r = await undoImport(id);
      setNotice(t('data.import.undone', { deleted: r.deleted, restored: r.restored }));
      if (job?.result?.importId === id) setJob(null);
      refreshHistory();
    } catch (e) { fail(e); }
  }

  function reset() {
    setContacts(null); setPersons(null); setJob(null); setError(null); setNotice(null);
    if (fileInput.current) fileInput.current.value = '';
    if (personsInput.current) personsInput.current.value = '';
  }

  const facts = (p: Preview) => [p.format === 'xlsx' ? 'Excel (.xlsx)' : 'CSV', `${n(Math.max(1, Math.round(p.size / 1024)))} kB`].join(', ');

  const readOptions = (kind: 'contacts' | 'persons', l: Loaded) => (
    <div className="imp-options">
      <span className="muted">{t('data.import.fileFacts', { name: l.preview.name, format: facts(l.preview) })}</span>
      {l.preview.format === 'csv' && (
        <>
          <div className="field">
            <label htmlFor={`imp-${kind}-enc`}>{t('data.import.encoding')}</label>
            <select id={`imp-${kind}-enc`} value={l.preview.encoding ?? 'utf-8'} disabled={running}
              onChange={(e) => void reread(kind, { encoding: e.target.value as ReadOptions['encoding'] })}>
              <option value="utf-8">UTF-8</option>
              <option value="windows-1252">Windows-1252 (ANSI)</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor={`imp-${kind}-sep`}>{t('data.import.separator')}</label>
            <select id={`imp-${kind}-sep`} value={l.preview.separator ?? ';'} disabled={running}
              onChange={(e) => void reread(kind, { separator: e.target.value as ReadOptions['separator'] })}>
              <option value=";">{t('data.import.sep.semicolon')}</option>
              <option value=",">{t('data.import.sep.comma')}</option>
              <option value="tab">{t('data.import.sep.tab')}</option>
            </select>
          </div>
        </>
      )}
      {l.preview.format === 'xlsx' && l.preview.sheets.length > 1 && (
        <div className="field">
          <label htmlFor={`imp-${kind}-sheet`}>{t('data.import.sheet')}</label>
          <select id={`imp-${kind}-sheet`} value={l.options.sheet ?? l.preview.sheets[0]} disabled={running}
            onChange={(e) => void reread(kind, { sheet: e.target.value })}>
            {l.preview.sheets.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        </div>
      )}
    </div>
  );

  return (
    <div className="page imp-page">
      <PageHead title={t('data.import.title')} />
      <p className="imp-intro">{t('data.import.intro')}</p>

      <div className="imp-files">
        <div className="field">
          <label htmlFor="imp-file">{t('data.import.file')}</label>
          <input id="imp-file" ref={fileInput} type="file" accept=".csv,.txt,.tsv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            disabled={running || busy !== null} onChange={(e) => void choose('contacts', e.target.files?.[0])} />
        </div>
        <div className="field">
          <label htmlFor="imp-persons">{t('data.import.personsFile')}</label>
          <input id="imp-persons" ref={personsInput} type="file" accept=".csv,.txt,.tsv,.xlsx" aria-describedby="imp-persons-hint"
            disabled={running || busy !== null || !contacts} onChange={(e) => void choose('persons', e.target.files?.[0])} />
          <p id="imp-persons-hint" className="hint">{t('data.import.personsFileHint')}</p>
        </div>
      </div>

      {busy && <p role="status" className="muted">{busy}</p>}
      {error && <p className="banner banner-error" role="alert">{error}</p>}
      {notice && <p className="banner banner-ok" role="status">{notice}</p>}

      {contacts && (
        <section className="section" aria-labelledby="imp-map-title">
          <h2 id="imp-map-title">{t('data.import.mapping')}</h2>
          {readOptions('contacts', contacts)}
          {contacts.preview.remembered && <p className="hint">{t('data.import.remembered')}</p>}
          <MappingTable preview={contacts.preview} kind="contacts" mapping={contacts.mapping} idPrefix="imp-c"
            onChange={(mapping) => { setContacts({ ...contacts, mapping }); setJob(null); }} />
        </section>
      )}

      {persons && (
        <section className="section" aria-labelledby="imp-pmap-title">
          <h2 id="imp-pmap-title">{t('data.import.mappingPersons')}</h2>
          {readOptions('persons', persons)}
          <MappingTable preview={persons.preview} kind="persons" mapping={persons.mapping} idPrefix="imp-p"
            onChange={(mapping) => { setPersons({ ...persons, mapping }); setJob(null); }} />
        </section>
      )}

      {contacts && (
        <section className="section imp-run">
          <div className="field">
            <label htmlFor="imp-match">{t('data.import.match')}</label>
            <select id="imp-match" value={match} disabled={running} onChange={(e) => { setMatch(e.target.value as Match); setJob(null); }}>
              <option value="number">{t('data.import.match.number')}</option>
              <option value="orgNumber">{t('data.import.match.orgNumber')}</option>
              <option value="email">{t('data.import.match.email')}</option>
            </select>
          </div>
          <fieldset className="imp-onerror">
            <legend>{t('data.import.onError')}</legend>
            <label className="check"><input type="radio" name="imp-onerror" checked={!skipErrors} disabled={running} onChange={() => setSkipErrors(false)} /> {t('data.import.onError.stop')}</label>
            <label className="check"><input type="radio" name="imp-onerror" checked={skipErrors} disabled={running} onChange={() => setSkipErrors(true)} /> {t('data.import.onError.skip')}</label>
          </fieldset>
          <div className="imp-unknown-codes">
            <label className="check">
              <input type="checkbox" checked={rejectUnknownCodes} disabled={running} aria-describedby="imp-unknown-codes-hint"
                onChange={(e) => { setRejectUnknownCodes(e.target.checked); setJob(null); }} /> {t('data.import.unknownCodes')}
            </label>
            <p className="hint" id="imp-unknown-codes-hint">{t('data.import.unknownCodes.hint')}</p>
          </div>
          <div className="page-actions">
            <button type="button" className="btn" disabled={running} onClick={() => void start(true)}>{t('data.import.dryRun')}</button>
            <button type="button" className="btn btn-primary" disabled={running} onClick={() => void start(false)}>{t('data.import.run')}</button>
            {job && job.status !== 'running' && !job.dryRun && <button type="button" className="btn-quiet" onClick={reset}>{t('data.import.again')}</button>}
          </div>
        </section>
      )}

      {running && (
        <div className="imp-progress" role="status">
          <span>{job.dryRun ? t('data.import.checking') : t('data.import.running')} {t('data.import.progress', { rows: job.progress.rows })}</span>
          <progress max={100} value={Math.round(job.progress.fraction * 100)} aria-label={job.dryRun ? t('data.import.checking') : t('data.import.running')} />
        </div>
      )}

      {job?.status === 'done' && job.result && (
        <ImportResult job={job} onUndo={job.result.importId !== null ? () => void undo(job.result!.importId!) : undefined} />
      )}

      {history.length > 0 && (
        <section className="section" aria-labelledby="imp-history-title">
          <h2 id="imp-history-title">{t('data.import.history')}</h2>
          <div className="table-box imp-history">
            <table className="grid">
              <colgroup><col className="imp-col-when" /><col /><col className="imp-col-counts" /><col className="imp-col-undo" /></colgroup>
              <thead><tr><th scope="col">{t('data.import.history.when')}</th><th scope="col">{t('data.import.history.file')}</th><th scope="col">{t('data.import.history.counts')}</th><th scope="col"><span className="visually-hidden">{t('data.import.undo')}</span></th></tr></thead>
              <tbody>
                {history.map((h, i) => (
                  <tr key={h.id} className={i % 2 ? 'odd' : undefined}>
                    <td>{dt(h.createdAt)}</td>
                    <td title={h.fileName ?? ''}>{h.fileName}</td>
                    <td>{n(h.created)} / {n(h.updated)} / {n(h.errors)}</td>
                    <td className="row-actions">
                      {h.status === 'undone' ? <span className="muted">{t('data.import.history.undone')}</span>
                        : <button type="button" className="btn-small" onClick={() => void undo(h.id)}>{t('data.import.undo')}</button>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </div>
  );
}
