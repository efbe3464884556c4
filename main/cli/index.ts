import { commandTable } from './registry';
import { stderr, stdout } from './output';
import { runCli } from './run';

/**
 * The headless CLI over the same operations as the UI:
 *   npm run cli -- <command> [options] [--data-dir DIR] [--json] [--lang en]
 *
 * The process ends by itself once stdout and stderr are drained; it is never
 * cut short with process.exit while a pipe still holds output.
 */
const code = await runCli(commandTable, process.argv.slice(2), process.env);
await Promise.all([stdout.flush(), stderr.flush()]);
process.exitCode = code;
// Everything is written; should a stray handle keep the loop alive, do not hang a script on it.
setTimeout(() => process.exit(code), 1000).unref();
