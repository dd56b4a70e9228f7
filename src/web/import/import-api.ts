/**
 * The import page's calls: the upload (the file as the raw request body, so it streams to the
 * server's disk), the preview again with other reading options, the start of an import or dry
 * run, the job poll, the list of imports and undo. Types mirror contract/imports.ts.
 */
import { ApiError, get, post, qs } from '../api';

export type Separator = ';' | ',' | 'tab';
export type Encoding = 'utf-8' | 'windows-1252';
export type Mapping = Record<string, string | null>;

export type Preview = {
  fileId: string; name: string; size: number; format: 'csv' | 'xlsx'; encoding: Encoding | null; separator: Separator | null;
  sheets: string[]; header: string[]; rows: { line: number; cells: string[] }[]; mapping: Mapping; remembered: boolean; fields: string[];
};

export type Outcome = {
  file: 'contacts' | 'persons'; line: number; action: 'create' | 'update' | 'unchanged' | 'error';
  number: number | null; name: string | null; problems: { column: string | null; reason: string }[];
};

export type Job = {
  id: string; status: 'running' | 'done' | 'failed'; dryRun: boolean;
  progress: { file: 'contacts' | 'persons'; fraction: number; rows: number };
  result: null | {
    importId: number | null; stopped: boolean; outcomesTruncated: boolean; outcomes: Outcome[];
    counts: { rows: number; personRows: number; created: number; updated: number; unchanged: number; errors: number; persons: number };
    rejectedRows: { contacts: number; persons: number };
    newCodes: Record<'category' | 'lineOfBusiness' | 'status' | 'district', string[]>;
  };
  error: { code: string; message: string; field?: string } | null;
};

export type ImportRecord = {
  id: number; fileName: string | null; status: 'done' | 'undone'; created: number; updated: number; errors: number; createdAt: string;
};

export type ReadOptions = { encoding?: Encoding; separator?: Separator; sheet?: string };

/** Uploads the file as the request body (no form encoding): the server streams it to disk. */
export async function uploadFile(file: File, kind: 'contacts' | 'persons', language: string): Promise<Preview> {
  const res = await fetch(`/api/imports/files${qs({ name: file.name, kind })}`, {
    method: 'POST', credentials: 'same-origin', body: file,
    headers: { 'content-type': 'application/octet-stream', 'accept-language': language },
  });
  const data = await res.json().catch(() => ({}));
  if (!res.ok) {
    const e = data?.error ?? {};
    throw new ApiError(res.status, e.code ?? 'ERROR', e.message ?? res.statusText, e.field);
  }
  return data as Preview;
}

export const rereadFile = (fileId: string, kind: 'contacts' | 'persons', o: ReadOptions) =>
  get<Preview>(`/api/imports/files/${fileId}${qs({ kind, ...o })}`);

export type StartImport = {
  fileId: string; mapping: Mapping; encoding?: Encoding; separator?: Separator; sheet?: string;
  personsFileId?: string; personsMapping?: Mapping; personsEncoding?: Encoding; personsSeparator?: Separator;
  match: 'number' | 'orgNumber' | 'email'; dryRun: boolean; skipErrors: boolean; unknownCodes: 'add' | 'reject';
};

export const startImport = (body: StartImport) => post<Job>('/api/imports', body);
export const getJob = (id: string) => get<Job>(`/api/imports/jobs/${id}`);
export const listImports = () => get<{ items: ImportRecord[] }>('/api/imports?limit=10');
export const undoImport = (id: number) => post<{ deleted: number; restored: number }>(`/api/imports/${id}/undo`);
export const rejectedHref = (jobId: string, file: 'contacts' | 'persons') => `/api/imports/jobs/${jobId}/rejected${qs({ file })}`;
