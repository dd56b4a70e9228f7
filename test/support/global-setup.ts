/**
 * Vitest global setup: builds the web UI (only when its sources are newer than dist/web) before
 * any suite runs, so the browser tests always drive the current UI.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export default function setup(): void {
  const root = path.resolve(import.meta.dirname, '..', '..');
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build-web-if-needed.mjs')], { cwd: root, stdio: 'inherit' });
}
