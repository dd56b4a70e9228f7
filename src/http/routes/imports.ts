/**
 * /api/imports: upload a file (the raw body, streamed to disk), preview it with the mapping its
 * headers get, start an import or a dry run (it runs in the background; poll the job for progress
 * and the result), download the rejected rows, list imports and undo one.
 */
import fs from 'node:fs';
import type { Readable } from 'node:stream';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../context.js';
import { saveUpload, getUpload, type Upload } from '../uploads.js';
import { getJob, newJob, type ImportJob } from '../import-jobs.js';
import {
  ImportJobSchema, ImportRecordSchema, ImportStartSchema, PreviewQuerySchema, PreviewSchema, UndoResultSchema, UploadQuerySchema,
} from '../../contract/imports.js';
import { AppError } from '../../domain/errors.js';
import { PERSONS_FILE_FIELDS, ROW_FIELDS } from '../../domain/import/fields.js';
import { pickLocale, type Locale } from '../../i18n/index.js';
import { localizeErrorMessage } from '../../i18n/server-errors.js';
import { rememberedOrSuggested } from '../../app/imports/resolve-mapping.js';
import { listImports } from '../../app/imports/list-imports.js';
import { undoImport } from '../../app/imports/undo-import.js';
import { previewTable, type TableOptions } from '../../spreadsheets/open-table.js';
import { prepareImportFiles } from '../../spreadsheets/import-files.js';
import type { Delimiter } from '../../spreadsheets/detect.js';
import { contentDisposition } from '../../reports/render.js';

const RAW_TYPES = [
  'application/octet-stream', 'text/csv', 'text/tab-separated-values', 'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];
const PREVIEW_ROWS = 5;
const OUTCOMES_IN_ANSWER = 1000;

const toDelimiter = (s: ';' | ',' | 'tab' | undefined): Delimiter | undefined => (s === 'tab' ? '\t' : s);
const fromDelimiter = (d: Delimiter | null) => (d === '\t' ? 'tab' as const : d);
const localeOf = (req: FastifyRequest): Locale => pickLocale(req.headers['accept-language'], 'en');

async function preview(store: Parameters<typeof rememberedOrSuggested>[0], u: Upload, kind: 'contacts' | 'persons', opts: TableOptions) {
  const p = await previewTable(u.path, u.name, opts, PREVIEW_ROWS);
  const { mapping, remembered } = await rememberedOrSuggested(store, p.header, kind);
  return {
    fileId: u.id, name: u.name, size: u.size, format: p.facts.format, encoding: p.facts.encoding,
    separator: fromDelimiter(p.facts.delimiter), sheets: p.facts.sheets, header: p.header, rows: p.rows, mapping, remembered,
    fields: [...(kind === 'contacts' ? ROW_FIELDS : PERSONS_FILE_FIELDS)],
  };
}

function jobAnswer(job: ImportJob, locale: Locale) {
  const r = job.result;
  return {
    id: job.id, status: job.status, dryRun: job.dryRun, progress: job.progress, error: job.error,
    result: r && {
      importId: r.importId, stopped: r.stopped, counts: r.counts, rejectedRows: r.rejectedRows, newCodes: r.newCodes,
      outcomesTruncated: r.outcomesTruncated || r.outcomes.length > OUTCOMES_IN_ANSWER,
      outcomes: r.outcomes.slice(0, OUTCOMES_IN_ANSWER).map((o) => ({
        ...o, problems: o.problems.map((p) => ({ column: p.column, reason: localizeErrorMessage(p.reason, locale) })),
      })),
    },
  };
}

export const importRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store, clock } = app.deps;
  const tags = ['imports'];
  // Uploads arrive as the raw body and are streamed to disk (this plugin's routes only).
  app.addContentTypeParser(RAW_TYPES, (_req, payload, done) => done(null, payload));

  app.post('/api/imports/files', {
    // A raw file body (not JSON): the cross-site defence lets it through here, never a form's types.
    config: { fileUpload: true },
    schema: {
      tags, querystring: UploadQuerySchema, response: { 201: PreviewSchema },
      description: 'Upload a CSV or .xlsx file as the raw request body (Content-Type application/octet-stream, at most 200 MB). '
        + 'Answers its header, first rows, detected character set and separator, and the mapping its headers get.',
    },
  }, async (req, reply) => {
    const actor = actorOf(req);
    const body = req.body as Readable | undefined;
    if (!body || typeof (body as Readable).pipe !== 'function') {
      throw new AppError('VALIDATION', 'send the file as the request body (Content-Type: application/octet-stream)', 'file');
    }
    const u = await saveUpload(body, req.query.name, actor.employeeId);
    const { kind, encoding, separator, sheet } = req.query;
    return reply.code(201).send(await preview(store, u, kind, { encoding, delimiter: toDelimiter(separator), sheet }));
  });

  app.get('/api/imports/files/:fileId', {
    schema: {
      tags, params: z.object({ fileId: z.string().max(64) }), querystring: PreviewQuerySchema, response: { 200: PreviewSchema },
      description: 'The preview of an uploaded file again, read with another character set, separator or sheet.',
    },
  }, async (req) => {
    const actor = actorOf(req);
    const u = getUpload(req.params.fileId, actor.employeeId);
    const { kind, encoding, separator, sheet } = req.query;
    return preview(store, u, kind, { encoding, delimiter: toDelimiter(separator), sheet });
  });

  app.post('/api/imports', {
    schema: {
      tags, body: ImportStartSchema, response: { 202: ImportJobSchema },
      description: 'Start an import (or a dry run, which writes nothing) of uploaded files. Problems with the files or the mapping answer 400 '
        + 'at once; the rows are then read in the background: poll GET /api/imports/jobs/{id} for progress and the result.',
    },
  }, async (req, reply) => {
    const actor = actorOf(req);
    const b = req.body;
    const contacts = getUpload(b.fileId, actor.employeeId, 'fileId');
    const persons = b.personsFileId ? getUpload(b.personsFileId, actor.employeeId, 'personsFileId') : undefined;
    const locale = localeOf(req);
    const job = newJob(actor.employeeId, b.dryRun);
    const rejected = b.dryRun ? undefined : {
      contacts: fs.createWriteStream(job.rejectedPaths.contacts), persons: persons ? fs.createWriteStream(job.rejectedPaths.persons) : undefined,
    };
    const closeRejected = async () => {
      await Promise.all([rejected?.contacts, rejected?.persons].map((s) => s && new Promise<void>((res) => s.end(() => res()))));
    };
    let prepared;
    try {
      prepared = await prepareImportFiles(store, clock, {
        contacts: { path: contacts.path, name: contacts.name, mapping: b.mapping, options: { encoding: b.encoding, delimiter: toDelimiter(b.separator), sheet: b.sheet } },
        persons: persons && { path: persons.path, name: persons.name, mapping: b.personsMapping, options: { encoding: b.personsEncoding, delimiter: toDelimiter(b.personsSeparator) } },
        match: b.match, dryRun: b.dryRun, skipErrors: b.skipErrors, unknownCodes: b.unknownCodes, createdBy: actor.employeeId, locale,
        onProgress: (p) => { job.progress = p; },
        rejected,
      });
    } catch (err) {
      await closeRejected();
      job.status = 'failed';
      throw err;
    }
    prepared.run().then(
      async (result) => { await closeRejected(); job.result = result; job.status = 'done'; job.at = Date.now(); },
      async (err: unknown) => {
        await closeRejected();
        req.log.error({ err }, 'import failed');
        job.error = err instanceof AppError
          ? { code: err.code, message: localizeErrorMessage(err.message, locale), ...(err.field ? { field: err.field } : {}) }
          : { code: 'INTERNAL', message: 'internal error' };
        job.status = 'failed';
        job.at = Date.now();
      },
    );
    return reply.code(202).send(jobAnswer(job, locale));
  });

  app.get('/api/imports/jobs/:id', {
    schema: { tags, params: z.object({ id: z.string().max(64) }), response: { 200: ImportJobSchema }, description: 'Progress and, once done, the result of an import or dry run.' },
  }, async (req) => {
    const actor = actorOf(req);
    return jobAnswer(getJob(req.params.id, actor.employeeId), localeOf(req));
  });

  app.get('/api/imports/jobs/:id/rejected', {
    schema: {
      tags, params: z.object({ id: z.string().max(64) }), querystring: z.strictObject({ file: z.enum(['contacts', 'persons']).default('contacts') }),
      description: 'The rejected rows of an import with skipErrors, as CSV with a reason column: fix them and import the file again.',
    },
  }, async (req, reply) => {
    const actor = actorOf(req);
    const job = getJob(req.params.id, actor.employeeId);
    const p = job.rejectedPaths[req.query.file];
    if (job.status !== 'done' || !fs.existsSync(p) || !job.result?.rejectedRows[req.query.file]) {
      throw new AppError('NOT_FOUND', 'rejected rows not found');
    }
    const name = localeOf(req) === 'sv' ? (req.query.file === 'persons' ? 'avvisade-personer' : 'avvisade-rader') : (req.query.file === 'persons' ? 'rejected-persons' : 'rejected-rows');
    return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', contentDisposition('csv', name))
      .header('cache-control', 'no-store').send(fs.createReadStream(p));
  });

  app.get('/api/imports', {
    schema: { tags, querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(500).default(50) }), response: { 200: z.object({ items: z.array(ImportRecordSchema) }) }, description: 'The latest imports, newest first.' },
  }, async (req) => {
    actorOf(req);
    return { items: await listImports(store, req.query.limit) };
  });

  app.post('/api/imports/:id/undo', {
    schema: {
      tags, params: z.object({ id: z.coerce.number().int().positive() }), response: { 200: UndoResultSchema },
      description: 'Undo an import: remove the contacts it created and the persons it added, restore the fields it updated — each unless changed since or linked to activities.',
    },
  }, async (req) => {
    const actor = actorOf(req);
    return undoImport(store, clock, req.params.id, actor.employeeId);
  });
};
