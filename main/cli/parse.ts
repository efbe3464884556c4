import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isoDate } from '../api/schemas';
import { UsageError } from './errors';
import { type Lang, LANGS } from './i18n';
import type { CommandSpec, OptionSpec } from './spec';

/** Options every command takes. */
export const GLOBAL_OPTIONS = {
  'data-dir': { type: 'string', placeholder: 'MAP', description: { nl: 'de gegevensmap (anders DOORLICHT_DATA_DIR of de map van de app)', en: 'the data folder (else DOORLICHT_DATA_DIR or the app folder)' } },
  json: { type: 'boolean', description: { nl: 'antwoord als JSON (vorm: zie help per opdracht)', en: 'answer as JSON (shape: see per-command help)' } },
  lang: { type: 'enum', values: LANGS, description: { nl: 'taal van teksten en meldingen', en: 'language of texts and messages' } },
  progress: { type: 'boolean', description: { nl: 'toon voortgang ook als de uitvoer naar een pijp of bestand gaat', en: 'show progress even when output goes to a pipe or file' } },
  help: { type: 'boolean', description: { nl: 'hulp bij deze opdracht', en: 'help for this command' } },
} as const satisfies Record<string, OptionSpec>;

export interface GlobalValues {
  dataDir?: string;
  json: boolean;
  lang: Lang;
  progress: boolean;
  help: boolean;
}

/** The language asked for anywhere on the line, before anything else is parsed (for messages about the line itself). */
export function langFrom(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  const at = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = at < 0 ? env.DOORLICHT_LANG : argv[at].includes('=') ? argv[at].split('=')[1] : argv[at + 1];
  return value === 'en' ? 'en' : 'nl';
}

const msg = (lang: Lang, nl: string, en: string) => (lang === 'nl' ? nl : en);

/** Parses one command's arguments against its table entry; every mistake is a UsageError naming the option. */
export function parseCommandArgs(spec: CommandSpec, argv: string[], lang: Lang): { options: Record<string, unknown>; globals: GlobalValues } {
  const all: Record<string, OptionSpec> = { ...GLOBAL_OPTIONS, ...spec.options };
  const config: ParseArgsConfig['options'] = {};
  for (const [name, option] of Object.entries(all)) {
    config[name] = { type: option.type === 'boolean' ? 'boolean' : 'string', multiple: 'multiple' in option && option.multiple === true };
  }
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: config, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length > (spec.positional ? 1 : 0)) {
    throw new UsageError(msg(lang, `Onverwacht argument: ${positionals.at(-1)}`, `Unexpected argument: ${positionals.at(-1)}`));
  }
  if (spec.positional && positionals.length === 1) {
    if (values[spec.positional] !== undefined) throw new UsageError(msg(lang, `--${spec.positional} staat er twee keer`, `--${spec.positional} given twice`), spec.positional);
    values[spec.positional] = positionals[0];
  }
  const globals: GlobalValues = {
    dataDir: values['data-dir'] as string | undefined,
    json: values.json === true,
    lang: (values.lang as Lang | undefined) ?? lang,
    progress: values.progress === true,
    help: values.help === true,
  };
  if (values.lang !== undefined && !LANGS.includes(values.lang as Lang)) throw new UsageError(msg(lang, '--lang moet nl of en zijn', '--lang must be nl or en'), 'lang');
  if (globals.help) return { options: {}, globals };
  const options: Record<string, unknown> = {};
  for (const [name, option] of Object.entries(spec.options)) options[name] = coerce(name, option, values[name] as string | string[] | boolean | undefined, lang);
  return { options, globals };
}

function coerce(name: string, option: OptionSpec, raw: string | string[] | boolean | undefined, lang: Lang): unknown {
  if (option.type === 'boolean') return raw === true;
  if (raw === undefined || (Array.isArray(raw) && raw.length === 0)) {
    if (option.required) throw new UsageError(msg(lang, `--${name} ontbreekt`, `--${name} is missing`), name);
    return undefined;
  }
  const one = (value: string): unknown => {
    if (option.type === 'enum' && !option.values.includes(value)) {
      throw new UsageError(msg(lang, `--${name} moet een van ${option.values.join(', ')} zijn, niet "${value}"`, `--${name} must be one of ${option.values.join(', ')}, not "${value}"`), name);
    }
    if (option.type === 'integer') {
      const n = /^-?\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
      const inRange = Number.isSafeInteger(n) && (option.min === undefined || n >= option.min) && (option.max === undefined || n <= option.max);
      if (!inRange) throw new UsageError(msg(lang, `--${name} moet een geheel getal zijn${option.min !== undefined ? ` vanaf ${option.min}` : ''}, niet "${value}"`, `--${name} must be a whole number${option.min !== undefined ? ` from ${option.min}` : ''}, not "${value}"`), name);
      return n;
    }
    if (option.type === 'date' && !isoDate.safeParse(value).success) {
      throw new UsageError(msg(lang, `--${name} moet een bestaande datum JJJJ-MM-DD zijn, niet "${value}"`, `--${name} must be a real date YYYY-MM-DD, not "${value}"`), name);
    }
    return value;
  };
  // A list option takes repeats (--indicator a --indicator b), and commas (--indicator a,b) where ids cannot hold one.
  const commas = option.type === 'string' && option.commas === true;
  if (Array.isArray(raw)) return raw.flatMap((r) => (commas ? r.split(',') : [r])).map((r) => r.trim()).filter(Boolean).map(one);
  return one(raw as string);
}
