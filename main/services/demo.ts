import { countSchools, upsertFigures, upsertSchools } from '../db/repositories/schools';
import { type DemoOptions, generateDemoData } from '../demo/generate';
import type { ServiceContext } from './context';
import { seedDemoInspections } from './demo-inspections';

/** Writes the demo data set in one transaction; re-running it changes nothing. */
export async function seedDemo(ctx: Pick<ServiceContext, 'db'>, options?: DemoOptions) {
  const data = generateDemoData(options);
  await ctx.db.transaction(async (tx) => {
    await upsertSchools(tx, data.schools);
    await upsertFigures(tx, data.figures);
  });
  return { schools: data.schools.length, figures: data.figures.length, data };
}

/**
 * A new, empty record starts on the demo data set, with example inspections
 * in every state, so that a newcomer sees the workbench at work.
 */
export async function seedDemoIfEmpty(ctx: ServiceContext) {
  if ((await countSchools(ctx.db)) > 0) return null;
  const { data, ...seeded } = await seedDemo(ctx);
  const secundair = data.schools.filter((s) => s.level === 'secundair' && s.form === 'gewoon').map((s) => s.instellingsnummer);
  await seedDemoInspections(ctx, secundair.slice(0, 5));
  return { ...seeded, inspections: 5 };
}
