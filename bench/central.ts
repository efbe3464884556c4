import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { loadavg } from 'node:os';
import { revisionId } from '../main/domain/exchange/revisions';
import { SYNC_TABLE_BY_ENTITY } from '../main/db/repositories/sync-tables';
import { PACKAGE_SCHEMA_VERSION } from '../main/exchange/container';
import { centralRequest } from '../main/services/sync/client';
import type { PullResult, PushRequest, SyncPayload } from '../main/services/sync/protocol';
import { enrol } from '../central/accounts';
import { generateDemoData } from '../main/demo/generate';
import { postgresReachable, startCentral } from '../tests/helpers/central';
import { concurrentPulls, firstSync } from './central-load';

/**
 * Doorlicht Centraal's push and pull through the real HTTP API (JSON, device
 * credential, the exchange merge, access conditions) against the floor any
 * sync server on PostgreSQL pays: raw `pg` batched inserts of the same rows,
 * and a plain SELECT of them, in the same run on the same database.
 * BENCH_CENTRAL_INSPECTIONS × BENCH_CENTRAL_ENTRIES (default 60 × 2,000; the
 * issue's full scale, 600 × 2,000, with BENCH_CENTRAL_SCALE=full, alone:
 * `npm run bench -- central`). Payloads are made per request, outside the
 * timed parts, so memory stays that of one request at any scale.
 */
const FULL = process.env.BENCH_CENTRAL_SCALE === 'full';
const INSPECTIONS = Number(process.env.BENCH_CENTRAL_INSPECTIONS ?? (FULL ? 600 : 60));
const ENTRIES = Number(process.env.BENCH_CENTRAL_ENTRIES ?? 2_000);
/** Rows per page of the baseline SELECT: what one pull page carries (25 new inspections whole, central/pull.ts). */
const BASELINE_PAGE = 25 * ENTRIES;
const PER_REQUEST = 20;
const SCHOOL = generateDemoData().schools[0];
const FRAMEWORK = { id: 'bench', version: '1', content: '{"bench":true}' };

const FRAMEWORK_SHA = createHash('sha256').update(FRAMEWORK.content).digest('hex');

/** Inspections `from` up to `to` (exclusive) as sync payloads. */
function payloads(from: number, to: number): SyncPayload[] {
  const shape = SYNC_TABLE_BY_ENTITY.get('observation')!.shape;
  const sha256 = FRAMEWORK_SHA;
  return Array.from({ length: Math.min(to, INSPECTIONS) - from }, (_, k) => {
    const i = from + k;
    const inspectionId = `bench-${i}`;
    const inspection = { id: inspectionId, instellingsnummer: SCHOOL.instellingsnummer, framework_id: FRAMEWORK.id, framework_version: FRAMEWORK.version, status: 'on_site', updated_at: '2027-03-01T08:00:00.000Z' };
    const entries = [{ entity: 'inspection', id: JSON.stringify([inspectionId]), heads: [{ rev: revisionId(SYNC_TABLE_BY_ENTITY.get('inspection')!.shape, inspection, []), history: [], record: inspection }] }];
    for (let e = 1; e < ENTRIES; e += 1) {
      const record = { id: `${inspectionId}-o${e}`, inspection_id: inspectionId, class_name: `${e % 7}A`, subject: 'wiskunde', notes: `Waarneming ${e} in de klas, rustige start en duidelijke afspraken.`, on_task: e % 30, off_task: e % 5, deleted_at: null, updated_at: '2027-03-01T09:00:00.000Z', updated_by: 'Bench' };
      entries.push({ entity: 'observation', id: JSON.stringify([record.id]), heads: [{ rev: revisionId(shape, record, []), history: [], record: record as never }] });
    }
    return {
      schemaVersion: PACKAGE_SCHEMA_VERSION, kind: 'inspection', inspectionId, referralId: null, inspectionStatus: 'on_site',
      school: { ...SCHOOL }, framework: { id: FRAMEWORK.id, version: FRAMEWORK.version, sha256 }, entries,
    } as SyncPayload;
  });
}


/** The same entries under another inspection id (a second team's copy for the load step). */
function relabel(p: SyncPayload, inspectionId: string): SyncPayload['entries'] {
  return p.entries.map((e) => {
    const heads = e.heads.map((h) => ({ ...h, record: { ...h.record, ...(e.entity === 'inspection' ? { id: inspectionId } : { inspection_id: inspectionId, id: `load-${h.record.id}` }) } }));
    return { entity: e.entity, id: JSON.stringify([heads[0].record.id]), heads };
  });
}

/**
 * A push, sent again once if the connection was reset before an answer: a kept-alive socket the server
 * closed while the next batch was being made. A push is idempotent, so the repeat changes nothing.
 */
async function pushOnce(conn: { server: string; credential: string }, request: PushRequest): Promise<{ accepted: number }> {
  try {
    return await centralRequest<{ accepted: number }>(conn, 'POST', '/push', request);
  } catch (error) {
    if ((error as { code?: string }).code !== 'unavailable') throw error;
    return centralRequest<{ accepted: number }>(conn, 'POST', '/push', request);
  }
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

/** The section's title names its scale, so the default and the full-scale runs each keep their own section in RESULTS.md. */
export const CENTRAL_TITLE = `## Central: push and pull against raw PostgreSQL (${FULL ? 'full scale' : 'default scale'})`;

/** Sums the time of `measure` only, over every batch of PER_REQUEST inspections (made outside the clock). */
async function perBatch(measure: (batch: SyncPayload[], first: boolean) => Promise<unknown>): Promise<{ ms: number }> {
  let ms = 0;
  for (let s = 0; s < INSPECTIONS; s += PER_REQUEST) {
    const batch = payloads(s, s + PER_REQUEST);
    const start = performance.now();
    await measure(batch, s === 0);
    ms += performance.now() - start;
  }
  return { ms };
}

export async function centralSection(): Promise<string[]> {
  const title = [CENTRAL_TITLE, ''];
  const problem = await postgresReachable();
  if (problem) return [...title, `Skipped: PostgreSQL not reachable (${problem}).`, ''];
  const central = await startCentral({ schools: 1 });
  try {
    const { userId, code } = await central.user({ name: 'Bench Lead', role: 'lead', teams: ['Bench'] });
    void userId;
    const device = await enrol(central.pool, code, 'bench');
    const conn = { server: central.url, credential: device.credential };
    const rows = INSPECTIONS * ENTRIES;

    // Baseline: the same rows, the same JSON text, one batched INSERT per inspection, in transactions of PER_REQUEST inspections.
    await central.pool.query('CREATE TABLE raw_entries (inspection_id TEXT, entity TEXT, entity_id TEXT, heads JSONB, seq BIGSERIAL, PRIMARY KEY (inspection_id, entity, entity_id))');
    const rawPush = await perBatch(async (batch) => {
      const client = await central.pool.connect();
      try {
        await client.query('BEGIN');
        for (const p of batch) {
          await client.query('INSERT INTO raw_entries (inspection_id, entity, entity_id, heads) SELECT $1, * FROM unnest($2::text[], $3::text[], $4::jsonb[])', [
            p.inspectionId, p.entries.map((e) => e.entity), p.entries.map((e) => e.id), p.entries.map((e) => JSON.stringify(e.heads)),
          ]);
        }
        await client.query('COMMIT');
      } finally {
        client.release();
      }
    });
    const push = await perBatch(async (batch, first) => {
      const request: PushRequest = { frameworks: first ? [{ ...FRAMEWORK, sha256: FRAMEWORK_SHA }] : [], payloads: batch };
      await pushOnce(conn, request);
    });
    let accepted = 0;
    const repush = await perBatch(async (batch) => {
      accepted += (await pushOnce(conn, { frameworks: [], payloads: batch })).accepted;
    });
    const repushed = { ...repush, value: accepted };
    // Baseline: the same rows read back in pages of what one pull page carries (keyset, by the primary key).
    const rawPull = await timed(async () => {
      let read = 0;
      let after: [string, string, string] = ['', '', ''];
      for (;;) {
        const { rows: page } = await central.pool.query<{ inspection_id: string; entity: string; entity_id: string }>(
          'SELECT inspection_id, entity, entity_id, heads FROM raw_entries WHERE (inspection_id, entity, entity_id) > ($1, $2, $3) ORDER BY inspection_id, entity, entity_id LIMIT $4',
          [...after, BASELINE_PAGE],
        );
        read += page.length;
        if (page.length < BASELINE_PAGE) return read;
        const last = page[page.length - 1];
        after = [last.inspection_id, last.entity, last.entity_id];
      }
    });
    const pull = await timed(async () => {
      let cursor = 0;
      let known: Record<string, number> = {};
      let entries = 0;
      for (;;) {
        const page = await centralRequest<PullResult>(conn, 'POST', '/pull', { cursor, schoolCursor: 0, known });
        entries += page.payloads.reduce((n, p) => n + p.entries.length, 0);
        known = { ...known, ...Object.fromEntries(page.delivered.map((id) => [id, page.asOf])) };
        cursor = page.cursor;
        if (!page.more) return entries;
      }
    });
    const rate = (ms: number) => Math.round(rows / (ms / 1000)).toLocaleString('en');
    return [
      ...title,
      `${INSPECTIONS} inspections × ${ENTRIES} entry versions (${rows.toLocaleString('en')} rows), ${PER_REQUEST} inspections per request/transaction, HTTP on loopback; load average ${loadavg()[0].toFixed(1)}.`,
      '',
      '| step | ms | rows/s | share of the baseline rate (≥ 0.33 wanted) |',
      '|---|---|---|---|',
      `| raw pg batched INSERT (baseline) | ${rawPush.ms.toFixed(0)} | ${rate(rawPush.ms)} | 1 |`,
      `| push through the API | ${push.ms.toFixed(0)} | ${rate(push.ms)} | ${(rawPush.ms / push.ms).toFixed(2)} |`,
      `| push again (idempotent: ${repushed.value} accepted) | ${repush.ms.toFixed(0)} | ${rate(repush.ms)} | ${(rawPush.ms / repush.ms).toFixed(2)} |`,
      `| plain SELECT of the rows, pages of ${BASELINE_PAGE.toLocaleString('en')} (baseline) | ${rawPull.ms.toFixed(0)} | ${rate(rawPull.ms)} | 1 |`,
      `| pull through the API (${pull.value} entries, first sync) | ${pull.ms.toFixed(0)} | ${rate(pull.ms)} | ${(rawPull.ms / pull.ms).toFixed(2)} |`,
      '',
      // The first sync and the 50 laptops do not depend on this scale: measured in the default run's section.
      ...(FULL ? [] : await firstSync(central)),
      ...(FULL ? [] : await concurrentPulls(central, payloads(0, 10).map((p) => ({ ...p, inspectionId: `load-${p.inspectionId}`, entries: relabel(p, `load-${p.inspectionId}`) })), { ...FRAMEWORK, sha256: FRAMEWORK_SHA })),
      '',
    ];
  } finally {
    await central.close();
  }
}

if (process.argv[1]?.endsWith('central.ts')) centralSection().then((lines) => console.log(lines.join('\n')));
