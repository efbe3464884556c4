import type { Api, ApiErrorBody, Envelope, OperationInput, OperationName } from '../../../main/api/types';

declare global {
  interface Window {
    api: Api;
  }
}

/** An error envelope, thrown so that UI code can use try/catch and still see code and field. */
export class ApiError extends Error {
  readonly code: ApiErrorBody['code'];
  readonly field?: string;
  constructor(body: ApiErrorBody) {
    super(body.message);
    this.code = body.code;
    this.field = body.field;
  }
}

type Result<K extends OperationName> = Awaited<ReturnType<Api[K]>> extends infer E ? (E extends { ok: true; value: infer V } ? V : never) : never;

/** The renderer's one way to the main process, whatever the transport behind `window.api`. */
export async function send<K extends OperationName>(name: K, input: OperationInput<K>): Promise<Result<K>> {
  // Indexing a mapped type by a generic key loses the link between input and result; the contract keeps it.
  const call = window.api[name] as unknown as (i: OperationInput<K>) => Promise<Envelope<Result<K>>>;
  const envelope = await call(input);
  if (!envelope.ok) throw new ApiError(envelope.error);
  return envelope.value;
}

export type { Result as ApiResult };
