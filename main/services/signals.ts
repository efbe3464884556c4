import { dataRevision, listAllFigures, listAllSchools } from '../db/repositories/schools';
import type { School, SchoolYearFigures } from '../domain/school';
import { computeSignals, type SignalIndex, type SignalSummary } from '../domain/signals';
import type { ServiceContext } from './context';
import { markCacheClean, readCachedSummaries, type SummaryLookup, writeCacheFile } from './signal-cache';

export interface FlandersData {
  schools: School[];
  figures: SchoolYearFigures[];
  index: SignalIndex;
}

/**
 * All schools, their figures and every signal, computed once per data
 * revision. Computing is cheap (bench/signals.ts), but reading 16,000 rows
 * through sqlite3 is not free, and the school page and the overview need the
 * whole of Flanders (peer groups). The revision (see dataRevision) changes
 * with any write by this process or another, so an import or a seed is seen
 * at once. The school list's summaries are also written beside the database
 * (signal-cache.ts), so the next start can show the list without this.
 */
const cache = new WeakMap<object, { revision: string; data: Promise<FlandersData> }>();

export async function flandersData(ctx: Pick<ServiceContext, 'db' | 'dataDir'>): Promise<FlandersData> {
  const revision = await dataRevision(ctx.db);
  const cached = cache.get(ctx.db);
  if (cached && cached.revision === revision) return cached.data;
  // Declared before it is made: the build re-files itself under the revision after its own mark.
  // eslint-disable-next-line prefer-const
  let data!: Promise<FlandersData>;
  data = (async () => {
    // Read and mark the cache clean in one transaction: no write can fall between what is read and the mark.
    const snapshot = await ctx.db
      .transaction(async (tx) => {
        const schools = await listAllSchools(tx);
        const figures = await listAllFigures(tx);
        const token: string | null = await markCacheClean(tx);
        return { schools, figures, token, revision: await dataRevision(tx) };
      })
      .catch(async (error: Error) => {
        // Another process holds the write lock (a long import from the CLI): read as before, without a cache file.
        console.warn('[doorlicht] signal cache not marked:', error.message);
        return { schools: await listAllSchools(ctx.db), figures: await listAllFigures(ctx.db), token: null, revision: await dataRevision(ctx.db) };
      });
    // The mark is a write of its own; what was read is current at the revision after it.
    cache.set(ctx.db, { revision: snapshot.revision, data });
    const index = computeSignals(snapshot.schools, snapshot.figures);
    if (snapshot.token) {
      const summaries: Record<string, SignalSummary> = {};
      for (const school of snapshot.schools) {
        const summary = index.summaryOf(school.instellingsnummer);
        if (summary) summaries[school.instellingsnummer] = summary;
      }
      writeCacheFile(ctx.dataDir, snapshot.token, summaries);
    }
    return { schools: snapshot.schools, figures: snapshot.figures, index };
  })();
  cache.set(ctx.db, { revision, data });
  data.catch(() => cache.delete(ctx.db));
  return data;
}

/**
 * Each school's latest-year summary for the school list: from memory when
 * Flanders is already computed for this revision, else from the cache file
 * when the database says it is current, else computed.
 */
export async function signalSummaries(ctx: Pick<ServiceContext, 'db' | 'dataDir'>): Promise<SummaryLookup> {
  const revision = await dataRevision(ctx.db);
  const cached = cache.get(ctx.db);
  if (!(cached && cached.revision === revision)) {
    const fromFile = await readCachedSummaries(ctx.db, ctx.dataDir);
    if (fromFile) return fromFile;
  }
  const { index } = await flandersData(ctx);
  return (nr) => index.summaryOf(nr);
}
