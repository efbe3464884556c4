import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ValidatedInput } from '../api/contract';
import type { SqlExecutor } from '../db/connection';
import { countDemoMarks, demoAmong, demoKeys } from '../db/repositories/demo';
import { storedNamesInUse } from '../db/repositories/attachments';
import { countSchools, listFiguresKeys, upsertFigures, upsertSchools } from '../db/repositories/schools';
import { getSetting, putSetting } from '../db/repositories/settings';
import { demoRemovalPlan, figuresKey, schoolOfFiguresKey, type DemoRemovalPlan } from '../domain/demo';
import { type DemoOptions, generateDemoData } from '../demo/generate';
import type { ServiceContext } from './context';
import { seedDemoInspections } from './demo-inspections';
import { ATTACHMENTS_DIR } from './evidence';
import type { HandlerMap } from './handler-types';
import { currentAuthor } from './settings';

const REMOVED_KEY = 'demo_removed';

/**
 * Writes the demo data set in one transaction; re-running it changes nothing.
 * It never writes over a real school or figures row (domain/demo.ts): those
 * demo rows are left out and counted.
 */
export async function seedDemo(ctx: Pick<ServiceContext, 'db'>, options?: DemoOptions) {
  const data = generateDemoData(options);
  let skipped = 0;
  let figures = 0;
  await ctx.db.transaction(async (tx) => {
    const realSchools = await realAmong(tx, 'school', data.schools.map((s) => s.instellingsnummer));
    const realFigures = await realAmong(tx, 'figures', data.figures.map((f) => figuresKey(f.instellingsnummer, f.schoolYear)));
    const schools = data.schools.filter((s) => !realSchools.has(s.instellingsnummer));
    figures = data.figures.filter((f) => !realSchools.has(f.instellingsnummer) && !realFigures.has(figuresKey(f.instellingsnummer, f.schoolYear))).length;
    skipped = data.schools.length - schools.length;
    await upsertSchools(tx, schools, 'demo');
    await upsertFigures(tx, data.figures.filter((f) => !realSchools.has(f.instellingsnummer) && !realFigures.has(figuresKey(f.instellingsnummer, f.schoolYear))), 'demo');
  });
  return { schools: data.schools.length - skipped, figures, skippedRealSchools: skipped, data };
}

/** Of these keys, the ones held as real (unmarked) rows: the demo never writes over them. */
async function realAmong(tx: SqlExecutor, kind: 'school' | 'figures', keys: readonly string[]): Promise<Set<string>> {
  const existing =
    kind === 'school' ? new Set((await tx.all<{ key: string }>('SELECT instellingsnummer AS key FROM schools')).map((r) => r.key)) : new Set(await listFiguresKeys(tx));
  const demo = await demoKeys(tx, kind);
  return new Set(keys.filter((k) => existing.has(k) && !demo.has(k)));
}

/**
 * A new, empty record starts on the demo data set, with example inspections
 * in every state, so that a newcomer sees the workbench at work.
 */
export async function seedDemoIfEmpty(ctx: ServiceContext) {
  // A record whose demo data was removed stays without it, also when nothing else has been imported yet.
  if ((await countSchools(ctx.db)) > 0 || (await getSetting(ctx.db, REMOVED_KEY))) return null;
  const { data, ...seeded } = await seedDemo(ctx);
  const secundair = data.schools.filter((s) => s.level === 'secundair' && s.form === 'gewoon').map((s) => s.instellingsnummer);
  await seedDemoInspections(ctx, secundair.slice(0, 5));
  return { ...seeded, inspections: 5 };
}

async function planNow(db: SqlExecutor): Promise<{ plan: DemoRemovalPlan; figuresRemoved: number }> {
  const allFigures = await listFiguresKeys(db);
  const plan = demoRemovalPlan({
    schools: await demoKeys(db, 'school'),
    figures: await demoKeys(db, 'figures'),
    inspections: await demoKeys(db, 'inspection'),
    allInspections: await db.all<{ id: string; instellingsnummer: string }>('SELECT id, instellingsnummer FROM inspections'),
    allFigures,
  });
  // A removed school takes its figures rows along (foreign key): they count as removed too.
  const removedSchools = new Set(plan.schools);
  const withSchools = allFigures.filter((key) => removedSchools.has(schoolOfFiguresKey(key))).length;
  return { plan, figuresRemoved: withSchools + plan.figures.length };
}

/** What demo data the record holds, what removing it would take, and when it was last removed. */
export async function getDemoData(ctx: ServiceContext) {
  const marks = await countDemoMarks(ctx.db);
  const { plan, figuresRemoved } = await planNow(ctx.db);
  const removedRaw = await getSetting(ctx.db, REMOVED_KEY);
  const keptNames = plan.keptSchools.length
    ? await ctx.db.all<{ instellingsnummer: string; name: string }>(
        `SELECT instellingsnummer, name FROM schools WHERE instellingsnummer IN (${plan.keptSchools.map(() => '?').join(', ')}) ORDER BY name`,
        plan.keptSchools,
      )
    : [];
  return {
    present: marks.school + marks.figures + marks.inspection > 0,
    schools: marks.school,
    figures: marks.figures,
    inspections: marks.inspection,
    removable: { schools: plan.schools.length, figures: figuresRemoved, inspections: plan.inspections.length },
    keptSchools: keptNames,
    lastRemoved: removedRaw ? (JSON.parse(removedRaw) as { at: string; by: string; schools: number; inspections: number }) : null,
  };
}

/** Whether these schools are demo schools (for the school page and the import preview). */
export function demoSchoolsAmong(db: SqlExecutor, instellingsnummers: readonly string[]): Promise<Set<string>> {
  return demoAmong(db, 'school', instellingsnummers);
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** Rows of the removed inspections that no foreign key takes along (the audit trail, exchange and sync state, referrals). */
async function removeInspections(tx: SqlExecutor, ids: readonly string[]): Promise<void> {
  for (let start = 0; start < ids.length; start += 400) {
    const batch = ids.slice(start, start + 400);
    const list = placeholders(batch.length);
    for (const table of ['taskforce_referrals', 'sync_entries', 'central_entries', 'central_inspections', 'exchange_log', 'audit_log']) {
      await tx.run(`DELETE FROM ${table} WHERE inspection_id IN (${list})`, batch);
    }
    await tx.run(`DELETE FROM inspections WHERE id IN (${list})`, batch);
    await tx.run(`DELETE FROM demo_marks WHERE kind = 'inspection' AND key IN (${list})`, batch);
  }
}

async function removeByKeys(tx: SqlExecutor, keys: readonly string[], remove: (batch: readonly string[], list: string) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < keys.length; start += 400) {
    const batch = keys.slice(start, start + 400);
    await remove(batch, placeholders(batch.length));
  }
}

/**
 * Removes the demo data in one transaction, after the user confirmed the
 * counts they were shown (changed counts remove nothing, as with retention).
 * Nothing of the user's own is touched (domain/demo.ts); attachment files go
 * only when no remaining attachment shares their content.
 */
export async function removeDemoData(ctx: ServiceContext, input: ValidatedInput<'removeDemoData'>) {
  const author = await currentAuthor(ctx);
  const at = ctx.now().toISOString();
  const before = await storedNamesInUse(ctx.db);
  const removed = await ctx.db.transaction(async (tx) => {
    const { plan, figuresRemoved } = await planNow(tx);
    // The plan is made inside the transaction, so what is removed is exactly what was counted.
    if (plan.schools.length !== input.expected.schools || plan.inspections.length !== input.expected.inspections) return null;
    await removeInspections(tx, plan.inspections);
    await removeByKeys(tx, plan.figures, async (batch, list) => {
      for (const key of batch) {
        const [school, year] = key.split('|');
        await tx.run('DELETE FROM school_year_figures WHERE instellingsnummer = ? AND school_year = ?', [school, year]);
      }
      await tx.run(`DELETE FROM demo_marks WHERE kind = 'figures' AND key IN (${list})`, batch);
    });
    await removeByKeys(tx, plan.schools, async (batch, list) => {
      await tx.run(`DELETE FROM demo_marks WHERE kind = 'figures' AND substr(key, 1, instr(key, '|') - 1) IN (${list})`, batch);
      await tx.run(`DELETE FROM schools WHERE instellingsnummer IN (${list})`, batch);
      await tx.run(`DELETE FROM demo_marks WHERE kind = 'school' AND key IN (${list})`, batch);
    });
    const record = { at, by: author.name, schools: plan.schools.length, inspections: plan.inspections.length };
    await putSetting(tx, REMOVED_KEY, JSON.stringify(record), at);
    return { schools: plan.schools.length, figures: figuresRemoved, inspections: plan.inspections.length };
  });
  if (!removed) return { changed: true as const, removed: { schools: 0, figures: 0, inspections: 0 }, demo: await getDemoData(ctx) };
  const inUse = await storedNamesInUse(ctx.db);
  for (const name of before) if (!inUse.has(name)) rmSync(join(ctx.dataDir, ATTACHMENTS_DIR, name), { force: true });
  return { changed: false as const, removed, demo: await getDemoData(ctx) };
}

export const demoHandlers = {
  getDemoData: (ctx) => getDemoData(ctx),
  removeDemoData,
} satisfies HandlerMap<'getDemoData' | 'removeDemoData'>;
