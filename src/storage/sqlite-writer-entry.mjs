// The SQLite writer thread's entry: a worker thread does not get the TypeScript loader of its
// parent (neither `--import tsx` nor one registered in-process by bin/kontakta.js or the test
// runner), so it registers tsx itself before it loads the thread's TypeScript.
import { register } from 'tsx/esm/api';

register();
await import('./sqlite-writer-thread.ts');
