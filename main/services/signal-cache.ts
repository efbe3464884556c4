import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SqlExecutor } from '../db/connection';
import { SIGNAL_DEFINITIONS, SIGNAL_SETTINGS, type SignalSummary } from '../domain/signals';

/**
 * The school list's signal summaries, kept beside the database so that
 * opening the workbench does not have to read and compute all of Flanders
 * before the first screen. The file is used only when the database says
 * nothing changed since it was written (signal_cache_state: not stale, same
 * token; triggers mark it stale on any write to schools or figures) and the
 * signal rules are the ones it was computed with (fingerprint). Otherwise the
 * summaries are computed as before and the file written anew. Losing or
 * damaging the file costs one computation, never a wrong answer.
 */
export const SIGNAL_CACHE_FILE = join('cache', 'signal-summaries.json');

/** Changes when the thresholds or the signal list change, so an older file is never trusted. */
export const SIGNAL_RULES_FINGERPRINT = createHash('sha256')
  .update(JSON.stringify({ format: 1, settings: SIGNAL_SETTINGS, signals: SIGNAL_DEFINITIONS.map((d) => d.id) }))
  .digest('hex')
  .slice(0, 16);

interface CacheFile {
  token: string;
  fingerprint: string;
  summaries: Record<string, SignalSummary>;
}

export type SummaryLookup = (instellingsnummer: string) => SignalSummary | undefined;

/** Inside the transaction that reads the data the summaries are computed from: mark the cache clean under a new token. */
export async function markCacheClean(tx: SqlExecutor): Promise<string> {
  const token = randomUUID();
  await tx.run('UPDATE signal_cache_state SET stale = 0, token = ? WHERE id = 1', [token]);
  return token;
}

export function writeCacheFile(dataDir: string, token: string, summaries: Record<string, SignalSummary>): void {
  try {
    const file = join(dataDir, SIGNAL_CACHE_FILE);
    mkdirSync(join(dataDir, 'cache'), { recursive: true });
    const partial = `${file}.${randomUUID()}.part`;
    writeFileSync(partial, JSON.stringify({ token, fingerprint: SIGNAL_RULES_FINGERPRINT, summaries } satisfies CacheFile));
    renameSync(partial, file);
  } catch (error) {
    // A read-only or full disk only costs speed next time.
    console.warn('[doorlicht] signal cache not written:', (error as Error).message);
  }
}

// Per connection (a new start opens a new one and reads the file again, as a new process would).
const memo = new WeakMap<object, { path: string; token: string; lookup: SummaryLookup }>();

/** The cached summaries when they are known to be current, else null. */
export async function readCachedSummaries(db: SqlExecutor, dataDir: string): Promise<SummaryLookup | null> {
  const state = await db.get<{ token: string; stale: number }>('SELECT token, stale FROM signal_cache_state WHERE id = 1');
  if (!state || state.stale !== 0 || !state.token) return null;
  const path = join(dataDir, SIGNAL_CACHE_FILE);
  const known = memo.get(db);
  if (known && known.path === path && known.token === state.token) return known.lookup;
  let parsed: CacheFile;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8')) as CacheFile;
  } catch {
    return null;
  }
  if (parsed.token !== state.token || parsed.fingerprint !== SIGNAL_RULES_FINGERPRINT || typeof parsed.summaries !== 'object' || parsed.summaries === null) return null;
  const summaries = parsed.summaries;
  const lookup: SummaryLookup = (nr) => (Object.prototype.hasOwnProperty.call(summaries, nr) ? summaries[nr] : undefined);
  memo.set(db, { path, token: state.token, lookup });
  return lookup;
}
