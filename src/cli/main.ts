/**
 * The `kontakta` command line: a thin shell over the same use cases as the HTTP API.
 * Errors end with a non-zero exit and one readable line on stderr.
 */
import { Command } from 'commander';
import { AppError } from '../domain/errors.js';
import { registerServe } from './commands/serve.js';
import { registerMigrate } from './commands/migrate.js';
import { registerToken } from './commands/token.js';
import { registerExtraCommands } from './commands/index.js';

const program = new Command('kontakta')
  .description('Kontakta — CRM for planned customer work')
  .showHelpAfterError();

registerServe(program);
registerMigrate(program);
registerToken(program);
registerExtraCommands(program);

program.parseAsync(process.argv).catch((err: unknown) => {
  const msg = err instanceof AppError
    ? `error: ${err.field ? `${err.field}: ` : ''}${err.message}`
    : `error: ${err instanceof Error ? err.message : String(err)}`;
  process.stderr.write(msg.replace(/\n/g, ' ') + '\n');
  process.exit(err instanceof AppError && err.code === 'NOT_FOUND' ? 3 : err instanceof AppError && err.code === 'VALIDATION' ? 2 : 1);
});
