import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { openServices } from '../main/app/open-services';
import { DATABASE_FILE } from '../main/app/paths';
import { dispatch } from '../main/host/dispatch';
import type { ServiceContext } from '../main/services/context';
import { measure, type Measurement, ratio } from './measure';

const EVIDENCE = 500;
const OBSERVATIONS = 60;
/** The aim of the issue: the page's data in under 200 ms. */
const AIM_MS = 200;

async function ok(ctx: ServiceContext, name: string, input: unknown): Promise<any> {
  const result = await dispatch(ctx, name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value;
}

function rawAll(db: sqlite3.Database, sql: string, params: unknown[]): Promise<unknown[]> {
  return new Promise((resolve, reject) => db.all(sql, params, (err, rows) => (err ? reject(err) : resolve(rows))));
}

/**
 * Opening an inspection on site: getInspection + getOnsite through the
 * contract (framework parsed from its pinned text, entries decoded, all the
 * derived figures) against raw sqlite3 reading the same rows on its own
 * connection, for an inspection with 500 evidence items and 60 observations.
 */
export async function benchOnsite(runs = 30): Promise<{ rows: Measurement[]; lines: string[] }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'doorlicht-bench-onsite-'));
  const services = await openServices({ dataDir, seedDemo: true, actor: 'bench' });
  const raw = await new Promise<sqlite3.Database>((resolve, reject) => {
    const db = new sqlite3.Database(join(dataDir, DATABASE_FILE), sqlite3.OPEN_READONLY, (err) => (err ? reject(err) : resolve(db)));
  });
  try {
    const { ctx } = services;
    const [school] = await ok(ctx, 'listSchools', {});
    const inspection = await ok(ctx, 'createInspection', { instellingsnummer: school.instellingsnummer, type: 'full' });
    const indicators = ['km.1', 'km.2', 'km.3', 'km.4', 'tb.1', 'tb.2', 'ap.3', 'sc.responsiveness'];
    const sources = ['document_analysis', 'interview_pupils', 'interview_teachers', 'classroom_observation', 'data'];
    for (let i = 0; i < EVIDENCE; i++) {
      await ok(ctx, 'saveEvidence', {
        inspectionId: inspection.id,
        source: sources[i % sources.length],
        role: 'teacher',
        date: '2024-10-01',
        note: `Bewijsstuk ${i}: ${'notitie '.repeat(20)}`,
        indicatorIds: [indicators[i % indicators.length], indicators[(i + 3) % indicators.length]],
      });
    }
    for (let i = 0; i < OBSERVATIONS; i++) {
      await ok(ctx, 'saveObservation', {
        inspectionId: inspection.id,
        className: `${1 + (i % 6)}${'ABC'[i % 3]}`,
        subject: 'Wiskunde',
        observedAt: '2024-10-01T09:00',
        scores: { rust: 'volgens', routine: 'benadert', regelmaat: 'volgens', relatie: 'overstijgt' },
        notes: { rust: 'Rustige start.' },
        onTask: 8,
        offTask: 2,
      });
    }
    for (const id of indicators) await ok(ctx, 'saveRating', { inspectionId: inspection.id, indicatorId: id, level: 'volgens', motivation: 'm' });

    const params = [inspection.id];
    const baseline = await measure(`raw sqlite3: the same rows (${EVIDENCE} evidence, ${OBSERVATIONS} observations)`, runs, () =>
      Promise.all([
        rawAll(raw, 'SELECT i.*, s.name FROM inspections i JOIN schools s USING (instellingsnummer) WHERE i.id = ?', params),
        rawAll(raw, 'SELECT content FROM frameworks f JOIN inspections i ON i.framework_id = f.id AND i.framework_version = f.version WHERE i.id = ?', params),
        rawAll(raw, 'SELECT * FROM ratings WHERE inspection_id = ?', params),
        rawAll(raw, 'SELECT * FROM evidence WHERE inspection_id = ? AND deleted_at IS NULL', params),
        rawAll(raw, 'SELECT * FROM observations WHERE inspection_id = ? AND deleted_at IS NULL', params),
        rawAll(raw, 'SELECT * FROM disciplinary_files WHERE inspection_id = ?', params),
        rawAll(raw, 'SELECT * FROM survey_tallies WHERE inspection_id = ?', params),
        rawAll(raw, 'SELECT a.* FROM attachments a JOIN evidence e ON e.id = a.evidence_id WHERE e.inspection_id = ?', params),
        rawAll(raw, 'SELECT * FROM school_year_figures WHERE instellingsnummer = ?', [school.instellingsnummer]),
      ]),
    );
    const ours = await measure('Doorlicht: getInspection + getOnsite (contract)', runs, () =>
      Promise.all([ok(ctx, 'getInspection', { id: inspection.id }), ok(ctx, 'getOnsite', { inspectionId: inspection.id })]),
    );
    return {
      rows: [baseline, ours],
      lines: [
        `on-site open ratio (ours / raw): ${ratio(ours, baseline)}`,
        `on-site open median ${ours.medianMs.toFixed(1)} ms — aim under ${AIM_MS} ms: ${ours.medianMs < AIM_MS ? 'met' : 'NOT met'}`,
      ],
    };
  } finally {
    await new Promise((resolve) => raw.close(resolve));
    await services.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The markdown section for RESULTS.md. */
export async function onsiteSection(): Promise<string[]> {
  const result = await benchOnsite();
  return [
    '## On site: opening an inspection with 500 evidence items and 60 observations',
    '',
    '| measurement | runs | median (ms) | p90 (ms) |',
    '|---|---|---|---|',
    ...result.rows.map((m) => `| ${m.name} | ${m.runs} | ${m.medianMs.toFixed(2)} | ${m.p90Ms.toFixed(2)} |`),
    '',
    ...result.lines.map((l) => `- ${l}`),
    '',
  ];
}
