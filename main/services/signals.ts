import { dataRevision, listAllFigures, listAllSchools } from '../db/repositories/schools';
import type { School, SchoolYearFigures } from '../domain/school';
import { computeSignals, type SignalIndex } from '../domain/signals';
import type { ServiceContext } from './context';

export interface FlandersData {
  schools: School[];
  figures: SchoolYearFigures[];
  index: SignalIndex;
}

/**
 * All schools, their figures and every signal, computed once per data
 * revision. Computing is cheap (bench/signals.ts), but reading 16,000 rows
 * through sqlite3 is not free, and the list, the school page and the overview
 * all need the whole of Flanders (peer groups). The revision (see
 * dataRevision) changes with any write by this process or another, so an
 * import or a seed is seen at once.
 */
const cache = new WeakMap<object, { revision: string; data: Promise<FlandersData> }>();

export async function flandersData(ctx: Pick<ServiceContext, 'db'>): Promise<FlandersData> {
  const revision = await dataRevision(ctx.db);
  const cached = cache.get(ctx.db);
  if (cached && cached.revision === revision) return cached.data;
  const data = (async () => {
    const schools = await listAllSchools(ctx.db);
    const figures = await listAllFigures(ctx.db);
    return { schools, figures, index: computeSignals(schools, figures) };
  })();
  cache.set(ctx.db, { revision, data });
  data.catch(() => cache.delete(ctx.db));
  return data;
}

