import { z } from 'zod';
import { RATING_LEVELS } from '../../domain/rating';
import { ACTION_STATUSES, BOARD_ANSWERS, OWNER_ROLES } from '../../domain/taskforce/plan';
import { entityId, isoDate } from '../schemas';

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
    })
    .strict(),
  saveVisit: z
    .object({
      referralId: entityId,
      id: entityId.optional(),
      date: isoDate,
      participants: text(2_000),
      notes: text(20_000),
      progress: z.array(z.object({ goalId: entityId, level: z.enum(RATING_LEVELS), note: text(5_000) }).strict()).max(100),
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
    })
    .strict(),
  getProgressChart: z.object({ referralId: entityId }).strict(),
  exportProgressReport: z.object({ referralId: entityId, format: z.enum(['docx', 'pdf']) }).strict(),
};
