/**
 * The big writes the probe (probe.ts) watches, over a group activity of every contact, in an
 * order that leaves the database as it found it: the finish, copy to all, a change-values finish
 * over the batch's activities and its undo, the batch's undo, then an import of as many new
 * contacts (its batches of 2,000 rows) and the import's undo. Each has its small set-up (a draft,
 * an upload) done before the probe starts.
 */
import { call, type ServerProcess } from './server-process.js';

export type ProbedWrite = { name: string; prepare?: () => Promise<void>; write: () => Promise<unknown> };

/**
 * `gid`: a perContact draft over every contact; the import brings `importRows` contacts numbered
 * from `firstNumber`, above every contact number.
 */
export function probedWrites(srv: ServerProcess, gid: number, importRows: number, firstNumber: number): ProbedWrite[] {
  const subject = 'Bench probed';
  let changeId = 0;
  let fileId = '';
  let importId = 0;
  return [
    { name: 'finish', write: () => call(srv, 'POST', `/api/group-activities/${gid}/finish`) },
    { name: 'copy-to-all', write: () => call(srv, 'PATCH', `/api/group-activities/${gid}/card`, { subject, startAt: '2026-12-08T09:00:00.000Z', endAt: '2026-12-08T10:00:00.000Z' }) },
    {
      name: 'change-values finish',
      prepare: async () => {
        changeId = (await call<{ id: number }>(srv, 'POST', '/api/activity-changes', {
          selection: { match: [{ field: 'subject', condition: 'eq', value: subject }] },
          changes: [{ field: 'startAt', moveBy: { days: 7 } }],
        })).id;
      },
      write: () => call(srv, 'POST', `/api/activity-changes/${changeId}/finish`),
    },
    { name: 'change-values undo', write: () => call(srv, 'DELETE', `/api/activity-changes/${changeId}/changes`) },
    { name: 'undo', write: () => call(srv, 'DELETE', `/api/group-activities/${gid}/activities`) },
    {
      name: 'import',
      prepare: async () => { fileId = await upload(srv, importCsv(importRows, firstNumber)); },
      write: async () => {
        const job = await call<{ id: string }>(srv, 'POST', '/api/imports', { fileId });
        // The import runs after the answer: the write lasts until its job is done.
        for (;;) {
          const j = await call<{ status: string; result: { importId: number | null } | null; error: unknown }>(srv, 'GET', `/api/imports/jobs/${job.id}`);
          if (j.status === 'failed') throw new Error(`import failed: ${JSON.stringify(j.error)}`);
          if (j.status === 'done') { importId = j.result!.importId!; return; }
          await new Promise((r) => setTimeout(r, 200));
        }
      },
    },
    { name: 'import undo', write: () => call(srv, 'POST', `/api/imports/${importId}/undo`) },
  ];
}

function importCsv(n: number, first: number): string {
  const lines = ['Kundnr;Företag;Postnr;Ort;Telefon'];
  for (let i = 0; i < n; i++) lines.push(`${first + i};Probe ${i} AB;${String(10_000 + (i % 89_999)).replace(/^(\d{3})/, '$1 ')};Umeå;090-${i}`);
  return `${lines.join('\r\n')}\r\n`;
}

async function upload(srv: ServerProcess, body: string): Promise<string> {
  const res = await fetch(`${srv.url}/api/imports/files?name=probe.csv`, {
    method: 'POST', headers: { cookie: srv.token, 'content-type': 'application/octet-stream' }, body,
  });
  if (res.status !== 201) throw new Error(`upload → ${res.status}: ${(await res.text()).slice(0, 300)}`);
  return ((await res.json()) as { fileId: string }).fileId;
}
