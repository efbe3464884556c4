import type { AdviceConsequences } from '../domain/advice/consequences';
import type { EvidenceSource } from '../domain/framework';
import { type Climate, CLIMATES, CLIMATE_WORDS } from '../domain/onsite/quadrant';
import type { SurveyQuestion } from '../domain/onsite/surveys';
import { formatDutchDate } from './dutch-format';

/** The report's Dutch wording for values the record keeps as codes. */
export const EVIDENCE_SOURCE_NL: Record<EvidenceSource, string> = {
  document_analysis: 'Documentanalyse',
  interview_pupils: 'Gesprek met leerlingen',
  interview_teachers: 'Gesprek met leraren',
  interview_parents: 'Gesprek met ouders',
  interview_leadership: 'Gesprek met de directie',
  interview_behaviour_expert: 'Gesprek met de gedragsexpert',
  interview_clb: 'Gesprek met het CLB',
  classroom_observation: 'Klasobservatie',
  data: 'Gegevens',
};

/** The climates in the report's words: the plan's (domain/onsite/quadrant.ts). */
export const CLIMATE_NL: Record<Climate, { name: string; explanation: string }> = Object.fromEntries(CLIMATES.map((c) => [c, CLIMATE_WORDS[c].nl])) as Record<Climate, { name: string; explanation: string }>;

export const SURVEY_QUESTION_NL: Record<SurveyQuestion, string> = {
  pupils_safe_respected: 'Leerlingen die zich veilig en gerespecteerd voelen (doel 3)',
  staff_time_for_teaching: 'Personeelsleden met genoeg tijd en ruimte om les te geven (doel 1)',
};

/** What an advice means for the school, as sentences with their dates. */
export function consequenceSentencesNl(c: AdviceConsequences): string[] {
  return [
    c.recognitionKept ? 'De school blijft erkend.' : 'De erkenning van de school komt in gevaar.',
    c.shortcomingsBinding ? 'De tekorten zijn bindend: de school moet ze wegwerken.' : null,
    c.boardDeadline ? `Het schoolbestuur kan uiterlijk op ${formatDutchDate(c.boardDeadline)} vragen de procedure tot intrekking niet op te starten, als het de begeleiding door de task force aanvaardt.` : null,
    c.earliestNewInspection ? `Een nieuwe doorlichting volgt ten vroegste op ${formatDutchDate(c.earliestNewInspection)}.` : null,
    c.appealReinspectionDays ? `Bij beroep doorlicht een paritair samengesteld doorlichtingsteam de school opnieuw binnen ${c.appealReinspectionDays} kalenderdagen.` : null,
    c.taskForceReferral === 'possible' ? 'De school moet zich extern laten begeleiden, bijvoorbeeld door de task force (actie 20).' : null,
    c.nextRegularInspection ? `De volgende reguliere doorlichting is voorzien tegen ${formatDutchDate(c.nextRegularInspection)}${c.interimVisits ? ', met tussentijdse bezoeken (sterk beleid, § 3.4)' : ''}.` : null,
  ].filter((s): s is string => s !== null);
}
