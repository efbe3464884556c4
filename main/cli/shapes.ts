import { z } from 'zod';
import { ADVICE_CODES } from '../domain/advice/catalogue';
import { EVIDENCE_SOURCES } from '../domain/framework';
import { INSPECTION_STATUSES, INSPECTION_TYPES } from '../domain/inspection';
import { EVIDENCE_ROLES } from '../domain/onsite/evidence';
import { DISCIPLINARY_MEASURES, GUIDANCE_STATES } from '../domain/onsite/samples';
import { SURVEY_QUESTIONS } from '../domain/onsite/surveys';
import { RATING_LEVELS } from '../domain/rating';
import { ACTION_STATUSES, BOARD_ANSWERS, OWNER_ROLES } from '../domain/taskforce/plan';

/**
 * The documented --json shapes, one per kind of answer, shared by the
 * commands. Keys listed here are promised to scripts; objects may carry more.
 * Dates are ISO (yyyy-mm-dd), moments ISO 8601 timestamps.
 */
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const isoMoment = z.string().regex(/^\d{4}-\d{2}-\d{2}T/);
const level = z.enum(RATING_LEVELS);

export const schoolShape = z.object({
  instellingsnummer: z.string(),
  name: z.string(),
  level: z.string(),
  form: z.string(),
  municipality: z.string(),
  latestSchoolYear: z.string().nullable(),
  latestPupils: z.number().nullable(),
});

export const inspectionShape = z.object({
  id: z.string(),
  instellingsnummer: z.string(),
  schoolName: z.string(),
  type: z.enum(INSPECTION_TYPES),
  status: z.enum(INSPECTION_STATUSES),
  frameworkId: z.string(),
  frameworkVersion: z.string(),
  focusDomains: z.array(z.string()),
  startDate: isoDay,
  createdAt: isoMoment,
  createdBy: z.string(),
  updatedAt: isoMoment,
});

export const ratingShape = z.object({
  indicatorId: z.string(),
  level: level.nullable(),
  motivation: z.string(),
  strengths: z.string(),
  opportunities: z.string(),
  shortcomings: z.string(),
  recommendations: z.string(),
  shortcomingDeadline: isoDay.nullable(),
  updatedAt: isoMoment,
  updatedBy: z.string(),
});

const entryMeta = { id: z.string(), inspectionId: z.string(), createdAt: isoMoment, createdBy: z.string(), updatedAt: isoMoment, updatedBy: z.string() };

export const attachmentShape = z.object({ id: z.string(), evidenceId: z.string(), fileName: z.string(), mimeType: z.string(), bytes: z.number(), sha256: z.string(), createdAt: isoMoment });

export const evidenceShape = z.object({
  ...entryMeta,
  source: z.enum(EVIDENCE_SOURCES),
  role: z.enum(EVIDENCE_ROLES),
  date: isoDay,
  note: z.string(),
  indicatorIds: z.array(z.string()),
});

export const observationShape = z.object({
  ...entryMeta,
  className: z.string(),
  subject: z.string(),
  observedAt: z.string(),
  scores: z.record(z.string(), level.nullable()),
  notes: z.record(z.string(), z.string()),
  onTask: z.number(),
  offTask: z.number(),
});

export const disciplinaryFileShape = z.object({
  ...entryMeta,
  label: z.string(),
  measure: z.enum(DISCIPLINARY_MEASURES),
  measureDate: isoDay,
  guidance: z.enum(GUIDANCE_STATES),
  hearing: z.boolean(),
  classCouncil: z.boolean(),
  clb: z.boolean(),
  handover: z.boolean().nullable(),
  note: z.string(),
});

export const surveyTallyShape = z.object({ ...entryMeta, question: z.enum(SURVEY_QUESTIONS), groupName: z.string(), agree: z.number(), respondents: z.number() });

export const onsiteShape = z.object({
  evidence: z.array(evidenceShape),
  attachments: z.array(attachmentShape),
  observations: z.array(observationShape),
  files: z.array(disciplinaryFileShape),
  tallies: z.array(surveyTallyShape),
  summary: z.object({ climate: z.string().nullable(), sample: z.object({ files: z.number(), compliant: z.number() }) }),
});

export const changeShape = z.object({
  id: z.number(),
  at: isoMoment,
  actor: z.string(),
  entity: z.string(),
  entityId: z.string(),
  field: z.string(),
  oldValue: z.string().nullable(),
  newValue: z.string().nullable(),
  undone: z.boolean(),
  origin: z.string().nullable(),
});

const adviceCode = z.enum(ADVICE_CODES);

export const adviceShape = z.object({
  inspectionId: z.string(),
  locked: z.boolean(),
  proposal: z.object({ advice: adviceCode, reasons: z.array(z.string()) }),
  decision: z
    .object({ proposed: adviceCode, chosen: adviceCode, motivation: z.string(), guidanceObliged: z.boolean(), reportDate: isoDay, decidedAt: isoMoment, decidedBy: z.string() })
    .nullable(),
  shortcomings: z.array(z.object({ indicatorId: z.string(), domainId: z.string(), text: z.string() })),
  consequences: z.object({
    recognitionKept: z.boolean(),
    shortcomingsBinding: z.boolean(),
    guidanceObliged: z.boolean(),
    taskForceReferral: z.enum(['none', 'possible', 'required']),
    boardDeadline: isoDay.nullable(),
    earliestNewInspection: isoDay.nullable(),
    nextRegularInspection: isoDay.nullable(),
  }),
});

export const checklistItemShape = z.object({
  code: z.string(),
  severity: z.enum(['blocking', 'warning']),
  field: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.string(),
});

export const checklistShape = z.object({ items: z.array(checklistItemShape), canFinalize: z.boolean() });

export const referralShape = z.object({
  id: z.string(),
  inspectionId: z.string(),
  instellingsnummer: z.string(),
  advice: z.enum(['2A', '2B']),
  referralDate: isoDay,
  earliestNewInspection: isoDay.nullable(),
  boardAnswer: z.enum(BOARD_ANSWERS),
  closedOn: isoDay.nullable(),
});

export const planShape = z.object({
  referral: referralShape,
  goals: z.array(z.object({ id: z.string(), title: z.string(), description: z.string(), shortcomingRefs: z.array(z.number()) })),
  actions: z.array(
    z.object({ id: z.string(), goalId: z.string().nullable(), description: z.string(), ownerRole: z.enum(OWNER_ROLES), dueDate: isoDay, status: z.enum(ACTION_STATUSES), schoolDecision: z.string() }),
  ),
  visits: z.array(z.object({ id: z.string(), date: isoDay, participants: z.string(), notes: z.string(), progress: z.array(z.object({ goalId: z.string(), level, note: z.string() })) })),
  milestones: z.array(z.object({ id: z.string(), title: z.string(), dueDate: isoDay, reachedOn: isoDay.nullable() })),
  overdueActionIds: z.array(z.string()),
  nextVisit: isoDay.nullable(),
  daysUntilNewInspection: z.number().nullable(),
});

/** What a command that writes a file answers. */
export const writtenFileShape = z.object({ file: z.string(), bytes: z.number(), sha256: z.string() });

export const reportFileShape = writtenFileShape.extend({ version: z.number(), format: z.enum(['docx', 'pdf']) });
