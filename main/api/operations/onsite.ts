import { z } from 'zod';
import { PROFILE_ROLES } from '../../domain/people';
import { EVIDENCE_SOURCES } from '../../domain/framework';
import { ENTRY_KINDS } from '../../domain/onsite/entries';
import { EVIDENCE_ROLES } from '../../domain/onsite/evidence';
import { FOUR_RS } from '../../domain/onsite/observations';
import { DISCIPLINARY_MEASURES, GUIDANCE_STATES } from '../../domain/onsite/samples';
import { SURVEY_QUESTIONS } from '../../domain/onsite/surveys';
import { RATING_LEVELS } from '../../domain/rating';
import { entityId, isoDate } from '../schemas';

const note = z.string().max(20_000);
const indicatorId = z.string().trim().min(1).max(64);
const count = z.number().int().min(0).max(100_000);
/** An entry's id when it already exists; left out to create one. */
const optionalId = entityId.optional();

const fourR = <T extends z.ZodType>(value: T) => z.object(Object.fromEntries(FOUR_RS.map((r) => [r, value.optional()])) as Record<(typeof FOUR_RS)[number], z.ZodOptional<T>>).strict();

/** The on-site guide: evidence, observations, the disciplinary sample, surveys, undo and the audit trail. */
export const onsiteOperations = {
  getOnsite: z.object({ inspectionId: entityId }).strict(),
  saveEvidence: z
    .object({
      inspectionId: entityId,
      id: optionalId,
      source: z.enum(EVIDENCE_SOURCES),
      role: z.enum(EVIDENCE_ROLES),
      date: isoDate,
      note,
      indicatorIds: z.array(indicatorId).min(1, 'koppel het bewijs aan minstens één indicator').max(50),
    })
    .strict(),
  addAttachment: z
    .object({
      inspectionId: entityId,
      evidenceId: entityId,
      fileName: z.string().trim().min(1).max(255),
      mimeType: z.string().max(200).default('application/octet-stream'),
      // 10 MB as base64 is ~13.4 M characters; the byte cap itself is checked after decoding.
      base64: z.string().max(14_000_000),
    })
    .strict(),
  getAttachment: z.object({ id: entityId }).strict(),
  saveObservation: z
    .object({
      inspectionId: entityId,
      id: optionalId,
      className: z.string().trim().min(1, 'vul de klas in').max(100),
      subject: z.string().trim().max(100),
      observedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'een tijdstip in de vorm jjjj-mm-ddTuu:mm'),
      scores: fourR(z.enum(RATING_LEVELS).nullable()),
      notes: fourR(z.string().max(5_000)),
      onTask: count,
      offTask: count,
    })
    .strict(),
  saveDisciplinaryFile: z
    .object({
      inspectionId: entityId,
      id: optionalId,
      label: z.string().trim().min(1, 'geef het dossier een kenmerk (geen naam)').max(100),
      measure: z.enum(DISCIPLINARY_MEASURES),
      measureDate: isoDate,
      guidance: z.enum(GUIDANCE_STATES),
      hearing: z.boolean(),
      classCouncil: z.boolean(),
      clb: z.boolean(),
      handover: z.boolean().nullable(),
      note,
    })
    .strict(),
  saveSurveyTally: z
    .object({
      inspectionId: entityId,
      id: optionalId,
      question: z.enum(SURVEY_QUESTIONS),
      groupName: z.string().trim().min(1, 'vul de groep in').max(100),
      agree: count,
      respondents: count,
    })
    .strict(),
  surveyTotals: z.object({}).strict(),
  deleteEntry: z.object({ inspectionId: entityId, kind: z.enum(ENTRY_KINDS), id: entityId }).strict(),
  undoLastChange: z.object({ inspectionId: entityId }).strict(),
  listAudit: z.object({ inspectionId: entityId }).strict(),
  getSettings: z.object({}).strict(),
  saveProfile: z
    .object({
      profileName: z.string().trim().min(2, 'vul uw naam in zoals hij in het verslag moet staan').max(100),
      role: z.enum(PROFILE_ROLES).default('inspecteur'),
    })
    .strict(),
};
