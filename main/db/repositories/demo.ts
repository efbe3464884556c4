import type { DemoMarkKind } from '../../domain/demo';
import type { SqlExecutor } from '../connection';

/** Keys per statement: well below SQLite's bound-parameter limit. */
const BATCH = 500;

async function inBatches(keys: readonly string[], run: (batch: readonly string[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < keys.length; start += BATCH) await run(keys.slice(start, start + BATCH));
}

export async function markDemo(tx: SqlExecutor, kind: DemoMarkKind, keys: readonly string[]): Promise<void> {
  await inBatches(keys, (batch) =>
    tx.run(`INSERT OR IGNORE INTO demo_marks (kind, key) VALUES ${batch.map(() => '(?, ?)').join(', ')}`, batch.flatMap((k) => [kind, k])),
  );
}

/** A real write makes these rows real. Cheap when the record holds no demo data (the usual case after removal). */
export async function unmarkDemo(tx: SqlExecutor, kind: DemoMarkKind, keys: readonly string[]): Promise<void> {
  if (keys.length === 0 || !(await tx.get('SELECT 1 AS one FROM demo_marks WHERE kind = ? LIMIT 1', [kind]))) return;
  await inBatches(keys, (batch) => tx.run(`DELETE FROM demo_marks WHERE kind = ? AND key IN (${batch.map(() => '?').join(', ')})`, [kind, ...batch]));
}

export async function demoKeys(db: SqlExecutor, kind: DemoMarkKind): Promise<Set<string>> {
  const rows = await db.all<{ key: string }>('SELECT key FROM demo_marks WHERE kind = ?', [kind]);
  return new Set(rows.map((r) => r.key));
}

export async function countDemoMarks(db: SqlExecutor): Promise<Record<DemoMarkKind, number>> {
  const rows = await db.all<{ kind: DemoMarkKind; n: number }>('SELECT kind, count(*) AS n FROM demo_marks GROUP BY kind');
  const counts: Record<DemoMarkKind, number> = { school: 0, figures: 0, inspection: 0 };
  for (const r of rows) counts[r.kind] = r.n;
  return counts;
}

/** Of these keys, the ones marked demo. */
export async function demoAmong(db: SqlExecutor, kind: DemoMarkKind, keys: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  await inBatches(keys, async (batch) => {
    const rows = await db.all<{ key: string }>(`SELECT key FROM demo_marks WHERE kind = ? AND key IN (${batch.map(() => '?').join(', ')})`, [kind, ...batch]);
    for (const r of rows) found.add(r.key);
  });
  return found;
}

/** SQL: whether the school of alias `s` is a demo school (for list queries). */
export const SCHOOL_IS_DEMO = `EXISTS (SELECT 1 FROM demo_marks dm WHERE dm.kind = 'school' AND dm.key = s.instellingsnummer)`;
/** SQL: whether the inspection of alias `i` is a demo inspection. */
export const INSPECTION_IS_DEMO = `EXISTS (SELECT 1 FROM demo_marks dm WHERE dm.kind = 'inspection' AND dm.key = i.id)`;
