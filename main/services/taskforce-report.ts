import { createHash } from 'node:crypto';
import type { ValidatedInput } from '../api/contract';
import { getSchool } from '../db/repositories/schools';
import { getInspection } from '../db/repositories/inspections';
import { listProgressReportExports, nextProgressReportVersion, recordProgressReportExport } from '../db/repositories/taskforce';
import { AppError } from '../api/envelope';
import { writeInspection } from './write/inspection-write';
import { fileNamePart } from './file-names';
import { renderChartSvg, SCREEN_CHART_FONT_FAMILY } from '../reports/charts';
import { REPORT_MIME_TYPES, type ReportFormat, renderReport } from '../reports';
import { goalProgressAltText, goalProgressChart } from '../reports/progress-chart';
import { buildProgressReport, isFinalProgressReport, type ProgressReportData } from '../reports/progress-report';
import { visitRecordsReportData } from '../reports/visit-records-section';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handler-types';
import { getReferral, requireReferral } from './taskforce';

async function gatherProgressReportData(ctx: ServiceContext, referralId: string): Promise<ProgressReportData> {
  const detail = await getReferral(ctx, { id: referralId });
  const { referral } = detail;
  const school = await getSchool(ctx.db, referral.instellingsnummer);
  const goalTitle = new Map(detail.goals.map((g) => [g.id, g.title]));
  const overdue = new Set(detail.overdueActionIds);
  return {
    school: { name: referral.schoolName, instellingsnummer: referral.instellingsnummer, municipality: school?.municipality ?? '' },
    demo: (await getInspection(ctx.db, referral.inspectionId))?.demo ?? false,
    referral,
    goals: detail.goals.map((g, i) => ({ ...g, timeline: detail.progress[i].timeline, trend: detail.progress[i].trend })),
    actions: detail.actions.map((a) => ({ ...a, goalTitle: a.goalId ? (goalTitle.get(a.goalId) ?? null) : null, overdue: overdue.has(a.id) })),
    visits: detail.visits.map((v) => ({ ...v, progress: v.progress.map((p) => ({ goalTitle: goalTitle.get(p.goalId) ?? '', level: p.level })) })),
    milestones: detail.milestones,
    visitRecords: visitRecordsReportData(detail),
    generatedAt: ctx.now().toISOString(),
  };
}

/** The goals' progress over the visits, drawn by the same definition as in the progress report. */
export async function getProgressChart(ctx: ServiceContext, input: ValidatedInput<'getProgressChart'>) {
  const data = await gatherProgressReportData(ctx, input.referralId);
  return { svg: renderChartSvg(goalProgressChart(data.goals), SCREEN_CHART_FONT_FAMILY), alt: goalProgressAltText(data.goals) };
}

/** The identifier printed on the last page: the school, the trajectory, draft (O) or final (D) and the export version. */
export function progressReportDocumentId(data: ProgressReportData, referralId: string, version: number): string {
  return `VR-${data.school.instellingsnummer}-${referralId.slice(0, 8)}-${isFinalProgressReport(data) ? 'D' : 'O'}${version}`;
}

function progressFileName(data: ProgressReportData, format: ReportFormat, version: number): string {
  const state = isFinalProgressReport(data) ? 'definitief' : 'ontwerp';
  return `${data.demo ? 'Demo-' : ''}Voortgangsrapport-${data.school.instellingsnummer}-${fileNamePart(data.school.name)}-${data.generatedAt.slice(0, 10)}-${state}-v${version}.${format}`;
}

/**
 * Renders the progress report and records the export with its hash (the CLI
 * uses this as is). `final` makes an interim report final while the guidance
 * runs; a closed trajectory's report is final anyway. The record goes through
 * the inspection's write path, so who made which version final, with its
 * hash, is in the inspection's audit; the document prints the version it was
 * recorded with (an export that takes the number meanwhile makes this one
 * render again with the next).
 */
export async function produceProgressReport(ctx: ServiceContext, referralId: string, format: ReportFormat, options: { final?: boolean } = {}) {
  const referral = await requireReferral(ctx, referralId);
  const gathered = { ...(await gatherProgressReportData(ctx, referralId)), final: options.final === true };
  const state = isFinalProgressReport(gathered) ? 'final' : 'draft';
  for (let attempt = 0; attempt < 5; attempt++) {
    const expected = await nextProgressReportVersion(ctx.db, referralId, format);
    const documentId = progressReportDocumentId(gathered, referralId, expected);
    const data: ProgressReportData = { ...gathered, exportInfo: { documentId, version: expected } };
    const bytes = await renderReport(buildProgressReport(data), format);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const fileName = progressFileName(data, format, expected);
    const version = await writeInspection(ctx, referral.inspectionId, 'follow_up', async (w) => {
      if ((await nextProgressReportVersion(w.tx, referralId, format)) !== expected) return null;
      const recorded = await recordProgressReportExport(w.tx, referralId, { format, fileName, sha256, bytes: bytes.length, createdAt: data.generatedAt, createdBy: w.author.name, state, documentId });
      await w.audit([{ entity: 'progress_report', entityId: documentId, field: 'export', oldValue: null, newValue: JSON.stringify({ referralId, format, version: recorded, state, sha256 }) }]);
      return recorded;
    });
    if (version !== null) return { fileName, mimeType: REPORT_MIME_TYPES[format], sha256, version, state, documentId, bytes };
  }
  throw new AppError('conflict', 'Intussen werden andere versies van dit voortgangsrapport geëxporteerd. Exporteer opnieuw.');
}

export async function exportProgressReport(ctx: ServiceContext, input: ValidatedInput<'exportProgressReport'>) {
  const { bytes, ...report } = await produceProgressReport(ctx, input.referralId, input.format, { final: input.final });
  return { ...report, size: bytes.length, base64: bytes.toString('base64') };
}

/** The progress report's export log: each version with draft or final, its document identifier and hash. */
export async function listProgressReports(ctx: ServiceContext, input: ValidatedInput<'listProgressReportExports'>) {
  await requireReferral(ctx, input.referralId);
  return listProgressReportExports(ctx.db, input.referralId);
}

export const taskforceReportHandlers = {
  getProgressChart,
  exportProgressReport,
  listProgressReportExports: listProgressReports,
} satisfies HandlerMap<'getProgressChart' | 'exportProgressReport' | 'listProgressReportExports'>;
