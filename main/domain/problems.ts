/**
 * What a rule answers when it refuses or warns: a stable code, the field at
 * fault and the values the message needs. The domain never words a problem;
 * the UI and the CLI do (main/api/problem-messages.ts), in Dutch or English.
 */
export type ProblemParams = Record<string, string | number>;

export interface Problem {
  code: string;
  field?: string;
  params?: ProblemParams;
}

export function problem(code: string, field?: string, params?: ProblemParams): Problem {
  const p: Problem = { code };
  if (field !== undefined) p.field = field;
  if (params !== undefined) p.params = params;
  return p;
}
