import { randomUUID } from 'node:crypto';
import { AppError, refuseIf } from '../api/envelope';
import type { ValidatedInput } from '../api/contract';
import { markDemo } from '../db/repositories/demo';
import { appendChange } from '../db/repositories/changes';
import * as repo from '../db/repositories/inspections';
import { findIndicator, type Framework, indicatorInForce } from '../domain/framework';
import { defaultFocus } from '../domain/inspection';
import { INDICATOR_TEXT_FIELDS } from '../domain/onsite/rating-rules';
import { problem } from '../domain/problems';
import { focusProblems } from '../domain/rules/judgements';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handler-types';
import { requireSchool } from './schools';
import { currentAuthor } from './settings';
import { type AuditFields, type InspectionWrite, writeInspection } from './write/inspection-write';

export function listInspections(ctx: ServiceContext, input: ValidatedInput<'listInspections'>) {
  return repo.listInspections(ctx.db, input.instellingsnummer);
}

export async function requireInspection(ctx: ServiceContext, id: string, field = 'id') {
  const inspection = await repo.getInspection(ctx.db, id);
  if (!inspection) throw new AppError('not_found', `Geen inspectie met id ${id}`, field);
  return inspection;
}

function domainProblems(focus: readonly string[], framework: Framework) {
  const unknown = focus.find((id) => !framework.domains.some((d) => d.id === id));
  return unknown ? [problem('unknown_domain', 'focusDomains', { domainId: unknown })] : [];
}

/**
 * Opens an inspection. Its creation is the first line of its story: the
 * audit row carries the inspection's id and the author from the profile.
 */
export async function createInspection(ctx: ServiceContext, input: ValidatedInput<'createInspection'>) {
  await requireSchool(ctx, input.instellingsnummer);
  const loaded = ctx.frameworks.latest();
  refuseIf(domainProblems(input.focusDomains ?? [], loaded.framework));
  const domainIds = loaded.framework.domains.map((d) => d.id);
  const focusDomains = input.focusDomains?.length ? domainIds.filter((id) => input.focusDomains!.includes(id)) : defaultFocus(input.type, domainIds);
  const author = await currentAuthor(ctx);
  const now = ctx.now().toISOString();
  const id = randomUUID();
  await ctx.db.transaction(async (tx) => {
    await ctx.frameworks.pin(tx, loaded);
    await repo.insertInspection(tx, {
      id,
      instellingsnummer: input.instellingsnummer,
      type: input.type,
      status: 'preparing',
      frameworkId: loaded.framework.id,
      frameworkVersion: loaded.framework.version,
      focusDomains,
      startDate: input.startDate ?? now.slice(0, 10),
      createdAt: now,
      createdBy: author.name,
      updatedAt: now,
    });
    await appendChange(tx, id, randomUUID(), [{ at: now, actor: author.name, entity: 'inspection', entityId: id, field: 'created', oldValue: null, newValue: input.type }], { role: author.role });
    if (ctx.demoSeeding) await markDemo(tx, 'inspection', [id]);
  });
  return requireInspection(ctx, id);
}

export async function getInspection(ctx: ServiceContext, input: ValidatedInput<'getInspection'>) {
  const inspection = await requireInspection(ctx, input.id);
  const framework = await ctx.frameworks.pinned(ctx.db, inspection.frameworkId, inspection.frameworkVersion);
  const ratings = await repo.listRatings(ctx.db, inspection.id);
  // Indicators whose action does not apply yet on the inspection's date: the guide says so beside them.
  const notInForce = framework.domains.flatMap((d) => d.indicators).filter((i) => !indicatorInForce(i, inspection.startDate)).map((i) => i.id);
  return { inspection, framework, ratings, notInForce };
}

/**
 * The lead inspector changes the domains in focus, before or during the
 * visit; ratings outside it are kept, but a focus that would hide a tekort
 * from the advice is refused.
 */
export async function setFocus(ctx: ServiceContext, input: ValidatedInput<'setFocus'>) {
  await writeInspection(ctx, input.inspectionId, 'prepare', async (w) => {
    const framework = await ctx.frameworks.pinned(w.tx, w.inspection.frameworkId, w.inspection.frameworkVersion);
    refuseIf(domainProblems(input.focusDomains, framework));
    // Framework order, without duplicates, whatever order the caller sent.
    const focus = framework.domains.map((d) => d.id).filter((id) => input.focusDomains.includes(id));
    refuseIf(focusProblems(focus, { framework, ratings: await repo.listRatings(w.tx, w.inspection.id) }));
    await repo.updateFocus(w.tx, w.inspection.id, focus, w.at);
    await w.audit([{ entity: 'inspection', entityId: w.inspection.id, field: 'focus', oldValue: JSON.stringify(w.inspection.focusDomains), newValue: JSON.stringify(focus) }]);
  });
  return requireInspection(ctx, input.inspectionId, 'inspectionId');
}

/**
 * Saves one indicator's rating and the texts drafted beside it. Texts left
 * out of the input keep their value; every changed field goes to the audit
 * trail as one change (so undo takes it back whole). The rules on the
 * judgement (a tekort only with "beneden", in focus, in force) are checked
 * by the write path.
 */
export async function saveRating(ctx: ServiceContext, input: ValidatedInput<'saveRating'>) {
  return writeInspection(ctx, input.inspectionId, 'edit', async (w) => {
    const framework = await ctx.frameworks.pinned(w.tx, w.inspection.frameworkId, w.inspection.frameworkVersion);
    if (!findIndicator(framework, input.indicatorId)) {
      refuseIf([problem('unknown_indicator', 'indicatorId', { indicatorId: input.indicatorId, framework: `${framework.id} ${framework.version}` })]);
    }
    const before = await repo.getRating(w.tx, w.inspection.id, input.indicatorId);
    const texts = Object.fromEntries(INDICATOR_TEXT_FIELDS.map((f) => [f, input[f] ?? before?.[f] ?? ''])) as Pick<repo.RatingRecord, (typeof INDICATOR_TEXT_FIELDS)[number]>;
    const deadline = input.shortcomingDeadline === undefined ? (before?.shortcomingDeadline ?? null) : input.shortcomingDeadline;
    const rating: repo.RatingRecord = {
      indicatorId: input.indicatorId,
      level: input.level,
      ...texts,
      // A deadline belongs to a tekort: clearing "beneden" clears it, so it never lingers unseen.
      shortcomingDeadline: input.level === 'beneden' ? deadline : null,
      updatedAt: w.at,
      updatedBy: w.author.name,
    };
    await writeRating(w, before, rating);
    return rating;
  });
}

const RATING_FIELDS = ['level', ...INDICATOR_TEXT_FIELDS, 'shortcomingDeadline'] as const;

/** Writes a rating and audits each field that changed as one change; shared with undo. */
export async function writeRating(w: InspectionWrite, before: repo.RatingRecord | undefined, rating: repo.RatingRecord, options: { undoes?: string } = {}) {
  await repo.upsertRating(w.tx, w.inspection.id, rating);
  const entityId = `${w.inspection.id}/${rating.indicatorId}`;
  const rows: AuditFields[] = [];
  for (const field of RATING_FIELDS) {
    const old = before ? (before[field] ?? null) : null;
    const now = rating[field] ?? null;
    const empty = (v: string | null) => v === null || (field !== 'level' && field !== 'shortcomingDeadline' && v === '');
    if (old !== now && !(empty(old) && empty(now))) rows.push({ entity: 'rating', entityId, field, oldValue: old, newValue: now });
  }
  await w.audit(rows, options);
}

export const inspectionHandlers = {
  listInspections,
  createInspection,
  getInspection,
  saveRating,
  setFocus,
} satisfies HandlerMap<'listInspections' | 'createInspection' | 'getInspection' | 'saveRating' | 'setFocus'>;
