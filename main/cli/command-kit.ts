import { statSync } from 'node:fs';
import type { OperationName } from '../api/contract';
import { AppError, type ApiErrorBody, type ErrorCode } from '../api/envelope';
import type { OperationResult } from '../api/types';
import { dispatch } from '../host/dispatch';
import type { ServiceContext } from '../services/context';
import { type Lang, type Text, tr } from './i18n';

/**
 * Calls an operation through the same validation and handlers as the UI, and
 * throws its error envelope with the rule's problems kept, so the CLI can word
 * them in the language asked for.
 */
export async function call<K extends OperationName>(ctx: ServiceContext, name: K, input: unknown): Promise<OperationResult<K>> {
  const envelope = await dispatch(ctx, name, input);
  if (!envelope.ok) throw fromEnvelope(envelope.error);
  return envelope.value as OperationResult<K>;
}

function fromEnvelope(error: ApiErrorBody): AppError {
  const problems = error.problems ?? (error.rule ? [{ code: error.rule, field: error.field, params: error.params }] : []);
  return Object.assign(new AppError(error.code, error.message, error.field, problems), error.params ? { params: error.params } : {});
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
