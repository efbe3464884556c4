import type { ValidatedInput } from '../api/contract';
import { listAttachmentsOfInspection } from '../db/repositories/attachments';
import { disciplinaryFileTable, evidenceTable, observationTable, surveyTallyTable } from '../db/repositories/onsite-entries';
import { getFigures } from '../db/repositories/schools';
import { listRatings } from '../db/repositories/inspections';
import { latestSignalValues } from '../domain/onsite/data-signals';
import { summarizeOnsite } from '../domain/onsite/summary';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handler-types';
import { requireInspection } from './inspections';
import { readProfile } from './settings';

/**
 * Everything the on-site guide shows beside the framework and the ratings
 * (which getInspection answers): the entries, what is derived from them,
 * and the school's latest figures for the indicators' data signals.
 */
export async function getOnsite(ctx: ServiceContext, input: ValidatedInput<'getOnsite'>) {
  const inspection = await requireInspection(ctx, input.inspectionId, 'inspectionId');
  const framework = await ctx.frameworks.pinned(ctx.db, inspection.frameworkId, inspection.frameworkVersion);
  const [ratings, evidence, attachments, observations, files, tallies, figures, profile] = await Promise.all([
    listRatings(ctx.db, inspection.id),
    evidenceTable.list(ctx.db, inspection.id),
    listAttachmentsOfInspection(ctx.db, inspection.id),
    observationTable.list(ctx.db, inspection.id),
    disciplinaryFileTable.list(ctx.db, inspection.id),
    surveyTallyTable.list(ctx.db, inspection.id),
    getFigures(ctx.db, inspection.instellingsnummer),
    readProfile(ctx.db),
  ]);
  const summary = summarizeOnsite({
    framework,
    focusDomains: inspection.focusDomains,
    ratings,
    evidence,
    observations,
    files: files.map((f) => ({ measure: f.measure, guidance: f.guidance, steps: { hearing: f.hearing, classCouncil: f.classCouncil, clb: f.clb }, handover: f.handover })),
    tallies: tallies.map((t) => ({ question: t.question, group: t.groupName, agree: t.agree, respondents: t.respondents })),
  });
  return { actor: profile?.name ?? null, evidence, attachments, observations, files, tallies, summary, signals: latestSignalValues(figures) };
}

export const onsiteHandlers = { getOnsite } satisfies HandlerMap<'getOnsite'>;
