/**
 * Imports (and dry runs) running in this process: started by a request, followed by polling
 * (progress), read once done (the result and the rejected-rows files). Kept in memory like the
 * finish progress: a poll must not wait for the database the import holds. Results are kept for
 * an hour, the rejected-rows files with them.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ImportProgress, ImportResult } from '../app/imports/import-contacts.js';
import { notFound } from '../domain/errors.js';

export type ImportJob = {
  id: string;
  ownerId: number;
  dryRun: boolean;
  status: 'running' | 'done' | 'failed';
  progress: ImportProgress;
  result: (ImportResult & { rejectedRows: { contacts: number; persons: number } }) | null;
  error: { code: string; message: string; field?: string } | null;
  rejectedPaths: { contacts: string; persons: string };
  at: number;
};

const KEEP_MS = 3600_000;
const jobs = new Map<string, ImportJob>();
let folder: string | undefined;

function sweep(now: number) {
  for (const j of jobs.values()) {
    if (j.status !== 'running' && now - j.at > KEEP_MS) {
      jobs.delete(j.id);
      fs.rmSync(j.rejectedPaths.contacts, { force: true });
      fs.rmSync(j.rejectedPaths.persons, { force: true });
    }
  }
}

export function newJob(ownerId: number, dryRun: boolean): ImportJob {
  const now = Date.now();
  sweep(now);
  folder ??= fs.mkdtempSync(path.join(os.tmpdir(), 'kontakta-rejected-'));
  const id = crypto.randomBytes(12).toString('hex');
  const job: ImportJob = {
    id, ownerId, dryRun, status: 'running', progress: { file: 'contacts', fraction: 0, rows: 0 }, result: null, error: null,
    rejectedPaths: { contacts: path.join(folder, `${id}-contacts.csv`), persons: path.join(folder, `${id}-persons.csv`) }, at: now,
  };
  jobs.set(id, job);
  return job;
}

export function getJob(id: string, ownerId: number): ImportJob {
  const j = jobs.get(id);
  if (!j || j.ownerId !== ownerId) throw notFound('import job', id);
  return j;
}
