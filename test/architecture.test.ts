/**
 * The dependency rule of docs/ARCHITECTURE.md, checked on every import line:
 * domain imports nothing outside itself; app imports only domain (and its own ports);
 * web never reaches storage, http, app or cli.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '..', 'src');

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : /\.(ts|tsx)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)]
    .map((m) => m[1] ?? m[2]!)
    .filter(Boolean);
}

/** The top-level folder of src/ an import resolves to, or 'package:<name>' for dependencies. */
function targetOf(file: string, spec: string): string {
  if (!spec.startsWith('.')) return `package:${spec}`;
  const rel = path.relative(SRC, path.resolve(path.dirname(file), spec));
  return rel.startsWith('..') ? 'outside' : rel.split(path.sep)[0]!;
}

const RULES: Record<string, (target: string) => boolean> = {
  // luxon: pure zone arithmetic for the one zoned-time helper (domain/time/zoned-time.ts)
  domain: (t) => t === 'domain' || t === 'package:luxon',
  app: (t) => t === 'domain' || t === 'app' || t === 'package:node:crypto' || t === 'package:node:util' || t === 'package:zod',
  web: (t) => !['storage', 'http', 'app', 'cli', 'reports'].includes(t) && !t.startsWith('package:node:'),
  contract: (t) => t === 'contract' || t === 'domain' || t === 'package:zod',
};

describe('architecture: the dependency rule', () => {
  for (const [layer, allowed] of Object.entries(RULES)) {
    it(`${layer}/ imports only what its layer may use`, () => {
      const offences: string[] = [];
      for (const file of filesUnder(path.join(SRC, layer))) {
        for (const spec of importsOf(file)) {
          const target = targetOf(file, spec);
          if (!allowed(target)) offences.push(`${path.relative(SRC, file)} imports ${spec}`);
        }
      }
      expect(offences).toEqual([]);
    });
  }

  it('finds the domain files it checks', () => {
    expect(filesUnder(path.join(SRC, 'domain')).length).toBeGreaterThan(0);
  });
});
