import { parseArgs } from 'node:util';
import { AppError } from '../api/envelope';
import { openServices } from '../app/open-services';
import { defaultDataDir } from '../app/paths';
import { DatabaseOpenError } from '../db/connection';
import { commands } from './commands';

/**
 * The headless CLI over the same services as the UI:
 *   npm run cli -- <command> [options] [--data-dir DIR]
 */
function usage(): string {
  const lines = Object.values(commands).map((c) => `  ${c.usage}\n      ${c.summary}`);
  return `Gebruik: npm run cli -- <opdracht> [opties] [--data-dir MAP]\n\nOpdrachten:\n${lines.join('\n')}`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === 'help') {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    console.error(`Onbekende opdracht: ${name}\n\n${usage()}`);
    return 2;
  }
  const { values, positionals } = parseArgs({
    args: rest,
    strict: true,
    allowPositionals: name === 'restore' || name === 'import' || name === 'import-package',
    options: {
      'data-dir': { type: 'string' },
      search: { type: 'string' },
      json: { type: 'boolean' },
      inspection: { type: 'string' },
      referral: { type: 'string' },
      indicator: { type: 'string' },
      level: { type: 'string' },
      motivation: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      school: { type: 'string' },
      type: { type: 'string' },
      start: { type: 'string' },
      schooljaar: { type: 'string' },
      kind: { type: 'string' },
      'dry-run': { type: 'boolean' },
      sheet: { type: 'string' },
      'passphrase-env': { type: 'string' },
      server: { type: 'string' },
      code: { type: 'string' },
    },
  });
  const services = await openServices({ dataDir: values['data-dir'] ?? defaultDataDir(), seedDemo: false });
  try {
    await command.run(services.ctx, { ...values, file: positionals[0] }, (text) => console.log(text));
    return 0;
  } finally {
    await services.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof AppError || error instanceof DatabaseOpenError) console.error(`Fout: ${error.message}`);
    else if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) console.error(`Fout: ${(error as Error).message}\n\n${usage()}`);
    else console.error('Onverwachte fout:', error);
    process.exit(1);
  },
);
