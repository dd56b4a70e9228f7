import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { SERVER_NODE_FLAGS } from './server-flags.js';

it('npm start runs the server with the flags the benchmark measures it with', () => {
  const pkg = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { scripts: Record<string, string> };
  const serve = pkg.scripts.start!.split('&&').map((s) => s.trim()).find((s) => s.endsWith(' serve'))!;
  expect(serve).toBe(`node ${SERVER_NODE_FLAGS.join(' ')} --import tsx src/cli/main.ts serve`);
});
