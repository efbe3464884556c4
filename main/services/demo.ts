import { countSchools, upsertFigures, upsertSchools } from '../db/repositories/schools';
import { type DemoOptions, generateDemoData } from '../demo/generate';
import type { ServiceContext } from './context';

/** Writes the demo data set in one transaction; re-running it changes nothing. */
export async function seedDemo(ctx: Pick<ServiceContext, 'db'>, options?: DemoOptions) {
  const data = generateDemoData(options);
  await ctx.db.transaction(async (tx) => {
    await upsertSchools(tx, data.schools);
    await upsertFigures(tx, data.figures);
  });
  return { schools: data.schools.length, figures: data.figures.length };
}

/** A new, empty record starts on the demo data set so that a newcomer sees the workbench at work. */
export async function seedDemoIfEmpty(ctx: Pick<ServiceContext, 'db'>) {
  if ((await countSchools(ctx.db)) > 0) return null;
  return seedDemo(ctx);
}
