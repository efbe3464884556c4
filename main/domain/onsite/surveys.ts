/**
 * The two questions the plan evaluates itself by (section 6): pupils who
 * feel safe and respected (goal 3) and staff who report enough time and
 * room for teaching (goal 1).
 */
export const SURVEY_QUESTIONS = ['pupils_safe_respected', 'staff_time_for_teaching'] as const;
export type SurveyQuestion = (typeof SURVEY_QUESTIONS)[number];

export interface SurveyTally {
  question: SurveyQuestion;
  /** A group of respondents, e.g. "2de graad" or "leraren lager" — never a name. */
  group: string;
  agree: number;
  respondents: number;
}

export interface SurveyTotal {
  question: SurveyQuestion;
  agree: number;
  respondents: number;
  pct: number | null;
}

/** Problems with one tally, as messages naming the field. */
export function tallyProblems(tally: Pick<SurveyTally, 'agree' | 'respondents'>): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(tally.respondents) || tally.respondents < 0) problems.push('respondents: een geheel getal ≥ 0');
  if (!Number.isInteger(tally.agree) || tally.agree < 0) problems.push('agree: een geheel getal ≥ 0');
  else if (tally.agree > tally.respondents) problems.push('agree: niet meer dan het aantal respondenten');
  return problems;
}

/** Sums tallies per question (over groups, and over inspections when given several). */
export function sumTallies(tallies: readonly SurveyTally[]): SurveyTotal[] {
  return SURVEY_QUESTIONS.map((question) => {
    const own = tallies.filter((t) => t.question === question);
    const agree = own.reduce((s, t) => s + t.agree, 0);
    const respondents = own.reduce((s, t) => s + t.respondents, 0);
    return { question, agree, respondents, pct: respondents === 0 ? null : Math.round((agree / respondents) * 1000) / 10 };
  });
}
