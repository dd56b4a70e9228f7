// Builds the web UI when dist/web is missing or older than its sources, so `npm start` alone
// gives a working app on a fresh clone.
import fs from 'node:fs';
import path from 'node:path';
import { execSync } from 'node:child_process';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = path.join(root, 'dist', 'web', 'index.html');
const srcDir = path.join(root, 'src', 'web');
if (!fs.existsSync(path.join(srcDir, 'index.html'))) process.exit(0);

function newest(dir) {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}
// The build is always React's production build: Vite follows NODE_ENV, which Vitest sets to
// "test" (a development build twice the size, with StrictMode running every effect twice). A
// marker records that, so a development build left by an older script is replaced.
const marker = path.join(root, 'dist', 'web', '.production');
const sources = Math.max(newest(srcDir), newest(path.join(root, 'src', 'i18n')));
if (fs.existsSync(out) && fs.existsSync(marker) && fs.statSync(out).mtimeMs >= sources) process.exit(0);
console.log('Building the web UI…');
execSync('npx vite build --logLevel warn', { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
fs.writeFileSync(marker, '');
