/**
 * Runs the Kontakta server as a child process (plain `node --import tsx` with the flags `npm start`
 * gives it, so the PID is the server's own) and measures its memory: peak RSS (VmHWM) since the last reset, reset through
 * /proc/<pid>/clear_refs when the kernel allows it, else sampled every 20 ms.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import net from 'node:net';
import http from 'node:http';
import { SERVER_NODE_FLAGS } from '../src/cli/server-flags.js';

export const ROOT = path.resolve(import.meta.dirname, '..');

export type ServerProcess = {
  url: string;
  pid: number;
  token: string;
  /** Starts a fresh peak-memory window. */
  resetPeak: () => void;
  /** Peak RSS in MB since the last resetPeak. */
  peakMb: () => number;
  rssMb: () => number;
  stop: () => Promise<void>;
};

function readStatusKb(pid: number, key: string): number {
  const text = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const m = new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(text);
  return m ? Number(m[1]) : 0;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export function runCli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string; ms: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/main.ts'), ...args], {
      cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr, ms: performance.now() - started }));
  });
}

export async function startServerProcess(dbUrl: string, adminEmail: string): Promise<ServerProcess> {
  const port = await freePort();
  const env = { ...process.env, KONTAKTA_ADMIN_EMAIL: adminEmail, KONTAKTA_ADMIN_PASSWORD: 'bench-password-1' };
  const child: ChildProcess = spawn(process.execPath, [...SERVER_NODE_FLAGS, '--import', 'tsx', path.join(ROOT, 'src/cli/main.ts'), 'serve', '--db', dbUrl, '--port', String(port), '--no-demo'], {
    cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  try {
    return await connect(child, url, adminEmail, () => log);
  } catch (err) {
    // Never leave a server behind when it did not come up or the login failed.
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('close', r));
    }
    throw err;
  }
}

async function connect(child: ChildProcess, url: string, adminEmail: string, log: () => string): Promise<ServerProcess> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited: ${log()}`);
    try {
      const r = await fetch(`${url}/api/health`);
      if (r.ok) break;
    } catch { /* not up yet */ }
    if (Date.now() > deadline) throw new Error(`server did not start: ${log()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: adminEmail, password: 'bench-password-1' }),
  });
  if (!login.ok) throw new Error(`bench login failed: ${login.status} ${await login.text()}`);
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const pid = child.pid!;
  let canReset = true;
  let sampledPeak = 0;
  let sampler: NodeJS.Timeout | undefined;
  const resetPeak = () => {
    try {
      fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
    } catch {
      canReset = false;
    }
    sampledPeak = readStatusKb(pid, 'VmRSS');
    if (!canReset && !sampler) {
      sampler = setInterval(() => { sampledPeak = Math.max(sampledPeak, readStatusKb(pid, 'VmRSS')); }, 20);
      sampler.unref();
    }
  };
  return {
    url, pid,
    token: cookie, // the session cookie; used as a Cookie header
    resetPeak,
    peakMb: () => (canReset ? readStatusKb(pid, 'VmHWM') : sampledPeak) / 1024,
    rssMb: () => readStatusKb(pid, 'VmRSS') / 1024,
    stop: async () => {
      if (sampler) clearInterval(sampler);
      child.kill('SIGTERM');
      await new Promise((r) => child.once('close', r));
    },
  };
}

/** JSON request to the bench server with its session cookie. */
export async function call<T = any>(server: ServerProcess, method: string, p: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const res = await fetch(server.url + p, {
    method,
    headers: { cookie: server.token, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${p} → ${res.status}: ${text.slice(0, 500)}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/**
 * Downloads a (possibly huge) response without keeping it, answering its size in bytes. Plain
 * node:http rather than fetch: undici gives up on a body that takes more than 5 minutes.
 */
export function download(server: ServerProcess, p: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(server.url + p, { headers: { cookie: server.token } }, (res) => {
      let bytes = 0;
      const failed = (res.statusCode ?? 500) >= 400;
      let text = '';
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (failed && text.length < 500) text += chunk.toString('utf8');
      });
      res.on('end', () => (failed ? reject(new Error(`GET ${p} → ${res.statusCode}: ${text}`)) : resolve(bytes)));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}
