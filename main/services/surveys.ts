import type { ValidatedInput } from '../api/contract';
import { AppError } from '../api/envelope';
import { allSurveyTallies } from '../db/repositories/onsite-entries';
import { sumTallies, tallyProblems } from '../domain/onsite/surveys';
import { saveEntry } from './entries';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handler-types';

export async function saveSurveyTally(ctx: ServiceContext, input: ValidatedInput<'saveSurveyTally'>) {
  const problems = tallyProblems(input);
  if (problems.length) throw new AppError('invalid_input', `Ongeldige telling: ${problems.join('; ')}`, problems[0].split(':')[0]);
  const { inspectionId, id, ...fields } = input;
  return saveEntry(ctx, 'survey_tally', inspectionId, id, fields);
}

/** The plan's evaluation questions summed across every inspection in the record. */
export async function surveyTotals(ctx: ServiceContext) {
  const tallies = await allSurveyTallies(ctx.db);
  return sumTallies(tallies.map((t) => ({ question: t.question, group: t.groupName, agree: t.agree, respondents: t.respondents })));
}

export const surveyHandlers = {
  saveSurveyTally,
  surveyTotals: (ctx) => surveyTotals(ctx),
} satisfies HandlerMap<'saveSurveyTally' | 'surveyTotals'>;
