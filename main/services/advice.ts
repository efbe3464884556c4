import { AppError, refuseIf } from '../api/envelope';
import type { ValidatedInput } from '../api/contract';
import type { SqlExecutor } from '../db/connection';
import { getAdviceDecision, saveAdviceDecision } from '../db/repositories/advice';
import type { InspectionRecord } from '../db/repositories/inspections';
import { ADVICE_CODES, type AdviceCode, adviceDefinition } from '../domain/advice/catalogue';
import { adviceConsequences, hasStrongPolicy } from '../domain/advice/consequences';
import { problem } from '../domain/problems';
import { canFinalize, finalizeChecklist } from '../domain/rules/checklist';
import { currentProposal, decisionProblems, guidanceChoice } from '../domain/rules/decision';
import { bindingShortcomings, focusIndicators } from '../domain/rules/facts';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handler-types';
import { getOutcomes } from './outcomes';
import { requireInspection } from './inspections';
import { loadInspectionFacts } from './write/facts';
import { writeInspection } from './write/inspection-write';
import { problemMessage } from '../api/problem-messages';

async function adviceView(ctx: ServiceContext, db: SqlExecutor, inspection: InspectionRecord) {
  const facts = await loadInspectionFacts(db, ctx, inspection);
  const proposal = currentProposal(facts, ctx.advice);
  const decision = facts.decision ? ((await getAdviceDecision(db, inspection.id)) ?? null) : null;
  const indicators = focusIndicators(facts);
  const strongPolicy = hasStrongPolicy(indicators, ctx.advice, inspection.type);
  const code = decision?.chosen ?? proposal.advice;
  const reportDate = decision?.reportDate ?? ctx.now().toISOString().slice(0, 10);
  const guidance = guidanceChoice(code, facts, ctx.advice);
  const guidanceObliged = decision?.guidanceObliged ?? guidance === 'required';
  return {
    inspectionId: inspection.id,
    locked: inspection.status === 'final',
    proposal,
    decision,
    /** The proposal changed since the decision: the lead must confirm or change the advice again. */
    stale: decision !== null && decision.proposed !== proposal.advice,
    shortcomings: bindingShortcomings(facts),
    /** Per advice: whether the lead may, must or cannot oblige external guidance with it (actions 18 and 20). */
    guidanceByAdvice: Object.fromEntries(ADVICE_CODES.map((c) => [c, guidanceChoice(c, facts, ctx.advice)])) as Record<AdviceCode, ReturnType<typeof guidanceChoice>>,
    strongPolicy,
    advices: ctx.advice.advices,
    consequences: adviceConsequences(code, reportDate, { guidanceObliged, strongPolicy }, ctx.advice),
    definition: adviceDefinition(ctx.advice, code),
  };
}

/** The proposal with its reasons, the decision if one was taken, and what the advice means with its dates. */
export async function getAdvice(ctx: ServiceContext, input: ValidatedInput<'getAdvice'>) {
  const inspection = await requireInspection(ctx, input.inspectionId, 'inspectionId');
  return adviceView(ctx, ctx.db, inspection);
}

/**
 * The lead inspector confirms the proposal or chooses another advice. The
 * same rules that finalising checks again decide whether it may be taken:
 * another advice needs a motivation, a favourable advice no tekorten, an
 * unfavourable one binding tekorten, the guidance choice follows actions 18 and 20.
 */
export async function decideAdvice(ctx: ServiceContext, input: ValidatedInput<'decideAdvice'>) {
  await writeInspection(ctx, input.inspectionId, 'decide', async (w) => {
    const facts = await loadInspectionFacts(w.tx, ctx, w.inspection);
    const motivation = input.motivation.trim();
    refuseIf(decisionProblems({ chosen: input.chosen, motivation, guidanceObliged: input.guidanceObliged }, facts, ctx.advice));
    const proposal = currentProposal(facts, ctx.advice);
    // 2B makes guidance the condition to keep recognition; the record says so whatever the caller sent.
    const guidanceObliged = guidanceChoice(input.chosen, facts, ctx.advice) === 'required' ? true : input.guidanceObliged;
    const before = await getAdviceDecision(w.tx, w.inspection.id);
    await saveAdviceDecision(w.tx, w.inspection.id, {
      catalogueVersion: ctx.advice.version,
      proposed: proposal.advice,
      chosen: input.chosen,
      motivation,
      guidanceObliged,
      reportDate: input.reportDate,
      decidedAt: w.at,
      decidedBy: w.author.name,
    });
    const row = (field: string, oldValue: string | null, newValue: string) => ({ entity: 'advice', entityId: w.inspection.id, field, oldValue, newValue });
    const rows = [row('proposed', before?.proposed ?? null, proposal.advice), row('chosen', before?.chosen ?? null, input.chosen)];
    if ((before?.motivation ?? '') !== motivation) rows.push(row('motivation', before?.motivation ?? null, motivation));
    if ((before?.guidanceObliged ?? null) !== guidanceObliged) rows.push(row('guidanceObliged', before ? String(before.guidanceObliged) : null, String(guidanceObliged)));
    if ((before?.reportDate ?? null) !== input.reportDate) rows.push(row('reportDate', before?.reportDate ?? null, input.reportDate));
    await w.audit(rows);
  });
  return getAdvice(ctx, { inspectionId: input.inspectionId });
}

function worded(items: ReturnType<typeof finalizeChecklist>) {
  return items.map((i) => ({ ...i, params: i.params ?? {}, message: problemMessage(i) }));
}

/** What stands between the record and a final report: blocking items, then warnings to acknowledge. */
export async function getFinalizeChecklist(ctx: ServiceContext, input: ValidatedInput<'getFinalizeChecklist'>) {
  const inspection = await requireInspection(ctx, input.inspectionId, 'inspectionId');
  const items = finalizeChecklist(await loadInspectionFacts(ctx.db, ctx, inspection), ctx.advice);
  return { items: worded(items), canFinalize: canFinalize(items, false), canFinalizeWithWarnings: canFinalize(items, true) };
}

/**
 * Makes the report final: the check list runs again inside the transaction
 * that sets the status, against the record as it is at that moment, so no
 * sequence of edits can leave a final report that breaks an advice rule.
 */
export async function finalizeInspection(ctx: ServiceContext, input: ValidatedInput<'finalizeInspection'>) {
  await writeInspection(ctx, input.inspectionId, 'finalize', async (w) => {
    const items = finalizeChecklist(await loadInspectionFacts(w.tx, ctx, w.inspection), ctx.advice);
    const blocking = items.filter((i) => i.severity === 'blocking');
    if (blocking.length) throw AppError.refused('conflict', blocking);
    const warnings = items.filter((i) => i.severity === 'warning');
    if (warnings.length && !input.acknowledgeWarnings) throw AppError.refused('conflict', [problem('warnings_not_acknowledged', 'acknowledgeWarnings', { count: warnings.length }), ...warnings]);
    if (warnings.length) await w.audit([{ entity: 'inspection', entityId: w.inspection.id, field: 'warnings_acknowledged', oldValue: null, newValue: warnings.map((i) => i.code).join(', ') }]);
  });
  return getAdvice(ctx, { inspectionId: input.inspectionId });
}

/** Reopens a final inspection; the reason is kept in the audit trail. */
export async function reopenInspection(ctx: ServiceContext, input: ValidatedInput<'reopenInspection'>) {
  await writeInspection(ctx, input.inspectionId, 'reopen', (w) =>
    w.audit([{ entity: 'inspection', entityId: w.inspection.id, field: 'reopened', oldValue: 'final', newValue: input.reason.trim() }]),
  );
  return getAdvice(ctx, { inspectionId: input.inspectionId });
}

/** Outcomes across all final inspections: advice per school year and niveau, shortcomings per domain. */
export const adviceHandlers = {
  getOutcomes,
  getAdvice,
  decideAdvice,
  getFinalizeChecklist,
  finalizeInspection,
  reopenInspection,
} satisfies HandlerMap<'getOutcomes' | 'getAdvice' | 'decideAdvice' | 'getFinalizeChecklist' | 'finalizeInspection' | 'reopenInspection'>;
