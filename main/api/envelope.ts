import type { Problem, ProblemParams } from '../domain/problems';
import { problemMessage } from './problem-messages';

/**
 * The one answer shape across the process boundary (IPC and HTTP alike):
 * a value, or an error with a stable code, a Dutch message for the user and,
 * for bad input, the field at fault.
 */
export type ErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  /** The record is held by another writer (another window or CLI); trying again later may work. */
  | 'busy'
  | 'unknown_operation'
  | 'unauthorized'
  | 'forbidden'
  | 'database'
  /** A server the workbench needs (Doorlicht Centraal) cannot be reached; nothing changed. */
  | 'unavailable'
  /** Another program holds the record's write lock beyond the busy timeout (and the retries). */
  | 'busy'
  | 'internal';

export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  field?: string;
  /** The domain rule that refused, when a rule did: the UI and the CLI word it in the user's language. */
  rule?: string;
  params?: ProblemParams;
  /** Every problem found, when a rule found more than one (the first is `rule`). */
  problems?: Problem[];
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

/** Thrown by services for an expected failure; the hosts turn it into an error envelope. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly problems: readonly Problem[] = [],
  ) {
    super(message);
    this.name = 'AppError';
  }

  /** A refusal by domain rules: the Dutch words of the first problem, with every problem kept for the UI and the CLI. */
  static refused(code: ErrorCode, problems: readonly Problem[]): AppError {
    const first = problems[0];
    return new AppError(code, problems.map((p) => problemMessage(p)).join(' '), first?.field, problems);
  }

  toBody(): ApiErrorBody {
    const body: ApiErrorBody = { code: this.code, message: this.message };
    if (this.field !== undefined) body.field = this.field;
    const first = this.problems[0];
    if (first) {
      body.rule = first.code;
      if (first.params) body.params = first.params;
      if (this.problems.length > 1) body.problems = [...this.problems];
    }
    return body;
  }
}

/** Throws when a rule found problems; nothing has been written yet. */
export function refuseIf(problems: readonly Problem[], code: ErrorCode = 'invalid_input'): void {
  if (problems.length > 0) throw AppError.refused(code, problems);
}

export function ok<T>(value: T): Envelope<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, field?: string): Envelope<never> {
  return { ok: false, error: field === undefined ? { code, message } : { code, message, field } };
}
