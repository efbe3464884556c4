import { RecordInUseError } from '../app/record-lock';
import type { Problem } from '../domain/problems';
import { AppError } from '../api/envelope';
import { DatabaseOpenError, RecordBusyError } from '../db/connection';
import type { Text } from './i18n';

/**
 * Exit codes, documented in `--help` and the README; scripts branch on them.
 * The JSON error on stderr says the same with its `code`.
 */
export const EXIT_CODES = {
  ok: { code: 0, meaning: { nl: 'gelukt', en: 'done' } },
  refused: { code: 1, meaning: { nl: 'invoer geweigerd (ongeldig of in strijd met de regels)', en: 'input refused (invalid or against the rules)' } },
  usage: { code: 2, meaning: { nl: 'verkeerd gebruik: onbekende opdracht of optie, verplichte optie ontbreekt', en: 'usage: unknown command or option, required option missing' } },
  busy: { code: 3, meaning: { nl: 'de gegevens zijn bezet of vergrendeld (een andere werkbank schrijft)', en: 'the record is busy or locked (another workbench is writing)' } },
  notFound: { code: 4, meaning: { nl: 'niet gevonden (inspectie, school, bestand …)', en: 'not found (inspection, school, file …)' } },
  database: { code: 5, meaning: { nl: 'de database kan niet gelezen worden', en: 'the database cannot be read' } },
  internal: { code: 6, meaning: { nl: 'onverwachte fout', en: 'unexpected error' } },
} as const satisfies Record<string, { code: number; meaning: Text }>;

/** A wrong call of the CLI itself (not of an operation): exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The error as scripts read it: `{ "error": { code, message, field, params? } }`. */
export interface CliErrorBody {
  code: string;
  message: string;
  field: string | null;
  /** The command-line option at fault, when the field maps onto one. */
  option?: string;
  params?: Record<string, string | number>;
  /** With a refused finalize: the check list that refused it. */
  checklist?: unknown;
  /** The rule that refused, and all its problems (codes and values), when a domain rule refused. */
  rule?: string;
  problems?: Problem[];
}

const BUSY = /SQLITE_BUSY|SQLITE_LOCKED|database is locked/i;

export function describeError(error: unknown): { body: CliErrorBody; exitCode: number } {
  if (error instanceof UsageError) return { body: { code: 'usage', message: error.message, field: error.field ?? null }, exitCode: EXIT_CODES.usage.code };
  if (error instanceof AppError) {
    const params = (error as { params?: Record<string, string | number> }).params;
    const checklist = (error as { checklist?: unknown }).checklist;
    const body: CliErrorBody = { code: error.code, message: error.message, field: error.field ?? null, ...(params ? { params } : {}), ...(checklist ? { checklist } : {}) };
    return { body, exitCode: exitCodeFor(error.code, error.message) };
  }
  if (error instanceof RecordInUseError || error instanceof RecordBusyError) {
    return { body: { code: 'busy', message: error.message, field: null }, exitCode: EXIT_CODES.busy.code };
  }
  if (error instanceof DatabaseOpenError) {
    return { body: { code: error.code, message: error.message, field: null }, exitCode: BUSY.test(error.message) ? EXIT_CODES.busy.code : EXIT_CODES.database.code };
  }
  const message = error instanceof Error ? error.message : String(error);
  if (BUSY.test(message)) return { body: { code: 'busy', message, field: null }, exitCode: EXIT_CODES.busy.code };
  return { body: { code: 'internal', message, field: null }, exitCode: EXIT_CODES.internal.code };
}

/** Maps an error envelope's code to the exit code. Unknown future codes count as refused input. */
export function exitCodeFor(code: string, message = ''): number {
  if (code === 'not_found') return EXIT_CODES.notFound.code;
  if (code === 'busy' || code === 'locked' || BUSY.test(message)) return EXIT_CODES.busy.code;
  if (code === 'database') return EXIT_CODES.database.code;
  if (code === 'internal') return EXIT_CODES.internal.code;
  if (code === 'unknown_operation') return EXIT_CODES.usage.code;
  return EXIT_CODES.refused.code;
}

/** Contract fields by the option a user typed for them. */
const OPTION_OF_FIELD: Record<string, string> = {
  inspectionId: 'inspection',
  referralId: 'referral',
  instellingsnummer: 'school',
  indicatorId: 'indicator',
  indicatorIds: 'indicator',
  focusDomains: 'domain',
  strengths: 'sterktes',
  opportunities: 'ontwikkelkansen',
  shortcomings: 'tekort',
  recommendations: 'aanbevelingen',
  chosen: 'advice',
  guidanceObliged: 'guidance',
  reportDate: 'report-date',
  className: 'class',
  observedAt: 'at',
  onTask: 'on-task',
  offTask: 'off-task',
  measureDate: 'date',
  groupName: 'group',
  profileName: 'name',
  base64: 'attach',
  fileName: 'attach',
  referralDate: 'date',
  dueDate: 'due',
  reachedOn: 'reached',
  ownerRole: 'owner',
  goalId: 'goal',
  shortcomingRefs: 'shortcoming',
  canContinueAlone: 'can-continue',
  schoolDecision: 'school-decision',
  schoolYear: 'schooljaar',
};

/** Names the option behind an error's field, among the options this command has. */
export function optionForField(field: string | null, options: readonly string[]): string | undefined {
  if (!field) return undefined;
  const head = field.split('.')[0];
  const candidates = [head, OPTION_OF_FIELD[head]];
  // A bare "id" of a look-up is the inspection or referral the command was given.
  if (head === 'id' && !options.includes('id')) candidates.push('inspection', 'referral');
  return candidates.find((c): c is string => c !== undefined && options.includes(c));
}
