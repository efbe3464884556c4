import { problemMessage } from '../api/problem-messages';
import { AppError } from '../api/envelope';
import { openServices, type Services } from '../app/open-services';
import { defaultDataDir } from '../app/paths';
import { describeError, EXIT_CODES, optionForField, UsageError } from './errors';
import { type Checklist, printChecklist } from './commands/finalize';
import { commandHelp, generalHelp } from './help';
import { type Lang, tr } from './i18n';
import { stderr, stdout } from './output';
import { langFrom, parseCommandArgs } from './parse';
import { Progress } from './progress';
import type { CommandSpec, RunEnv } from './spec';

/**
 * Runs one command line to its end and answers the exit code. Nothing here
 * ends the process: the caller sets process.exitCode once stdout and stderr
 * are drained.
 */
export async function runCli(table: readonly CommandSpec[], argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  let lang: Lang = langFrom(argv, env);
  let json = argv.includes('--json');
  const [name, ...rest] = argv;
  const byName = new Map(table.map((c) => [c.name, c]));
  if (name === undefined || name === '--help' || name === '-h' || (name === 'help' && rest.filter((a) => !a.startsWith('--')).length === 0)) {
    // Without a command the help is the answer to a usage mistake, so it goes where errors go.
    (name === undefined ? stderr : stdout).line(generalHelp(table, lang));
    return name === undefined ? EXIT_CODES.usage.code : EXIT_CODES.ok.code;
  }
  if (name === 'help') {
    const topic = rest.find((a) => !a.startsWith('--') && a !== 'en' && a !== 'nl')!;
    const spec = byName.get(topic);
    if (spec) {
      stdout.line(commandHelp(spec, lang));
      return EXIT_CODES.ok.code;
    }
    return fail(new UsageError(lang === 'nl' ? `Onbekende opdracht: ${topic}` : `Unknown command: ${topic}`), json, lang, table);
  }
  const spec = byName.get(name);
  if (!spec) return fail(new UsageError(lang === 'nl' ? `Onbekende opdracht: ${name}` : `Unknown command: ${name}`), json, lang, table);

  let services: Services | undefined;
  const progressOut = Progress.choose(stderr, { forced: rest.includes('--progress'), json, stdoutIsTTY: process.stdout.isTTY === true, stderrIsTTY: process.stderr.isTTY === true, lang });
  try {
    const { options, globals } = parseCommandArgs(spec, rest, lang);
    lang = globals.lang;
    json = globals.json;
    if (globals.help) {
      stdout.line(commandHelp(spec, lang));
      return EXIT_CODES.ok.code;
    }
    const progress = Progress.choose(stderr, { forced: globals.progress, json, stdoutIsTTY: process.stdout.isTTY === true, stderrIsTTY: process.stderr.isTTY === true, lang });
    if (!spec.offline) services = await openServices({ dataDir: globals.dataDir ?? env.DOORLICHT_DATA_DIR ?? defaultDataDir(), seedDemo: false, program: 'cli', programDetail: name });
    const runEnv: RunEnv = { ctx: services?.ctx as RunEnv['ctx'], lang, progress };
    const result = await spec.run(runEnv, options as never);
    progress.done();
    if (json) stdout.line(JSON.stringify(result, null, 2));
    else spec.text(result, { line: (text = '') => stdout.line(text), lang });
    return EXIT_CODES.ok.code;
  } catch (error) {
    progressOut.done();
    return fail(error, json, lang, table, spec);
  } finally {
    await services?.close();
  }
}

function fail(error: unknown, json: boolean, lang: Lang, table: readonly CommandSpec[], spec?: CommandSpec): number {
  const { body, exitCode } = describeError(error);
  // A rule's refusal is worded from its codes, in the language asked for; scripts also get the codes.
  if (error instanceof AppError && error.problems.length) {
    body.message = error.problems.map((p) => problemMessage(p, lang)).join(' ');
    body.rule = error.problems[0].code;
    if (error.problems.length > 1) body.problems = [...error.problems];
  }
  // A positional argument (import FILE) was not typed as an option: naming it --file would mislead.
  const named = spec && body.code !== 'usage' ? optionForField(body.field, Object.keys(spec.options)) : undefined;
  const option = named && named !== spec?.positional ? named : undefined;
  if (option) body.option = option;
  // A fault of our own (not an answer of the contract) gets its stack, for the bug report.
  if (exitCode === EXIT_CODES.internal.code && !(error instanceof AppError)) stderr.line(String((error as Error)?.stack ?? error));
  if (json) {
    stderr.line(JSON.stringify({ error: body }));
    return exitCode;
  }
  stderr.line(`${lang === 'nl' ? 'Fout' : 'Error'}: ${body.message}${option && body.code !== 'usage' ? ` (--${option})` : ''}`);
  if (body.checklist) printChecklist(body.checklist as Checklist, { line: (text = '') => stderr.line(text), lang });
  if (exitCode === EXIT_CODES.usage.code) {
    stderr.line('');
    stderr.line(spec ? commandHelp(spec, lang) : generalHelp(table, lang));
  } else if (exitCode === EXIT_CODES.internal.code) {
    stderr.line(tr(lang, { nl: 'Uw gegevens zijn niet gewijzigd door deze fout.', en: 'Your records were not changed by this error.' }));
  }
  return exitCode;
}
