import type { AdviceCode } from '../../domain/advice/catalogue';
import type { RatingLevel } from '../../domain/rating';
import type { SqlExecutor } from '../connection';

export interface AdviceDecisionRecord {
  catalogueVersion: string;
  proposed: AdviceCode;
  chosen: AdviceCode;
  motivation: string;
  guidanceObliged: boolean;
  reportDate: string;
  decidedAt: string;
  decidedBy: string;
}

export async function getAdviceDecision(db: SqlExecutor, inspectionId: string): Promise<AdviceDecisionRecord | undefined> {
  const row = await db.get<Omit<AdviceDecisionRecord, 'guidanceObliged'> & { guidanceObliged: 0 | 1 }>(
    `SELECT catalogue_version AS catalogueVersion, proposed, chosen, motivation, guidance_obliged AS guidanceObliged,
            report_date AS reportDate, decided_at AS decidedAt, decided_by AS decidedBy
       FROM advice_decisions WHERE inspection_id = ?`,
    [inspectionId],
  );
  return row && { ...row, guidanceObliged: row.guidanceObliged === 1 };
}

export async function saveAdviceDecision(tx: SqlExecutor, inspectionId: string, d: AdviceDecisionRecord): Promise<void> {
  await tx.run(
    `INSERT INTO advice_decisions (inspection_id, catalogue_version, proposed, chosen, motivation, guidance_obliged, report_date, decided_at, decided_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (inspection_id) DO UPDATE SET catalogue_version = excluded.catalogue_version, proposed = excluded.proposed,
       chosen = excluded.chosen, motivation = excluded.motivation, guidance_obliged = excluded.guidance_obliged,
       report_date = excluded.report_date, decided_at = excluded.decided_at, decided_by = excluded.decided_by`,
    [inspectionId, d.catalogueVersion, d.proposed, d.chosen, d.motivation, d.guidanceObliged ? 1 : 0, d.reportDate, d.decidedAt, d.decidedBy],
  );
}

/** Every final inspection's decided advice, with its school's niveau and its framework, for the outcome overview. */
export function listFinalDecisions(db: SqlExecutor): Promise<Array<{ inspectionId: string; instellingsnummer: string; advice: AdviceCode; reportDate: string; level: 'basis' | 'secundair'; frameworkId: string; frameworkVersion: string }>> {
  return db.all(
    `SELECT i.id AS inspectionId, i.instellingsnummer, a.chosen AS advice, a.report_date AS reportDate, s.level, i.framework_id AS frameworkId, i.framework_version AS frameworkVersion
       FROM advice_decisions a JOIN inspections i ON i.id = a.inspection_id JOIN schools s ON s.instellingsnummer = i.instellingsnummer
      WHERE i.status = 'final' ORDER BY a.report_date`,
  );
}

/** The judgements that may hold a tekort, per inspection; which ones are binding is the domain's rule (findings.ts). */
export function listShortcomingIndicators(db: SqlExecutor): Promise<Array<{ inspectionId: string; indicatorId: string; level: RatingLevel | null; shortcomings: string }>> {
  return db.all(`SELECT inspection_id AS inspectionId, indicator_id AS indicatorId, level, shortcomings FROM ratings WHERE trim(shortcomings) <> ''`);
}
