import type { ServiceContext } from '../context';

/**
 * Automatic sync, in the main process (Electron main and browser mode alike),
 * never in a page: it runs while the program runs, whether or not a window is
 * open, and only one sync of a record runs at a time, however it was started.
 * The renderer only shows the state (syncStatus → auto).
 */
export const AUTO_SYNC_MINUTES = 5;

export interface AutoSyncState {
  /** Whether this program syncs by itself (false in the CLI and in tests that do not start it). */
  on: boolean;
  intervalMinutes: number;
  /** A sync is under way now (started by hand or by the schedule). */
  running: boolean;
  /** When the schedule tries next. */
  nextAt: string | null;
}

interface Schedule {
  intervalMs: number;
  nextAt: number | null;
}

const schedules = new WeakMap<ServiceContext, Schedule>();
const inFlight = new WeakMap<ServiceContext, Promise<unknown>>();

/**
 * Runs `work` after any sync of this record still under way, so that a click
 * on "Nu synchroniseren" during a scheduled sync waits for it instead of
 * pushing the same versions twice at once.
 */
export function oneSyncAtATime<T>(ctx: ServiceContext, work: () => Promise<T>): Promise<T> {
  const before = inFlight.get(ctx) ?? Promise.resolve();
  const mine = before.catch(() => {}).then(work);
  const settled = mine.catch(() => {});
  inFlight.set(ctx, settled);
  void settled.then(() => {
    if (inFlight.get(ctx) === settled) inFlight.delete(ctx);
  });
  return mine;
}

export function autoSyncState(ctx: ServiceContext): AutoSyncState {
  const schedule = schedules.get(ctx);
  return {
    on: Boolean(schedule),
    intervalMinutes: schedule ? schedule.intervalMs / 60_000 : AUTO_SYNC_MINUTES,
    running: inFlight.has(ctx),
    nextAt: schedule?.nextAt ? new Date(schedule.nextAt).toISOString() : null,
  };
}

export interface AutoSyncOptions {
  intervalMs?: number;
  /** A sync that failed for another reason than an unreachable server (that one is shown in the panel as a state). */
  log?: (message: string) => void;
}

/**
 * Syncs every few minutes while the record is enrolled; an unreachable server
 * is simply tried again at the next turn (syncNow records the state the panel
 * shows). Returns a function that stops the schedule.
 */
export function startAutomaticSync(ctx: ServiceContext, sync: (ctx: ServiceContext) => Promise<unknown>, enrolled: (ctx: ServiceContext) => Promise<boolean>, options: AutoSyncOptions = {}): () => void {
  const intervalMs = options.intervalMs ?? AUTO_SYNC_MINUTES * 60_000;
  const log = options.log ?? ((m: string) => console.error(m));
  const schedule: Schedule = { intervalMs, nextAt: Date.now() + intervalMs };
  schedules.set(ctx, schedule);
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const turn = async () => {
    try {
      // `sync` itself waits for any sync under way (oneSyncAtATime).
      if (await enrolled(ctx)) await sync(ctx);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code !== 'unavailable') log(`[doorlicht] automatic sync failed: ${(error as Error).message}`);
    } finally {
      if (!stopped) plan();
    }
  };
  const plan = () => {
    schedule.nextAt = Date.now() + intervalMs;
    timer = setTimeout(() => void turn(), intervalMs);
    // The schedule never keeps a program alive that is otherwise done.
    timer.unref();
  };
  plan();
  return () => {
    stopped = true;
    clearTimeout(timer);
    if (schedules.get(ctx) === schedule) schedules.delete(ctx);
  };
}
