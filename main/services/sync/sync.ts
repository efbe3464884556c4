import { hostname } from 'node:os';
import { AppError } from '../../api/envelope';
import type { ValidatedInput } from '../../api/contract';
import { centralRevs, countPending, forgetKnownInspection, knownInspections, recordCentralRevs, recordKnownInspection } from '../../db/repositories/central';
import { getStoredFramework } from '../../db/repositories/frameworks';
import { getInspection, listInspections } from '../../db/repositories/inspections';
import { upsertFigures, upsertSchools } from '../../db/repositories/schools';
import { demoSchoolsAmong } from '../demo';
import { getSetting, putSetting } from '../../db/repositories/settings';
import { syncKey } from '../../db/repositories/sync';
import { SYNC_TABLES } from '../../db/repositories/sync-tables';
import type { School, SchoolYearFigures } from '../../domain/school';
import type { ServiceContext } from '../context';
import { payloadOf } from '../exchange/export';
import { mergePayload } from '../exchange/import';
import type { PackagePayload } from '../exchange/payload';
import type { HandlerMap } from '../handler-types';
import { centralRequest, normalizeServer } from './client';
import { type FileTotals, receiveFiles, sendFiles } from './files';
import { forgetCredential, readCredential, writeCredential } from './credential';
import { type AutoSyncOptions, autoSyncState, oneSyncAtATime, startAutomaticSync } from './scheduler';
import type { PullResult, PushRequest, PushResult, SyncPayload, WhoAmI } from './protocol';

/**
 * A laptop's sync with Doorlicht Centraal: push the entry versions the centre
 * does not have, then pull what changed there, page by page. Both directions
 * are the exchange's payloads and merge (services/exchange), so a sync follows
 * the rules of a package. The sync point is recorded only after a page has
 * been merged: a cut anywhere means the next sync repeats, which changes nothing.
 */

const KEY = { server: 'central.server', deviceId: 'central.deviceId', user: 'central.user', cursor: 'central.cursor', schoolCursor: 'central.schoolCursor', figureCursor: 'central.figureCursor', lastSync: 'central.lastSync', lastError: 'central.lastError', lastErrorKind: 'central.lastErrorKind' } as const;
/** Inspections per push request: one server transaction each. */
const PUSH_INSPECTIONS = 20;
const SYNC_SOURCE = 'centrale server';

const revsOf = (heads: ReadonlyArray<{ rev: string }>) => heads.map((h) => h.rev).sort().join(',');

async function connection(ctx: ServiceContext) {
  const server = await getSetting(ctx.db, KEY.server);
  const credential = server ? readCredential(ctx) : null;
  if (!server || !credential) throw new AppError('conflict', 'Deze werkbank is nog niet aangemeld bij een centrale server (Instellingen → Centrale server).', 'server');
  return { server, credential };
}

/** Demo data is made up: it never leaves the laptop, so a record holding any (domain/demo.ts) cannot enrol. */
async function holdsDemoData(ctx: ServiceContext): Promise<boolean> {
  return Boolean(await ctx.db.get('SELECT 1 AS one FROM demo_marks LIMIT 1'));
}

export async function enrolDevice(ctx: ServiceContext, input: ValidatedInput<'enrolDevice'>) {
  const server = normalizeServer(input.server);
  if (await holdsDemoData(ctx)) {
    throw new AppError('conflict', 'Deze werkmap bevat demogegevens, die nooit naar de centrale server gaan. Verwijder ze eerst (Instellingen → Demogegevens) of meld aan vanuit een schone werkmap.', 'code');
  }
  if ((await getSetting(ctx.db, KEY.server)) && readCredential(ctx)) throw new AppError('conflict', 'Deze werkbank is al aangemeld; een ander toestel-id vraagt een schone werkmap.', 'code');
  const enrolled = await centralRequest<{ deviceId: string; credential: string; user: { name: string; role: WhoAmI['role'] } }>({ server }, 'POST', '/enrol', {
    code: input.code,
    label: hostname().slice(0, 200),
  });
  const at = ctx.now().toISOString();
  // The credential goes to its own file, never into the record (services/sync/credential.ts).
  writeCredential(ctx, enrolled.credential);
  try {
    await ctx.db.transaction(async (tx) => {
      await putSetting(tx, KEY.server, server, at);
      await putSetting(tx, KEY.deviceId, enrolled.deviceId, at);
      await putSetting(tx, KEY.user, JSON.stringify(enrolled.user), at);
    });
  } catch (error) {
    forgetCredential(ctx);
    throw error;
  }
  return { deviceId: enrolled.deviceId, server, name: enrolled.user.name, role: enrolled.user.role };
}

export async function syncStatus(ctx: ServiceContext) {
  const server = (await getSetting(ctx.db, KEY.server)) ?? null;
  const user = await getSetting(ctx.db, KEY.user);
  const lastSync = (await getSetting(ctx.db, KEY.lastSync)) ?? null;
  return {
    enrolled: Boolean(server),
    server,
    deviceId: (await getSetting(ctx.db, KEY.deviceId)) ?? null,
    user: user ? (JSON.parse(user) as { name: string; role: WhoAmI['role'] }) : null,
    lastSync,
    lastError: (await getSetting(ctx.db, KEY.lastError)) || null,
    /** 'unreachable' (no network, server down: try again later) or 'refused' (revoked device, bad request: needs someone). */
    lastErrorKind: ((await getSetting(ctx.db, KEY.lastErrorKind)) || null) as 'unreachable' | 'refused' | null,
    pending: server ? await countPending(ctx.db, lastSync) : 0,
    /** The main process's schedule: on or off, under way, when next (the page only shows it). */
    auto: autoSyncState(ctx),
  };
}

async function role(ctx: ServiceContext): Promise<WhoAmI['role']> {
  return (JSON.parse((await getSetting(ctx.db, KEY.user)) ?? '{}') as { role?: WhoAmI['role'] }).role ?? 'inspector';
}

/** One inspection's entries the centre does not have yet (the inspection's own entry always, so the centre can place it). */
async function pendingPayload(ctx: ServiceContext, inspectionId: string, taskforce: boolean): Promise<{ payload: PackagePayload; revs: Array<{ entity: string; id: string; revs: string }> } | null> {
  return ctx.db.transaction(async (tx) => {
    const inspection = (await getInspection(tx, inspectionId))!;
    const referral = await tx.get<{ id: string }>('SELECT id FROM taskforce_referrals WHERE inspection_id = ? ORDER BY id LIMIT 1', [inspectionId]);
    if (taskforce && !referral) return null;
    const tables = taskforce ? SYNC_TABLES.filter((t) => t.referral !== null) : SYNC_TABLES;
    const full = await payloadOf(tx, inspection, taskforce ? 'referral' : 'inspection', taskforce ? referral!.id : null, tables);
    const known = await centralRevs(tx, inspectionId);
    const status = (await knownInspections(tx)).get(inspectionId)?.status;
    const entries = full.entries.filter((e) => known.get(syncKey(e.entity, e.id)) !== revsOf(e.heads));
    if (!entries.length && status === inspection.status) return null;
    const own = full.entries.find((e) => e.entity === 'inspection');
    if (own && !entries.includes(own)) entries.unshift(own);
    return { payload: { ...full, entries }, revs: entries.map((e) => ({ entity: e.entity, id: e.id, revs: revsOf(e.heads) })) };
  });
}

async function push(ctx: ServiceContext, conn: { server: string; credential: string }): Promise<PushResult> {
  const total: PushResult = { accepted: 0, same: 0, conflicts: 0, refused: 0 };
  const taskforce = (await role(ctx)) === 'taskforce';
  // Demo data never leaves the laptop: neither the example inspections nor anything on a made-up school.
  const all = await listInspections(ctx.db);
  const demoSchools = await demoSchoolsAmong(ctx.db, all.map((i) => i.instellingsnummer));
  const ids = all.filter((i) => !i.demo && !demoSchools.has(i.instellingsnummer)).map((i) => i.id);
  for (let start = 0; start < ids.length; start += PUSH_INSPECTIONS) {
    const batch: Array<{ payload: PackagePayload; revs: Array<{ entity: string; id: string; revs: string }> }> = [];
    for (const id of ids.slice(start, start + PUSH_INSPECTIONS)) {
      const pending = await pendingPayload(ctx, id, taskforce);
      if (pending) batch.push(pending);
    }
    if (!batch.length) continue;
    // The framework's text goes along only with an inspection the centre has never had from here (it stores each framework once).
    const known = await knownInspections(ctx.db);
    const frameworks = new Map(batch.filter(({ payload: p }) => !known.has(p.inspectionId)).map(({ payload: p }) => [`${p.framework.id}\u0000${p.framework.version}`, p.framework]));
    const request: PushRequest = {
      frameworks: [...frameworks.values()],
      payloads: batch.map(({ payload: { framework, ...rest } }) => ({ ...rest, framework: { id: framework.id, version: framework.version, sha256: framework.sha256 } })),
    };
    const result = await centralRequest<PushResult>(conn, 'POST', '/push', request);
    for (const k of Object.keys(total) as Array<keyof PushResult>) total[k] += result[k];
    // Only now, after the centre committed the batch, are these versions the centre's.
    await ctx.db.transaction(async (tx) => {
      for (const { payload, revs } of batch) {
        await recordCentralRevs(tx, payload.inspectionId, revs);
        await recordKnownInspection(tx, payload.inspectionId, { status: payload.inspectionStatus });
      }
    });
  }
  return total;
}

async function fullPayload(ctx: ServiceContext, page: PullResult, p: SyncPayload): Promise<PackagePayload> {
  const text = page.frameworks.find((f) => f.id === p.framework.id && f.version === p.framework.version) ?? (await getStoredFramework(ctx.db, p.framework.id, p.framework.version));
  if (!text || text.sha256 !== p.framework.sha256) throw new AppError('conflict', `${SYNC_SOURCE}: referentiekader ${p.framework.id} ${p.framework.version} ontbreekt of verschilt.`, 'server');
  return { ...p, framework: { id: text.id, version: text.version, sha256: text.sha256, content: text.content } };
}

interface PullTotals {
  pulled: number;
  conflicts: number;
  schools: number;
  figures: number;
  /** Inspections whose incoming changes this laptop refused (a final record, a rule), with the reason. */
  refused: Array<{ inspectionId: string; message: string }>;
}

async function pull(ctx: ServiceContext, conn: { server: string; credential: string }): Promise<PullTotals> {
  const totals: PullTotals = { pulled: 0, conflicts: 0, schools: 0, figures: 0, refused: [] };
  for (let pages = 0; pages < 100_000; pages += 1) {
    const known = await knownInspections(ctx.db);
    const request = {
      cursor: Number((await getSetting(ctx.db, KEY.cursor)) ?? 0),
      schoolCursor: Number((await getSetting(ctx.db, KEY.schoolCursor)) ?? 0),
      figureCursor: Number((await getSetting(ctx.db, KEY.figureCursor)) ?? 0),
      known: Object.fromEntries([...known].map(([id, k]) => [id, k.floor])),
    };
    const page = await centralRequest<PullResult>(conn, 'POST', '/pull', request);
    // Schools and figures with their cursors in one transaction: a cut repeats the page, which changes nothing.
    const at = ctx.now().toISOString();
    await ctx.db.transaction(async (tx) => {
      if (page.schools.length) await upsertSchools(tx, page.schools as unknown as School[]);
      if (page.figures?.length) await upsertFigures(tx, page.figures as unknown as SchoolYearFigures[]);
      await putSetting(tx, KEY.schoolCursor, String(page.schoolCursor), at);
      if (page.figureCursor !== undefined) await putSetting(tx, KEY.figureCursor, String(page.figureCursor), at);
    });
    totals.schools += page.schools.length;
    totals.figures += page.figures?.length ?? 0;
    const delivered = new Set(page.delivered);
    for (const p of page.payloads) {
      try {
        const merged = await mergePayload(ctx, await fullPayload(ctx, page, p), {
          fileName: SYNC_SOURCE, origin: `synchronisatie met ${conn.server}`, author: SYNC_SOURCE, createdAt: ctx.now().toISOString(),
          packageId: `sync-${page.asOf}`, sha256: '0'.repeat(64), bytes: 0, encrypted: false,
        });
        totals.pulled += merged.added + merged.updated + merged.conflicts;
        totals.conflicts += merged.conflicts;
        await ctx.db.transaction(async (tx) => {
          await recordCentralRevs(tx, p.inspectionId, p.entries.map((e) => ({ entity: e.entity, id: e.id, revs: revsOf(e.heads) })));
          await recordKnownInspection(tx, p.inspectionId, { floor: delivered.has(p.inspectionId) ? page.asOf : undefined, status: p.inspectionStatus });
        });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        totals.refused.push({ inspectionId: p.inspectionId, message: error.message });
        // Not known any more: once the cause is gone (the record reopened), the next sync brings it whole.
        await ctx.db.transaction((tx) => forgetKnownInspection(tx, p.inspectionId));
      }
    }
    await ctx.db.transaction((tx) => putSetting(tx, KEY.cursor, String(page.cursor), at));
    if (!page.more) break;
  }
  return totals;
}

/** "Nu synchroniseren" (by hand or on the schedule): push, then pull; says what moved. One at a time per record. */
export function syncNow(ctx: ServiceContext) {
  return oneSyncAtATime(ctx, () => syncOnce(ctx));
}

/** The schedule of the main process (Electron and browser mode): every few minutes while enrolled. */
export function startSyncSchedule(ctx: ServiceContext, options?: AutoSyncOptions): () => void {
  return startAutomaticSync(ctx, syncNow, async (c) => Boolean(await getSetting(c.db, KEY.server)), options);
}

async function syncOnce(ctx: ServiceContext) {
  const conn = await connection(ctx);
  try {
    const files: FileTotals = { sent: 0, received: 0, failed: [] };
    const pushed = await push(ctx, conn);
    // Files after their rows: the centre takes a file only once a row naming it is there.
    await sendFiles(ctx, conn, files);
    const pulled = await pull(ctx, conn);
    await receiveFiles(ctx, conn, files);
    const at = ctx.now().toISOString();
    await ctx.db.transaction(async (tx) => {
      await putSetting(tx, KEY.lastSync, at, at);
      await putSetting(tx, KEY.lastError, '', at);
    });
    return { pushed: pushed.accepted + pushed.conflicts, pushRefused: pushed.refused, pulled: pulled.pulled, conflicts: pushed.conflicts + pulled.conflicts, schools: pulled.schools, figures: pulled.figures, refused: pulled.refused, filesSent: files.sent, filesReceived: files.received, fileErrors: files.failed, at };
  } catch (error) {
    const unreachable = error instanceof AppError && error.code === 'unavailable';
    await ctx.db
      .transaction(async (tx) => {
        await putSetting(tx, KEY.lastError, (error as Error).message, ctx.now().toISOString());
        await putSetting(tx, KEY.lastErrorKind, unreachable ? 'unreachable' : 'refused', ctx.now().toISOString());
      })
      .catch(() => {});
    throw error;
  }
}

export async function whoAmI(ctx: ServiceContext): Promise<WhoAmI> {
  return centralRequest<WhoAmI>(await connection(ctx), 'GET', '/me');
}

export const syncHandlers = {
  enrolDevice,
  syncStatus: (ctx) => syncStatus(ctx),
  syncNow: (ctx) => syncNow(ctx),
} satisfies HandlerMap<'enrolDevice' | 'syncStatus' | 'syncNow'>;
