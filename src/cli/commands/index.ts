/** Commands added by later areas (seed, group, report …) register here. */
import type { Command } from 'commander';

export function registerExtraCommands(_program: Command): void {
  // one line per area: registerSeed(program); registerGroup(program); …
}
