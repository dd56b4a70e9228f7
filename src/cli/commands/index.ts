/** Commands added by later areas (seed, group, report …) register here. */
import type { Command } from 'commander';
import { registerSeed } from './seed.js';
import { registerGroup } from './group.js';
import { registerReport } from './report.js';
import { registerBackup } from './backup.js';
import { registerCalendar } from './calendar.js';
import { registerImport } from './import.js';
import { registerExport } from './export.js';
import { registerActivities } from './activities.js';

export function registerExtraCommands(program: Command): void {
  registerSeed(program);
  registerGroup(program);
  registerReport(program);
  registerBackup(program);
  registerCalendar(program);
  registerImport(program);
  registerExport(program);
  registerActivities(program);
  // one line per area: registerSeed(program); registerGroup(program); …
}
