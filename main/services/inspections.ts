import { randomUUID } from 'node:crypto';
import { AppError } from '../api/envelope';
import type { ValidatedInput } from '../api/contract';
import { appendAudit } from '../db/repositories/audit';
import { appendChange, type NewChangeRow } from '../db/repositories/changes';
import * as repo from '../db/repositories/inspections';
import { findIndicator } from '../domain/framework';
import { defaultFocus } from '../domain/inspection';
import { INDICATOR_TEXT_FIELDS, ratingProblems } from '../domain/onsite/rating-rules';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handler-types';
import { requireSchool } from './schools';
import { currentActor } from './settings';

export function listInspections(ctx: ServiceContext, input: ValidatedInput<'listInspections'>) {
  return repo.listInspections(ctx.db, input.instellingsnummer);
}

export async function requireInspection(ctx: ServiceContext, id: string, field = 'id') {
  const inspection = await repo.getInspection(ctx.db, id);
  if (!inspection) throw new AppError('not_found', `Geen inspectie met id ${id}`, field);
  return inspection;
}

function unknownDomain(focus: readonly string[], domainIds: readonly string[]): string | undefined {
  return focus.find((id) => !domainIds.includes(id));
}

export async function createInspection(ctx: ServiceContext, input: ValidatedInput<'createInspection'>) {
  await requireSchool(ctx, input.instellingsnummer);
  const loaded = ctx.frameworks.latest();
  const domainIds = loaded.framework.domains.map((d) => d.id);
  const unknown = unknownDomain(input.focusDomains ?? [], domainIds);
  if (unknown) throw new AppError('invalid_input', `Onbekend domein in de focus: ${unknown}`, 'focusDomains');
  const focusDomains = input.focusDomains?.length ? input.focusDomains : defaultFocus(input.type, domainIds);
  const now = ctx.now().toISOString();
  const actor = await currentActor(ctx);
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
      createdBy: actor,
      updatedAt: now,
    });
    await appendAudit(tx, { at: now, actor, entity: 'inspection', entityId: id, field: 'created', oldValue: null, newValue: input.type });
  });
  return requireInspection(ctx, id);
}

export async function getInspection(ctx: ServiceContext, input: ValidatedInput<'getInspection'>) {
  const inspection = await requireInspection(ctx, input.id);
  const framework = await ctx.frameworks.pinned(ctx.db, inspection.frameworkId, inspection.frameworkVersion);
  const ratings = await repo.listRatings(ctx.db, inspection.id);
  return { inspection, framework, ratings };
}

/** The lead inspector changes the domains in focus, before or during the visit; ratings outside it are kept. */
export async function setFocus(ctx: ServiceContext, input: ValidatedInput<'setFocus'>) {
  const inspection = await requireInspection(ctx, input.inspectionId, 'inspectionId');
  if (inspection.status === 'final') throw new AppError('conflict', 'Deze inspectie is afgesloten; de focus ligt vast.');
  const framework = await ctx.frameworks.pinned(ctx.db, inspection.frameworkId, inspection.frameworkVersion);
  const domainIds = framework.domains.map((d) => d.id);
  const unknown = unknownDomain(input.focusDomains, domainIds);
  if (unknown) throw new AppError('invalid_input', `Onbekend domein in de focus: ${unknown}`, 'focusDomains');
  // Framework order, without duplicates, whatever order the caller sent.
  const focus = domainIds.filter((id) => input.focusDomains.includes(id));
  const now = ctx.now().toISOString();
  const actor = await currentActor(ctx);
  await ctx.db.transaction(async (tx) => {
    await repo.updateFocus(tx, inspection.id, focus, now);
    await appendChange(tx, inspection.id, randomUUID(), [
      { at: now, actor, entity: 'inspection', entityId: inspection.id, field: 'focus', oldValue: JSON.stringify(inspection.focusDomains), newValue: JSON.stringify(focus) },
    ]);
  });
  return requireInspection(ctx, inspection.id);
}

type RatingTexts = Pick<repo.RatingRecord, (typeof INDICATOR_TEXT_FIELDS)[number]>;

/** The message the UI shows when a rule refuses a rating. */
export const SHORTCOMING_REQUIRED = 'Een beoordeling “beneden de verwachting” kan pas bewaard worden met een tekortkoming: beschrijf wat ontbreekt.';

/**
 * Saves one indicator's rating and the texts drafted beside it. Texts left
 * out of the input keep their value; every changed field goes to the audit
 * trail as one change (so undo takes it back whole).
 */
export async function saveRating(ctx: ServiceContext, input: ValidatedInput<'saveRating'>) {
  const inspection = await requireInspection(ctx, input.inspectionId, 'inspectionId');
  if (inspection.status === 'final') throw new AppError('conflict', 'Deze inspectie is afgesloten; beoordelingen liggen vast.');
  const framework = await ctx.frameworks.pinned(ctx.db, inspection.frameworkId, inspection.frameworkVersion);
  if (!findIndicator(framework, input.indicatorId)) {
    throw new AppError('invalid_input', `Onbekende indicator ${input.indicatorId} in ${framework.id} ${framework.version}`, 'indicatorId');
  }
  const now = ctx.now().toISOString();
  const actor = await currentActor(ctx);
  return ctx.db.transaction(async (tx) => {
    const before = await repo.getRating(tx, inspection.id, input.indicatorId);
    const texts = Object.fromEntries(
      INDICATOR_TEXT_FIELDS.map((f) => [f, input[f] ?? before?.[f] ?? '']),
    ) as RatingTexts;
    const rating: repo.RatingRecord = { indicatorId: input.indicatorId, level: input.level, ...texts, updatedAt: now, updatedBy: actor };
    if (ratingProblems(rating).length > 0) throw new AppError('invalid_input', SHORTCOMING_REQUIRED, 'shortcomings');
    await writeRating(tx, inspection.id, before, rating, { at: now, actor, changeId: randomUUID() });
    // The first rating means the team is at work on site.
    await repo.touchInspection(tx, inspection.id, now, inspection.status === 'preparing' ? 'on_site' : inspection.status);
    return rating;
  });
}

/** Writes a rating and audits each field that changed; shared with undo. */
export async function writeRating(
  tx: import('../db/connection').SqlExecutor,
  inspectionId: string,
  before: repo.RatingRecord | undefined,
  rating: repo.RatingRecord,
  change: { at: string; actor: string; changeId: string; undone?: boolean },
) {
  await repo.upsertRating(tx, inspectionId, rating);
  const entityId = `${inspectionId}/${rating.indicatorId}`;
  const rows: NewChangeRow[] = [];
  if ((before?.level ?? null) !== rating.level) {
    rows.push({ at: change.at, actor: change.actor, entity: 'rating', entityId, field: 'level', oldValue: before?.level ?? null, newValue: rating.level });
  }
  for (const field of INDICATOR_TEXT_FIELDS) {
    if ((before?.[field] ?? '') !== rating[field]) {
      rows.push({ at: change.at, actor: change.actor, entity: 'rating', entityId, field, oldValue: before?.[field] ?? null, newValue: rating[field] });
    }
  }
  await appendChange(tx, inspectionId, change.changeId, rows, change.undone);
}

export const inspectionHandlers = {
  listInspections,
  createInspection,
  getInspection,
  saveRating,
  setFocus,
} satisfies HandlerMap<'listInspections' | 'createInspection' | 'getInspection' | 'saveRating' | 'setFocus'>;
