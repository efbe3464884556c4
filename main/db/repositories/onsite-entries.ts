import type { EntryKind } from '../../domain/onsite/entries';
import type { EvidenceSource } from '../../domain/framework';
import type { EvidenceRole } from '../../domain/onsite/evidence';
import type { FourR } from '../../domain/onsite/observations';
import type { DisciplinaryMeasure, GuidanceState } from '../../domain/onsite/samples';
import type { SurveyQuestion } from '../../domain/onsite/surveys';
import type { RatingLevel } from '../../domain/rating';
import { type EntryMeta, entityTable } from './entity-table';

export interface EvidenceRecord extends EntryMeta {
  source: EvidenceSource;
  role: EvidenceRole;
  date: string;
  note: string;
  indicatorIds: string[];
}

export interface ObservationRecord extends EntryMeta {
  className: string;
  subject: string;
  observedAt: string;
  scores: Partial<Record<FourR, RatingLevel | null>>;
  notes: Partial<Record<FourR, string>>;
  onTask: number;
  offTask: number;
}

export interface DisciplinaryFileRecord extends EntryMeta {
  label: string;
  measure: DisciplinaryMeasure;
  measureDate: string;
  guidance: GuidanceState;
  hearing: boolean;
  classCouncil: boolean;
  clb: boolean;
  handover: boolean | null;
  note: string;
}

export interface SurveyTallyRecord extends EntryMeta {
  question: SurveyQuestion;
  groupName: string;
  agree: number;
  respondents: number;
}

export const evidenceTable = entityTable<EvidenceRecord>('evidence', {
  source: { column: 'source' },
  role: { column: 'role' },
  date: { column: 'date' },
  note: { column: 'note' },
  indicatorIds: { column: 'indicator_ids', kind: 'json' },
});

export const observationTable = entityTable<ObservationRecord>('observations', {
  className: { column: 'class_name' },
  subject: { column: 'subject' },
  observedAt: { column: 'observed_at' },
  scores: { column: 'scores', kind: 'json' },
  notes: { column: 'notes', kind: 'json' },
  onTask: { column: 'on_task', kind: 'int' },
  offTask: { column: 'off_task', kind: 'int' },
});

export const disciplinaryFileTable = entityTable<DisciplinaryFileRecord>('disciplinary_files', {
  label: { column: 'label' },
  measure: { column: 'measure' },
  measureDate: { column: 'measure_date' },
  guidance: { column: 'guidance' },
  hearing: { column: 'hearing', kind: 'bool' },
  classCouncil: { column: 'class_council', kind: 'bool' },
  clb: { column: 'clb', kind: 'bool' },
  handover: { column: 'handover', kind: 'nullableBool' },
  note: { column: 'note' },
});

export const surveyTallyTable = entityTable<SurveyTallyRecord>('survey_tallies', {
  question: { column: 'question' },
  groupName: { column: 'group_name' },
  agree: { column: 'agree', kind: 'int' },
  respondents: { column: 'respondents', kind: 'int' },
});

/** The entry kinds by the name the contract and the audit trail use. */
export const ENTRY_TABLES = {
  evidence: evidenceTable,
  observation: observationTable,
  disciplinary_file: disciplinaryFileTable,
  survey_tally: surveyTallyTable,
} as const satisfies Record<EntryKind, unknown>;
export type { EntryKind } from '../../domain/onsite/entries';

/** Every survey tally of every inspection, for the plan's evaluation across inspections. */
export async function allSurveyTallies(db: import('../connection').SqlExecutor): Promise<Pick<SurveyTallyRecord, 'question' | 'groupName' | 'agree' | 'respondents'>[]> {
  return db.all(`SELECT question, group_name AS groupName, agree, respondents FROM survey_tallies WHERE deleted_at IS NULL`);
}
