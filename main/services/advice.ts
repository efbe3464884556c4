import { AppError } from '../api/envelope';
import type { ValidatedInput } from '../api/contract';
import { getAdviceDecision, listFinalDecisions, listJudgements, listShortcomingIndicators, saveAdviceDecision } from '../db/repositories/advice';
import { appendAudit } from '../db/repositories/audit';
import { touchInspection } from '../db/repositories/inspections';
import { adviceDefinition } from '../domain/advice/catalogue';
import { adviceConsequences, hasStrongPolicy } from '../domain/advice/consequences';
import { type DecidedAdvice, summarizeOutcomes } from '../domain/advice/outcomes';
import { proposeAdvice, type RatedIndicator } from '../domain/advice/propose';
import { listConflicts } from './exchange/conflicts';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handler-types';
import { requireInspection } from './inspections';

/** The indicators in focus with their ratings, and the shortcomings written beside them. */
async function adviceInput(ctx: ServiceContext, inspectionId: string) {
  const inspection = await requireInspection(ctx, inspectionId, 'inspectionId');
  const framework = await ctx.frameworks.pinned(ctx.db, inspection.frameworkId, inspection.frameworkVersion);
  const judgements = new Map((await listJudgements(ctx.db, inspection.id)).map((j) => [j.indicatorId, j]));
  const indicators: RatedIndicator[] = framework.domains
    .filter((d) => inspection.focusDomains.includes(d.id))
    .flatMap((d) => d.indicators.map((i) => ({ indicatorId: i.id, domainId: d.id, level: judgements.get(i.id)?.level ?? null })));
  const shortcomings = indicators
    .filter((i) => (judgements.get(i.indicatorId)?.shortcomings ?? '').trim() !== '')
    .map((i) => ({ indicatorId: i.indicatorId, domainId: i.domainId, text: judgements.get(i.indicatorId)!.shortcomings.trim() }));
  return { inspection, indicators, shortcomings };
}

/** The proposal with its reasons, the decision if one was taken, and what the advice means with its dates. */
export async function getAdvice(ctx: ServiceContext, input: ValidatedInput<'getAdvice'>) {
  const { inspection, indicators, shortcomings } = await adviceInput(ctx, input.inspectionId);
  const proposal = proposeAdvice({ indicators, shortcomings }, ctx.advice);
  const decision = (await getAdviceDecision(ctx.db, inspection.id)) ?? null;
  const strongPolicy = hasStrongPolicy(indicators, ctx.advice);
  const code = decision?.chosen ?? proposal.advice;
  const reportDate = decision?.reportDate ?? ctx.now().toISOString().slice(0, 10);
  const guidanceObliged = decision?.guidanceObliged ?? proposal.behaviourShortcomings;
  return {
    inspectionId: inspection.id,
    locked: inspection.status === 'final',
    proposal,
    decision,
    shortcomings,
    strongPolicy,
    advices: ctx.advice.advices,
    consequences: adviceConsequences(code, reportDate, { guidanceObliged, strongPolicy }, ctx.advice),
    definition: adviceDefinition(ctx.advice, code),
  };
}

/** The lead inspector confirms the proposal or chooses another advice; another needs a motivation. */
export async function decideAdvice(ctx: ServiceContext, input: ValidatedInput<'decideAdvice'>) {
  const { inspection, indicators, shortcomings } = await adviceInput(ctx, input.inspectionId);
  if (inspection.status === 'final') throw new AppError('conflict', 'Het verslag is definitief: het advies ligt vast. Heropen de inspectie met een reden om het te wijzigen.');
  const proposal = proposeAdvice({ indicators, shortcomings }, ctx.advice);
  const motivation = input.motivation.trim();
  if (input.chosen !== proposal.advice && motivation === '') {
    throw new AppError('invalid_input', `U kiest advies ${input.chosen} in plaats van het voorgestelde advies ${proposal.advice}: geef een motivering.`, 'motivation');
  }
  if (input.chosen === '1' && shortcomings.length > 0) {
    throw new AppError('invalid_input', 'Advies 1 kan niet bij vastgestelde tekorten: kies 2A, 2B of 3, of pas de tekorten aan.', 'chosen');
  }
  const now = ctx.now().toISOString();
  const before = await getAdviceDecision(ctx.db, inspection.id);
  await ctx.db.transaction(async (tx) => {
    await saveAdviceDecision(tx, inspection.id, {
      catalogueVersion: ctx.advice.version,
      proposed: proposal.advice,
      chosen: input.chosen,
      motivation,
      guidanceObliged: input.guidanceObliged,
      reportDate: input.reportDate,
      decidedAt: now,
      decidedBy: ctx.actor,
    });
    const audit = { at: now, actor: ctx.actor, entity: 'advice', entityId: inspection.id };
    await appendAudit(tx, { ...audit, field: 'proposed', oldValue: before?.proposed ?? null, newValue: proposal.advice });
    await appendAudit(tx, { ...audit, field: 'chosen', oldValue: before?.chosen ?? null, newValue: input.chosen });
    if ((before?.motivation ?? '') !== motivation) await appendAudit(tx, { ...audit, field: 'motivation', oldValue: before?.motivation ?? null, newValue: motivation });
    await touchInspection(tx, inspection.id, now, 'deciding');
  });
  return getAdvice(ctx, { inspectionId: inspection.id });
}

/** Makes the report final: the advice is locked from now on. */
export async function finalizeInspection(ctx: ServiceContext, input: ValidatedInput<'finalizeInspection'>) {
  const inspection = await requireInspection(ctx, input.inspectionId, 'inspectionId');
  if (!(await getAdviceDecision(ctx.db, inspection.id))) throw new AppError('conflict', 'Beslis eerst over het advies voor u het verslag definitief maakt.');
  const conflicts = (await listConflicts(ctx, { inspectionId: inspection.id })).length;
  if (conflicts) throw new AppError('conflict', `Er ${conflicts === 1 ? 'is nog 1 conflict' : `zijn nog ${conflicts} conflicten`} uit het samenvoegen open; los ze eerst op (tabblad Uitwisselen).`);
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    await touchInspection(tx, inspection.id, now, 'final');
    await appendAudit(tx, { at: now, actor: ctx.actor, entity: 'inspection', entityId: inspection.id, field: 'status', oldValue: inspection.status, newValue: 'final' });
  });
  return getAdvice(ctx, { inspectionId: inspection.id });
}

/** Reopens a final inspection; the reason is kept in the audit trail. */
export async function reopenInspection(ctx: ServiceContext, input: ValidatedInput<'reopenInspection'>) {
  const inspection = await requireInspection(ctx, input.inspectionId, 'inspectionId');
  if (inspection.status !== 'final') throw new AppError('conflict', 'Deze inspectie is niet definitief; er is niets te heropenen.');
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    await touchInspection(tx, inspection.id, now, 'deciding');
    await appendAudit(tx, { at: now, actor: ctx.actor, entity: 'inspection', entityId: inspection.id, field: 'reopened', oldValue: 'final', newValue: input.reason.trim() });
  });
  return getAdvice(ctx, { inspectionId: inspection.id });
}

/** Outcomes across all final inspections: advice per school year and niveau, shortcomings per domain. */
export async function getOutcomes(ctx: ServiceContext) {
  const [decisions, shortcomings] = await Promise.all([listFinalDecisions(ctx.db), listShortcomingIndicators(ctx.db)]);
  const domainOf = new Map<string, Map<string, string>>();
  const decided: DecidedAdvice[] = [];
  for (const d of decisions) {
    const key = `${d.frameworkId}@${d.frameworkVersion}`;
    if (!domainOf.has(key)) {
      const framework = await ctx.frameworks.pinned(ctx.db, d.frameworkId, d.frameworkVersion);
      domainOf.set(key, new Map(framework.domains.flatMap((domain) => domain.indicators.map((i) => [i.id, domain.id]))));
    }
    const domains = shortcomings.filter((s) => s.inspectionId === d.inspectionId).map((s) => domainOf.get(key)!.get(s.indicatorId) ?? 'onbekend');
    decided.push({ advice: d.advice, reportDate: d.reportDate, level: d.level, shortcomingDomains: domains });
  }
  const framework = ctx.frameworks.latest().framework;
  const titles = Object.fromEntries(framework.domains.map((d) => [d.id, d.title]));
  return { ...summarizeOutcomes(decided), domainTitles: titles };
}

export const adviceHandlers = {
  getOutcomes,
  getAdvice,
  decideAdvice,
  finalizeInspection,
  reopenInspection,
} satisfies HandlerMap<'getOutcomes' | 'getAdvice' | 'decideAdvice' | 'finalizeInspection' | 'reopenInspection'>;
