import i18next from 'i18next';
import { problemMessage } from '../../../main/api/problem-messages';
import type { Api, ApiErrorBody, Envelope, OperationInput, OperationName } from '../../../main/api/types';
import type { Problem } from '../../../main/api/vocabulary';

declare global {
  interface Window {
    api: Api;
  }
}

/** The problems a rule answered, or none when the error is not a rule's. */
function problemsOf(body: ApiErrorBody): Problem[] {
  if (body.problems?.length) return body.problems;
  return body.rule ? [{ code: body.rule, field: body.field, params: body.params }] : [];
}

/**
 * An error envelope, thrown so that UI code can use try/catch and still see
 * code, field and the rule's problems. A rule's refusal is worded here, in
 * the language the user chose; other errors keep the service's message.
 */
export class ApiError extends Error {
  readonly code: ApiErrorBody['code'];
  readonly field?: string;
  readonly problems: Problem[];
  constructor(body: ApiErrorBody) {
    const problems = problemsOf(body);
    const lang = i18next.language === 'en' ? 'en' : 'nl';
    super(problems.length ? problems.map((p) => problemMessage(p, lang)).join(' ') : body.message);
    this.code = body.code;
    this.field = body.field;
    this.problems = problems;
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
