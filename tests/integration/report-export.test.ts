import { formatDutchDate } from '../../main/reports/dutch-format';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listRatings } from '../../main/db/repositories/inspections';
import { isSmallCount } from '../../main/domain/suppression';
import { buildInspectionReport } from '../../main/reports/inspection-report';
import { gatherInspectionReportData, produceReport } from '../../main/services/reports';
import { flandersData } from '../../main/services/signals';
import { callOk, openTestServices, type TestServices } from '../helpers/services';
import { docxParagraphs } from '../helpers/docx-text';

/**
 * The demo inspections exported the way the lead inspector does it, and the
 * files opened as a reader would: poppler for the PDF, the XML of the docx.
 */
const poppler = spawnSync('sh', ['-c', 'command -v pdftotext']).status === 0;
if (!poppler && process.env.CI) throw new Error('pdftotext (poppler-utils) must be installed in CI');
const squash = (s: string) => s.replace(/\u00AD/g, '').replace(/\s+/g, ' ').trim();

let services: TestServices;
let dir: string;
let inspections: Array<{ id: string; status: string; schoolName: string }>;

beforeAll(async () => {
  services = await openTestServices({ seedDemo: true, actor: 'Ann Peeters' });
  dir = mkdtempSync(join(tmpdir(), 'doorlicht-export-'));
  inspections = await callOk(services.ctx, 'listInspections', {});
}, 120_000);
afterAll(async () => {
  await services?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function adviceOf(id: string): Promise<string | null> {
  const advice = await callOk<{ decision: { chosen: string } | null }>(services.ctx, 'getAdvice', { inspectionId: id });
  return advice.decision?.chosen ?? null;
}

async function pdfText(id: string): Promise<{ text: string; raw: string; pages: string[]; report: Awaited<ReturnType<typeof produceReport>> }> {
  const report = await produceReport(services.ctx, id, 'pdf');
  const file = join(dir, report.fileName);
  writeFileSync(file, report.bytes);
  const layout = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8' });
  // In drawing order, a table cell's lines stay together (the layout text interleaves the columns).
  const raw = execFileSync('pdftotext', ['-enc', 'UTF-8', '-raw', file, '-'], { encoding: 'utf8' });
  return { text: squash(layout), raw: squash(raw.replace(/\u00AD\n/g, '').replace(/-\n(?=\p{Ll})/gu, '')), pages: layout.split('\f').filter((p) => p.trim()), report };
}

describe.skipIf(!poppler)('the exported inspection report', () => {
  it('2B: tells what goes well, what must be fixed by when, why, and what the school may do', async () => {
    const ids = [];
    for (const i of inspections) if ((await adviceOf(i.id)) === '2B') ids.push(i.id);
    expect(ids).toHaveLength(1);
    const id = ids[0];
    const { text, raw, pages, report } = await pdfText(id);
    // The team by name and role, from the recorded authors.
    // The demo is written by its own fictitious team (never the account running it), with the role from the profile.
    expect(text).toContain('Inspectieteam An Peeters (hoofdinspecteur, leidt het team)');
    // The sections in the order of a published report.
    const order = ['Samenvatting', 'Samenvatting voor ouders', 'Bevindingen per domein', 'Redenen', 'Tekorten die de school moet wegwerken', 'Gevolgen', 'Rechten van de school', 'Wat deze inspectie niet onderzocht', 'Bijlage: bewijsbasis en werkwijze'];
    const body = text.slice(text.lastIndexOf('Werkwijze') > 0 ? text.indexOf('Samenvatting', text.indexOf('Werkwijze')) : 0);
    const positions = order.map((title) => body.indexOf(title));
    expect(positions.every((p) => p >= 0), JSON.stringify(positions)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // The tekorten listed are exactly the recorded binding ones (beneden with a text), with their deadline.
    const ratings = await listRatings(services.ctx.db, id);
    const binding = ratings.filter((r) => r.level === 'beneden' && r.shortcomings.trim());
    expect(binding.length).toBeGreaterThan(0);
    const rawBody = raw.slice(raw.indexOf('Samenvatting', raw.indexOf('Werkwijze')));
    const tekortTable = rawBody.slice(rawBody.indexOf('Tekorten die de school moet wegwerken'), rawBody.indexOf('Gevolgen'));
    for (const r of binding) expect(tekortTable).toContain(squash(r.shortcomings));
    for (const r of ratings.filter((x) => x.level !== 'beneden' && x.shortcomings.trim())) expect(tekortTable).not.toContain(squash(r.shortcomings));
    // Each tekort with its own recorded deadline.
    for (const r of binding) expect(tekortTable).toContain(`uiterlijk ${formatDutchDate(r.shortcomingDeadline!)}`);
    expect(body).toContain('Meerdere tekorten in klasmanagement of gedragsbeleid.');
    expect(body).toMatch(/uiterlijk op \d+ \w+ 20\d\d, schriftelijk melden welke feiten/);
    expect(body).toContain('ongunstig advies met de mogelijkheid om te verzoeken dat de procedure tot intrekking niet wordt opgestart');
    // Version and document identifier on the last page, as recorded beside the hash.
    const last = squash(pages[pages.length - 1]);
    expect(last).toContain(`versie ${report.version} (definitief)`);
    expect(last).toMatch(/Document: DL-\d+-[0-9a-f]{8}-D1/);
    expect(report.fileName).toMatch(/-definitief-v1\.pdf$/);
  }, 120_000);

  it('a draft gets another file name and says so on its last page', async () => {
    const draft = inspections.find((i) => i.status === 'on_site')!;
    const { pages, report } = await pdfText(draft.id);
    expect(report.fileName).toMatch(/-ontwerp-v1\.pdf$/);
    expect(squash(pages[pages.length - 1])).toMatch(/-O1 · versie 1 \(ontwerp\)/);
  }, 120_000);

  it('the docx lists the same tekorten, for 2A', async () => {
    let id = '';
    for (const i of inspections) if ((await adviceOf(i.id)) === '2A') id = i.id;
    const report = await produceReport(services.ctx, id, 'docx');
    const xml = await (await JSZip.loadAsync(report.bytes)).file('word/document.xml')!.async('string');
    const visible = squash(docxParagraphs(xml).join(' '));
    const ratings = await listRatings(services.ctx.db, id);
    for (const r of ratings.filter((x) => x.level === 'beneden' && x.shortcomings.trim())) expect(visible).toContain(squash(r.shortcomings));
    expect(visible).toContain('gunstig advies met de verplichting om te werken aan de tekorten');
  }, 120_000);

  it('states the terms the advice catalogue sets, for every decided demo advice', async () => {
    let decided = 0;
    for (const inspection of inspections) {
      const data = await gatherInspectionReportData(services.ctx, inspection.id);
      if (!data.advice) continue;
      decided++;
      expect(data.advice.terms.reactionDays).toBe(services.ctx.advice.reactionDays);
      const twoB = services.ctx.advice.advices.find((a) => a.code === '2B')!;
      expect(data.advice.terms).toMatchObject({ boardRequestDays: twoB.boardRequestDays, newInspectionMinDays: twoB.newInspectionMinDays });
      const all = buildInspectionReport(data).blocks.flatMap((b) => (b.kind === 'bulletList' ? b.items.map((i) => i.map((r) => r.text).join('')) : []));
      expect(all.join(' ')).toContain(`binnen ${services.ctx.advice.reactionDays} kalenderdagen`);
    }
    expect(decided).toBeGreaterThan(0);
  }, 120_000);

  it('draws the peer band of schools of the same level and form, as the school page computes it', async () => {
    const data = await gatherInspectionReportData(services.ctx, inspections[0].id);
    const { index } = await flandersData(services.ctx);
    const year = data.figures[data.figures.length - 1].schoolYear;
    const stats = index.peerStats(data.school.level, data.school.form, year, 'preventiveSuspensions')!;
    expect(data.peers?.preventiveSuspensions?.[year]).toEqual({ median: Math.round(stats.median * 100) / 100, p25: Math.round(stats.p25 * 100) / 100, p75: Math.round(stats.p75 * 100) / 100 });
    const bands = buildInspectionReport(data).blocks.filter((b) => b.kind === 'figure' && b.chart.band);
    expect(bands.length).toBeGreaterThan(0);
    for (const b of bands) if (b.kind === 'figure') expect(b.alt).toMatch(/vergelijkbare scholen/);
  }, 120_000);

  it('no small count can be recovered by subtracting published parts from totals, in any demo report', async () => {
    for (const inspection of inspections) {
      const doc = buildInspectionReport(await gatherInspectionReportData(services.ctx, inspection.id));
      for (const block of doc.blocks) {
        if (block.kind !== 'table') continue;
        const col = (name: string) => block.header.indexOf(name);
        const pairs = [
          [col('Boven Z-drempel'), col('Naar CLB (Z)')],
          [col('B-attesten'), col('Strenge clausulering')],
          [col('Bevraagd'), col('Ja')],
        ].filter(([a, b]) => a >= 0 && b >= 0);
        for (const row of block.rows) {
          for (const [total, part] of pairs) {
            const [t, p] = [row[total], row[part]].map((v) => Number(v.replace(/\./g, '')));
            if (Number.isFinite(t) && Number.isFinite(p)) expect(isSmallCount(t - p), `${inspection.schoolName} ${row[0]}: ${t} − ${p}`).toBe(false);
            for (const v of [t, p]) if (Number.isFinite(v)) expect(isSmallCount(v)).toBe(false);
          }
        }
      }
    }
  }, 120_000);
});
