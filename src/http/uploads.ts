/**
 * Uploaded import files, kept on disk in the temp folder (streamed there, never held in memory)
 * under a random id, usable only by the employee who sent them, removed after a day. Kept in this
 * process: an upload is the first step of an import the same user finishes minutes later.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform, type Readable } from 'node:stream';
import { AppError, notFound, validation } from '../domain/errors.js';

export const MAX_UPLOAD_MB = 200;
const KEEP_MS = 24 * 3600_000;

export type Upload = { id: string; path: string; name: string; size: number; ownerId: number; at: number };

const uploads = new Map<string, Upload>();
let folder: string | undefined;

function dir(): string {
  folder ??= fs.mkdtempSync(path.join(os.tmpdir(), 'kontakta-uploads-'));
  return folder;
}

function sweep(now: number) {
  for (const u of uploads.values()) {
    if (now - u.at > KEEP_MS) { uploads.delete(u.id); fs.rmSync(u.path, { force: true }); }
  }
}

/** Streams the request body to a file, refusing more than MAX_UPLOAD_MB. */
export async function saveUpload(body: Readable, name: string, ownerId: number): Promise<Upload> {
  const now = Date.now();
  sweep(now);
  const id = crypto.randomBytes(16).toString('hex');
  const file = path.join(dir(), id);
  let size = 0;
  const limit = MAX_UPLOAD_MB * 1024 * 1024;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      if (size > limit) done(validation('file', `the file is larger than ${MAX_UPLOAD_MB} MB`));
      else done(null, chunk);
    },
  });
  try {
    await pipeline(body, counter, fs.createWriteStream(file));
  } catch (err) {
    fs.rmSync(file, { force: true });
    if (err instanceof AppError) throw err;
    throw validation('file', 'the file cannot be read: the upload broke off');
  }
  if (size === 0) { fs.rmSync(file, { force: true }); throw validation('file', 'the file is empty'); }
  const u: Upload = { id, path: file, name, size, ownerId, at: now };
  uploads.set(id, u);
  return u;
}

export function getUpload(id: string, ownerId: number, field = 'fileId'): Upload {
  const u = uploads.get(id);
  if (!u || u.ownerId !== ownerId) {
    if (/^[0-9a-f]{32}$/.test(id)) throw validation(field, 'upload the file again: it is gone (files are kept for a day)');
    throw notFound('upload', id);
  }
  return u;
}
