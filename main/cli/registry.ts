import { z } from 'zod';
import { exchangeCommands } from './commands/exchange';
import { syncCommands } from './commands/sync';
import { trajectoryCommands } from './commands/trajectory';
import { inspectionCommands } from './commands/inspections';
import { onsiteCommands } from './commands/onsite';
import { ratingCommands } from './commands/rating';
import { recordCommands } from './commands/records';
import { reportCommands } from './commands/report';
import { settingsCommands } from './commands/settings';
import { taskforceCommands } from './commands/taskforce';
import { bashCompletion, zshCompletion } from './completion';
import { type CommandSpec, defineCommand } from './spec';

/**
 * The one command table, in the order `--help` lists it. Parsing, help,
 * completion and the README check all read this array.
 */
export const commandTable: CommandSpec[] = [
  ...recordCommands,
  ...inspectionCommands,
  ...onsiteCommands,
  ...ratingCommands,
  ...reportCommands,
  ...taskforceCommands,
  ...trajectoryCommands,
  ...exchangeCommands,
  ...syncCommands,
  ...settingsCommands,
  defineCommand({
    name: 'completion',
    group: 'settings',
    summary: { nl: 'shell-aanvulling voor bash of zsh, uit dezelfde opdrachtentabel als --help', en: 'shell completion for bash or zsh, from the same command table as --help' },
    example: "completion bash --program doorlicht > ~/.local/share/bash-completion/completions/doorlicht",
    positional: 'shell',
    offline: true,
    options: {
      shell: { type: 'enum', values: ['bash', 'zsh'], required: true, description: { nl: 'de shell', en: 'the shell' } },
      program: { type: 'string', placeholder: 'NAAM', description: { nl: "de naam waaronder u de CLI oproept (standaard doorlicht, bv. alias doorlicht='npm run --silent cli --')", en: "the name you call the CLI by (default doorlicht, e.g. alias doorlicht='npm run --silent cli --')" } },
    },
    output: z.object({ shell: z.enum(['bash', 'zsh']), program: z.string(), script: z.string() }),
    async run(_env, o) {
      const program = o.program ?? 'doorlicht';
      return { shell: o.shell, program, script: o.shell === 'bash' ? bashCompletion(commandTable, program) : zshCompletion(commandTable, program) };
    },
    text(r, out) {
      out.line(r.script);
    },
  }),
];
