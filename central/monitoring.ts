import { SYNC_TABLE_BY_ENTITY } from '../main/db/repositories/sync-tables';
import { currentVersion, type EntryState, isRemoved } from '../main/domain/exchange/revisions';
import type { Pool } from './db';

/**
 * The Flanders-wide picture the plan's § 6 asks for, computed centrally from
 * the synced record: outcomes of all inspections and the referrals the task
 * force follows. Only counts leave this function: no working notes, no names.
 */
export interface Monitoring {
  inspections: number;
  byStatus: Record<string, number>;
  /** Chosen advice of every inspection with an advice (1, 2A, 2B, 3). */
  byAdvice: Record<string, number>;
  /** § 6 evaluation indicators as counts the centre can compute. */
  indicators: {
    referrals: number;
    referralsClosed: number;
    /** Share of inspections with advice 2A or 2B that have a task-force referral. */
    referredShare: number | null;
  };
  conflictsOpen: number;
}

export async function monitoring(pool: Pool): Promise<Monitoring> {
  const { rows: statuses } = await pool.query<{ status: string; n: string }>('SELECT status, count(*) AS n FROM inspections GROUP BY status');
  const byStatus = Object.fromEntries(statuses.map((r) => [r.status, Number(r.n)]));
  const { rows } = await pool.query<{ entity: string; heads: EntryState['heads']; inspection_id: string }>(
    `SELECT entity, heads, inspection_id FROM entries WHERE entity IN ('advice', 'referral')`,
  );
  const byAdvice: Record<string, number> = {};
  const needsReferral = new Set<string>();
  const referred = new Set<string>();
  let referrals = 0;
  let referralsClosed = 0;
  for (const r of rows) {
    const table = SYNC_TABLE_BY_ENTITY.get(r.entity)!;
    const record = currentVersion(table.shape, { heads: r.heads }).record;
    if (isRemoved(record)) continue;
    if (r.entity === 'advice') {
      const chosen = String(record.chosen);
      byAdvice[chosen] = (byAdvice[chosen] ?? 0) + 1;
      if (chosen === '2A' || chosen === '2B') needsReferral.add(r.inspection_id);
    } else {
      referrals += 1;
      referred.add(r.inspection_id);
      if (record.closed_on) referralsClosed += 1;
    }
  }
  const { rows: conflicts } = await pool.query<{ n: string }>('SELECT count(*) AS n FROM entries WHERE conflict');
  return {
    inspections: Object.values(byStatus).reduce((a, b) => a + b, 0),
    byStatus,
    byAdvice,
    indicators: {
      referrals,
      referralsClosed,
      referredShare: needsReferral.size ? [...needsReferral].filter((id) => referred.has(id)).length / needsReferral.size : null,
    },
    conflictsOpen: Number(conflicts[0].n),
  };
}
