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
  | 'internal';

export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  field?: string;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

/** Thrown by services for an expected failure; the hosts turn it into an error envelope. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toBody(): ApiErrorBody {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }
}

export function ok<T>(value: T): Envelope<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, field?: string): Envelope<never> {
  return { ok: false, error: field === undefined ? { code, message } : { code, message, field } };
}
