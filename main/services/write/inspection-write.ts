import { randomUUID } from 'node:crypto';
import { AppError, refuseIf } from '../../api/envelope';
import type { SqlExecutor } from '../../db/connection';
import { appendChange } from '../../db/repositories/changes';
import { getInspection, type InspectionRecord, touchInspection } from '../../db/repositories/inspections';
import type { Author } from '../../domain/people';
import type { Problem } from '../../domain/problems';
import { type InspectionEvent, eventProblems, statusAfter } from '../../domain/rules/lifecycle';
import { ratingProblems } from '../../domain/rules/judgements';
import type { InspectionStatus } from '../../domain/inspection';
import type { ServiceContext } from '../context';
import { currentAuthor } from '../settings';
import { loadJudgementFacts } from './facts';

/** One audited field of a change; the write path adds when, who, the inspection and the change id. */
export interface AuditFields {
  entity: string;
  entityId: string;
  field: string;
  oldValue: string | null;
  newValue: string | null;
}

/** What a change gets to work with: the transaction, the record as loaded, its author and the change's identity. */
export interface InspectionWrite {
  ctx: ServiceContext;
  tx: SqlExecutor;
  inspection: InspectionRecord;
  author: Author;
  at: string;
  changeId: string;
  /** Records the change's rows in the audit trail (with the inspection's id, so the Audit tab shows them). */
  audit(rows: readonly AuditFields[], options?: { undoes?: string }): Promise<void>;
  /** Sets the status this change leaves (by default the lifecycle's `statusAfter`). */
  setStatus(status: InspectionStatus): void;
}

function judgementProblems(facts: Awaited<ReturnType<typeof loadJudgementFacts>>): Problem[] {
  return facts.ratings.flatMap((r) => ratingProblems(r, facts));
}

const key = (p: Problem) => `${p.code}/${p.params?.indicatorId ?? ''}`;

/**
 * The one way a change reaches an inspection's record. In one transaction it
 * loads the record, asks the domain whether the event is allowed in the
 * record's state, resolves the author once from the profile, runs the change,
 * checks that the judgements still obey every rule (a tekort only under
 * "beneden", inside the focus, in force…) — whatever the change was: a
 * rating, a focus, an undo, a resolved conflict — writes the audit rows and
 * the status, and commits. A refusal rolls everything back.
 */
export async function writeInspection<T>(
  ctx: ServiceContext,
  inspectionId: string,
  event: InspectionEvent,
  work: (w: InspectionWrite) => Promise<T>,
): Promise<T> {
  const author = await currentAuthor(ctx);
  return ctx.db.transaction(async (tx) => {
    const inspection = await getInspection(tx, inspectionId);
    if (!inspection) throw new AppError('not_found', `Geen inspectie met id ${inspectionId}`, 'inspectionId');
    refuseIf(eventProblems(inspection.status, event), 'conflict');
    const before = new Set(judgementProblems(await loadJudgementFacts(tx, ctx, inspection)).map(key));
    const at = ctx.now().toISOString();
    const changeId = randomUUID();
    let status = statusAfter(inspection.status, event);
    const write: InspectionWrite = {
      ctx,
      tx,
      inspection,
      author,
      at,
      changeId,
      audit: (rows, options) =>
        appendChange(
          tx,
          inspection.id,
          changeId,
          rows.map((r) => ({ ...r, at, actor: author.name })),
          { role: author.role, undoes: options?.undoes },
        ),
      setStatus: (next) => {
        status = next;
      },
    };
    const value = await work(write);
    const after = await getInspection(tx, inspection.id);
    // Only problems this change brings count: a record that already broke a rule (older data) can still be repaired step by step.
    const introduced = judgementProblems(await loadJudgementFacts(tx, ctx, after!)).filter((p) => !before.has(key(p)));
    refuseIf(introduced);
    await touchInspection(tx, inspection.id, at, status);
    if (status !== inspection.status) {
      await write.audit([{ entity: 'inspection', entityId: inspection.id, field: 'status', oldValue: inspection.status, newValue: status }]);
    }
    return value;
  });
}
