import { statSync } from 'node:fs';
import type { OperationName } from '../api/contract';
import { AppError, type ApiErrorBody, type ErrorCode } from '../api/envelope';
import type { OperationResult } from '../api/types';
import { dispatch } from '../host/dispatch';
import type { ServiceContext } from '../services/context';
import { type Lang, type Text, tr } from './i18n';

/**
 * Calls an operation by name through the same validation and handlers as the
 * UI, and throws its error envelope (with params, when the envelope carries
 * them). Untyped, for operations that another branch is still adding.
 */
export async function callOperation<T>(ctx: ServiceContext, name: string, input: unknown): Promise<T> {
  const envelope = await dispatch(ctx, name, input);
  if (!envelope.ok) {
    const error = envelope.error as ApiErrorBody & { params?: Record<string, string | number> };
    throw Object.assign(new AppError(error.code, error.message, error.field), error.params ? { params: error.params } : {});
  }
  return envelope.value as T;
}

/** The typed way in: the contract's operation with its own result type. */
export function call<K extends OperationName>(ctx: ServiceContext, name: K, input: unknown): Promise<OperationResult<K>> {
  return callOperation<OperationResult<K>>(ctx, name, input);
}

/** Whether an operation exists in this build's contract (for operations still being added by others). */
export function hasOperation(name: string): boolean {
  return dispatchable.has(name);
}

let dispatchable = new Set<string>();
/** Set once at start-up from the contract, so `hasOperation` needs no import cycle. */
export function knowOperations(names: readonly string[]): void {
  dispatchable = new Set(names);
}

/** A refusal of the CLI's own, in the language asked for. */
export function refusal(lang: Lang, code: ErrorCode, text: Text, option?: string): AppError {
  return new AppError(code, tr(lang, text), option);
}

/** The size of a file the user named, or a not-found refusal naming the option. */
export function sizeOfFile(file: string, option: string, lang: Lang): number {
  try {
    return statSync(file).size;
  } catch {
    throw refusal(lang, 'not_found', { nl: `Bestand niet gevonden: ${file}`, en: `File not found: ${file}` }, option);
  }
}
