import type { OperationName } from '../api/contract';
import { AppError, type ApiErrorBody } from '../api/envelope';
import type { OperationResult } from '../api/types';
import { dispatch } from '../host/dispatch';
import type { ServiceContext } from '../services/context';

/**
 * Calls an operation through the same validation and handlers as the UI, and
 * throws its error envelope (with params, when the envelope carries them).
 */
export async function call<K extends OperationName>(ctx: ServiceContext, name: K, input: unknown): Promise<OperationResult<K>> {
  const envelope = await dispatch(ctx, name, input);
  if (!envelope.ok) {
    const error = envelope.error as ApiErrorBody & { params?: Record<string, string | number> };
    throw Object.assign(new AppError(error.code, error.message, error.field), error.params ? { params: error.params } : {});
  }
  return envelope.value as OperationResult<K>;
}

/** Whether an operation exists in this build's contract (for operations still being added by others). */
export function hasOperation(name: string): name is OperationName {
  return dispatchable.has(name);
}

let dispatchable = new Set<string>();
/** Set once at start-up from the contract, so `hasOperation` needs no import cycle. */
export function knowOperations(names: readonly string[]): void {
  dispatchable = new Set(names);
}
