import { z } from 'zod';
import { RATING_LEVELS } from '../../domain/rating';
import { ACTION_STATUSES, BOARD_ANSWERS, BOARD_CONTACT_CHANNELS, OWNER_ROLES } from '../../domain/taskforce/plan';
import { entityId, isoDate } from '../schemas';

const person = z.string().trim().max(200);
/** What can be removed from a plan and restored; board contacts and visits' attachments too. */
/** What of a plan can be removed and restored (kept in its history). */
export const PLAN_ENTRY_KINDS = ['goal', 'action', 'visit', 'milestone', 'board_contact', 'visit_attachment'] as const;

const text = (max: number) => z.string().max(max);
const title = z.string().trim().min(1, 'vul een titel in').max(300);

export const taskforceOperations = {
  listReferrals: z.object({}).strict(),
  getReferral: z.object({ id: entityId }).strict(),
  openReferral: z.object({ inspectionId: entityId, referralDate: isoDate.optional() }).strict(),
  setBoardAnswer: z.object({ referralId: entityId, answer: z.enum(BOARD_ANSWERS), date: isoDate.nullable() }).strict(),
  saveGoal: z
    .object({
      referralId: entityId,
      id: entityId.optional(),
      title,
      description: text(10_000),
      shortcomingRefs: z.array(z.number().int().min(0)).max(100),
      /** A goal links at least one tekort or says why not. */
      noShortcomingReason: text(2_000).default(''),
    })
    .strict(),
  saveAction: z
    .object({
      referralId: entityId,
      id: entityId.optional(),
      goalId: entityId.nullable(),
      description: z.string().trim().min(1, 'beschrijf de actie').max(5_000),
      ownerRole: z.enum(OWNER_ROLES),
      dueDate: isoDate,
      status: z.enum(ACTION_STATUSES),
      schoolDecision: text(5_000),
      schoolDecisionOn: isoDate.nullable().default(null),
      schoolDecisionBy: person.default(''),
    })
    .strict(),
  saveVisit: z
    .object({
      referralId: entityId,
      id: entityId.optional(),
      date: isoDate,
      /** Planned until it has taken place; only a held visit carries progress. */
      held: z.boolean().default(true),
      participants: text(2_000),
      notes: text(20_000),
      progress: z.array(z.object({ goalId: entityId, level: z.enum(RATING_LEVELS), note: text(5_000) }).strict()).max(100),
    })
    .strict(),
  /** A file or photo with a visit's record: hashed and stored like evidence attachments (services/evidence.ts). */
  addVisitAttachment: z
    .object({
      referralId: entityId,
      visitId: entityId,
      fileName: z.string().trim().min(1).max(255),
      mimeType: z.string().max(200).default('application/octet-stream'),
      // 10 MB as base64 is ~13.4 M characters; the byte cap itself is checked after decoding.
      base64: z.string().max(14_000_000),
    })
    .strict(),
  /** One contact with the school board, logged or corrected. */
  saveBoardContact: z
    .object({
      referralId: entityId,
      id: entityId.optional(),
      date: isoDate,
      people: z.string().trim().min(1, 'vul in wie er deelnam').max(2_000),
      channel: z.enum(BOARD_CONTACT_CHANNELS),
      summary: z.string().trim().min(1, 'vat het contact samen').max(20_000),
      agreements: text(20_000),
    })
    .strict(),
  saveMilestone: z
    .object({ referralId: entityId, id: entityId.optional(), title, dueDate: isoDate, reachedOn: isoDate.nullable() })
    .strict(),
  closeReferral: z
    .object({
      referralId: entityId,
      date: isoDate,
      canContinueAlone: z.boolean(),
      motivation: z.string().trim().min(1, 'motiveer de eindevaluatie').max(20_000),
      /** Goals without progress do not block closing, but are seen first. */
      acknowledgeGoals: z.boolean().default(false),
    })
    .strict(),
  /** One decision on the trajectory (domain/taskforce/trajectory.ts). */
  decideTrajectory: z
    .object({
      referralId: entityId,
      event: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('board_answer'), date: isoDate, answer: z.enum(['accepts', 'declines', 'pbd_plan']) }).strict(),
        z.object({ kind: z.literal('agree_plan'), date: isoDate, signedBy: person.min(1, 'wie tekende het plan namens de school?') }).strict(),
        z.object({ kind: z.literal('start_monitoring'), date: isoDate }).strict(),
        z.object({ kind: z.literal('start_end_evaluation'), date: isoDate }).strict(),
        z.object({ kind: z.literal('resume_monitoring'), date: isoDate }).strict(),
        z.object({ kind: z.literal('reopen'), date: isoDate, reason: z.string().trim().min(1, 'geef de reden').max(5_000) }).strict(),
      ]),
    })
    .strict(),
  /** Who follows the trajectory up, and by when the plan should be agreed. */
  saveReferralSetup: z.object({ referralId: entityId, assignedMember: person, planDueOn: isoDate.nullable() }).strict(),
  getClosingChecklist: z.object({ referralId: entityId }).strict(),
  removePlanEntry: z.object({ referralId: entityId, kind: z.enum(PLAN_ENTRY_KINDS), id: entityId }).strict(),
  restorePlanEntry: z.object({ referralId: entityId, kind: z.enum(PLAN_ENTRY_KINDS), id: entityId }).strict(),
  /** What is due this week and what is overdue, for one member (by default the profile's person) or everyone. */
  getTaskforceAgenda: z.object({ member: person.optional(), everyone: z.boolean().default(false) }).strict(),
  /** Planned visits and deadlines as an iCalendar file, for one member or everyone. */
  exportCalendar: z.object({ member: person.optional() }).strict(),
  getProgressChart: z.object({ referralId: entityId }).strict(),
  /** `final`: the task force makes this (interim) report final, with its own version; a closed trajectory's is final anyway. */
  exportProgressReport: z.object({ referralId: entityId, format: z.enum(['docx', 'pdf']), final: z.boolean().default(false) }).strict(),
  listProgressReportExports: z.object({ referralId: entityId }).strict(),
};
