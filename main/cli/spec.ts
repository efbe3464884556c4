import type { z } from 'zod';
import type { ServiceContext } from '../services/context';
import type { Lang, Text } from './i18n';
import type { Progress } from './progress';

/**
 * The one command table's shape. Parsing, `--help`, shell completion and the
 * README check are all generated from these records, so they cannot disagree.
 */

/** Journeys in the order an inspector meets them; `--help` groups commands by these. */
export const GROUPS = {
  record: { nl: 'Gegevens en signalen', en: 'Records and signals' },
  inspection: { nl: 'Inspectie voorbereiden', en: 'Preparing an inspection' },
  onsite: { nl: 'Op school: bewijs, observaties, steekproef, bevragingen', en: 'On site: evidence, observations, sample, surveys' },
  rating: { nl: 'Beoordelen en advies', en: 'Rating and advice' },
  report: { nl: 'Verslag', en: 'Report' },
  taskforce: { nl: 'Task force: doorverwijzing en plan', en: 'Task force: referral and plan' },
  exchange: { nl: 'Uitwisselen tussen laptops', en: 'Exchange between laptops' },
  settings: { nl: 'Profiel, instellingen en beheer', en: 'Profile, settings and maintenance' },
} as const satisfies Record<string, Text>;

export type GroupId = keyof typeof GROUPS;

interface OptionBase {
  description: Text;
  required?: boolean;
  /** Shown in usage instead of the type, e.g. ID or JJJJ-MM-DD. */
  placeholder?: string;
}

export type OptionSpec =
  | (OptionBase & { type: 'string'; multiple?: boolean; /** A list option that also takes a,b,c. */ commas?: boolean })
  | (OptionBase & { type: 'enum'; values: readonly string[]; multiple?: boolean })
  | (OptionBase & { type: 'integer'; min?: number; max?: number })
  | (OptionBase & { type: 'date' })
  | (OptionBase & { type: 'file' })
  | (OptionBase & { type: 'boolean' });

export type OptionsSpec = Record<string, OptionSpec>;

type ValueOf<S extends OptionSpec> = S extends { type: 'boolean' }
  ? boolean
  : S extends { type: 'integer' }
    ? number
    : S extends { multiple: true }
      ? string[]
      : S extends { type: 'enum'; values: readonly (infer V)[] }
        ? V
        : string;

/** Parsed options: required ones are always there, booleans are false when absent. */
export type Parsed<O extends OptionsSpec> = {
  [K in keyof O]: O[K] extends { type: 'boolean' } ? boolean : O[K] extends { required: true } ? ValueOf<O[K]> : ValueOf<O[K]> | undefined;
};

/** What a command gets besides its options. */
export interface RunEnv {
  ctx: ServiceContext;
  lang: Lang;
  progress: Progress;
}

/** Writes lines of text for a person (the --json shape is the command's return value). */
export interface TextOut {
  line(text?: string): void;
  lang: Lang;
}

export interface CommandSpec<O extends OptionsSpec = OptionsSpec, R = unknown> {
  name: string;
  group: GroupId;
  summary: Text;
  /** One real call, shown in `--help NAME` and checked by the README test. */
  example: string;
  /** A bare argument (e.g. a file name) that fills this option. */
  positional?: keyof O & string;
  options: O;
  /** Never touches the record (works without a data folder), e.g. completion. */
  offline?: boolean;
  /**
   * The documented --json shape: the keys promised to scripts (answers may
   * carry more). Each command's real output is checked against it in the tests.
   */
  output: z.ZodType;
  /** Runs through the contract and answers the value printed by --json. */
  run(env: RunEnv, options: Parsed<O>): Promise<R>;
  /** The same value for a person, in `out.lang`. */
  text(result: R, out: TextOut): void;
}

/** Keeps the option types of one command while the table holds them all. */
export function defineCommand<const O extends OptionsSpec, R>(spec: CommandSpec<O, R>): CommandSpec {
  return spec as unknown as CommandSpec;
}
