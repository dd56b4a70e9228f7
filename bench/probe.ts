/**
 * The colleague's view of a big write: while one request finishes, copies to all or undoes a
 * batch of 100,000 activities, another user's reads (a contact list page, `auth/me`, a calendar
 * week) are started every 25 ms, each without waiting for the one before, as people keep
 * clicking. Answers each read's time from start to answer; a read still waiting when the write
 * ends counts until it is answered.
 */
import type { ServerProcess } from './server-process.js';

export const PROBE_EVERY_MS = 25;
export const PROBE_TARGET_MS = 100;

/** The reads another user makes: one of each kind in turn. */
export const PROBE_READS = [
  { kind: 'contact list', path: '/api/contacts?limit=50&sort=name' },
  { kind: 'auth/me', path: '/api/auth/me' },
  { kind: 'calendar week', path: '/api/calendar?from=2026-12-07T00:00:00.000Z&to=2026-12-14T00:00:00.000Z' },
] as const;

export type ProbeResult = { count: number; p50: number; p99: number; max: number; failed: number; byKind: Record<string, { count: number; p99: number; max: number }> };

export const percentile = (xs: number[], p: number) => {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};

function summarise(samples: { kind: string; ms: number; ok: boolean }[]): ProbeResult {
  const ms = samples.map((s) => s.ms);
  const byKind: ProbeResult['byKind'] = {};
  for (const { kind } of PROBE_READS) {
    const k = samples.filter((s) => s.kind === kind).map((s) => s.ms);
    byKind[kind] = { count: k.length, p99: percentile(k, 99), max: k.length ? Math.max(...k) : 0 };
  }
  return { count: samples.length, p50: percentile(ms, 50), p99: percentile(ms, 99), max: ms.length ? Math.max(...ms) : 0, failed: samples.filter((s) => !s.ok).length, byKind };
}

/** Runs `write` while another user's reads (bearer `token`) are started every 25 ms. */
export async function probeDuring<T>(srv: ServerProcess, token: string, write: () => Promise<T>): Promise<{ result: T; probe: ProbeResult; writeMs: number }> {
  const samples: { kind: string; ms: number; ok: boolean }[] = [];
  const pending: Promise<void>[] = [];
  let i = 0;
  const read = () => {
    const r = PROBE_READS[i++ % PROBE_READS.length]!;
    const t0 = performance.now();
    pending.push(fetch(srv.url + r.path, { headers: { authorization: `Bearer ${token}` } })
      .then(async (res) => { await res.arrayBuffer(); samples.push({ kind: r.kind, ms: performance.now() - t0, ok: res.ok }); })
      .catch(() => { samples.push({ kind: r.kind, ms: performance.now() - t0, ok: false }); }));
  };
  const t0 = performance.now();
  const writing = write();
  // The first read goes out right behind the write, so even a short write has one.
  read();
  const timer = setInterval(read, PROBE_EVERY_MS);
  try {
    const result = await writing;
    const writeMs = performance.now() - t0;
    clearInterval(timer);
    await Promise.all(pending);
    return { result, probe: summarise(samples), writeMs };
  } finally {
    clearInterval(timer);
  }
}

/** The same reads with nothing else running, for the idle figure beside it. */
export async function probeIdle(srv: ServerProcess, token: string, ms = 1000): Promise<ProbeResult> {
  return (await probeDuring(srv, token, () => new Promise((r) => setTimeout(r, ms)))).probe;
}
