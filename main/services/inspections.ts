import { randomUUID } from 'node:crypto';
import { AppError } from '../api/envelope';
import type { ValidatedInput } from '../api/contract';
import { appendAudit } from '../db/repositories/audit';
import * as repo from '../db/repositories/inspections';
import { findIndicator } from '../domain/framework';
import { defaultFocus } from '../domain/inspection';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handler-types';
import { requireSchool } from './schools';

export function listInspections(ctx: ServiceContext, input: ValidatedInput<'listInspections'>) {
  return repo.listInspections(ctx.db, input.instellingsnummer);
}

export async function requireInspection(ctx: ServiceContext, id: string, field = 'id') {
  const inspection = await repo.getInspection(ctx.db, id);
  if (!inspection) throw new AppError('not_found', `Geen inspectie met id ${id}`, field);
  return inspection;
}

export async function createInspection(ctx: ServiceContext, input: ValidatedInput<'createInspection'>) {
  await requireSchool(ctx, input.instellingsnummer);
  const loaded = ctx.frameworks.latest();
  const domainIds = loaded.framework.domains.map((d) => d.id);
  const unknown = (input.focusDomains ?? []).find((id) => !domainIds.includes(id));
  if (unknown) throw new AppError('invalid_input', `Onbekend domein in de focus: ${unknown}`, 'focusDomains');
  const focusDomains = input.focusDomains?.length ? input.focusDomains : defaultFocus(input.type, domainIds);
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
      createdBy: ctx.actor,
      updatedAt: now,
    });
    await appendAudit(tx, { at: now, actor: ctx.actor, entity: 'inspection', entityId: id, field: 'created', oldValue: null, newValue: input.type });
  });
  return requireInspection(ctx, id);
}

export async function getInspection(ctx: ServiceContext, input: ValidatedInput<'getInspection'>) {
  const inspection = await requireInspection(ctx, input.id);
  const framework = await ctx.frameworks.pinned(ctx.db, inspection.frameworkId, inspection.frameworkVersion);
  const ratings = await repo.listRatings(ctx.db, inspection.id);
  return { inspection, framework, ratings };
}

/** Saves one indicator's rating and motivation, keeping the old values in the audit trail. */
export async function saveRating(ctx: ServiceContext, input: ValidatedInput<'saveRating'>) {
  const inspection = await requireInspection(ctx, input.inspectionId, 'inspectionId');
  if (inspection.status === 'final') throw new AppError('conflict', 'Deze inspectie is afgesloten; beoordelingen liggen vast.');
  const framework = await ctx.frameworks.pinned(ctx.db, inspection.frameworkId, inspection.frameworkVersion);
  if (!findIndicator(framework, input.indicatorId)) {
    throw new AppError('invalid_input', `Onbekende indicator ${input.indicatorId} in ${framework.id} ${framework.version}`, 'indicatorId');
  }
  const now = ctx.now().toISOString();
  const rating: repo.RatingRecord = {
    indicatorId: input.indicatorId,
    level: input.level,
    motivation: input.motivation,
    updatedAt: now,
    updatedBy: ctx.actor,
  };
  await ctx.db.transaction(async (tx) => {
    const before = await repo.getRating(tx, inspection.id, input.indicatorId);
    await repo.upsertRating(tx, inspection.id, rating);
    const entityId = `${inspection.id}/${input.indicatorId}`;
    const audit = { at: now, actor: ctx.actor, entity: 'rating', entityId };
    if ((before?.level ?? null) !== input.level) {
      await appendAudit(tx, { ...audit, field: 'level', oldValue: before?.level ?? null, newValue: input.level });
    }
    if ((before?.motivation ?? '') !== input.motivation) {
      await appendAudit(tx, { ...audit, field: 'motivation', oldValue: before?.motivation ?? null, newValue: input.motivation });
    }
    // The first rating means the team is at work on site.
    await repo.touchInspection(tx, inspection.id, now, inspection.status === 'preparing' ? 'on_site' : inspection.status);
  });
  return rating;
}

export const inspectionHandlers = {
  listInspections,
  createInspection,
  getInspection,
  saveRating,
} satisfies HandlerMap<'listInspections' | 'createInspection' | 'getInspection' | 'saveRating'>;
