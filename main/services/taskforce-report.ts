import { currentActor } from './settings';
import { createHash } from 'node:crypto';
import type { ValidatedInput } from '../api/contract';
import { getSchool } from '../db/repositories/schools';
import { recordProgressReportExport } from '../db/repositories/taskforce';
import { renderChartSvg, SCREEN_CHART_FONT_FAMILY } from '../reports/charts';
import { REPORT_MIME_TYPES, type ReportFormat, renderReport } from '../reports';
import { goalProgressAltText, goalProgressChart } from '../reports/progress-chart';
import { buildProgressReport, type ProgressReportData } from '../reports/progress-report';
import { visitRecordsReportData } from '../reports/visit-records-section';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handler-types';
import { getReferral } from './taskforce';

async function gatherProgressReportData(ctx: ServiceContext, referralId: string): Promise<ProgressReportData> {
  const detail = await getReferral(ctx, { id: referralId });
  const { referral } = detail;
  const school = await getSchool(ctx.db, referral.instellingsnummer);
  const goalTitle = new Map(detail.goals.map((g) => [g.id, g.title]));
  const overdue = new Set(detail.overdueActionIds);
  return {
    school: { name: referral.schoolName, instellingsnummer: referral.instellingsnummer, municipality: school?.municipality ?? '' },
    referral,
    goals: detail.goals.map((g, i) => ({ ...g, timeline: detail.progress[i].timeline })),
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

/** Renders the progress report and records the export with its hash (the CLI uses this as is). */
export async function produceProgressReport(ctx: ServiceContext, referralId: string, format: ReportFormat) {
  const data = await gatherProgressReportData(ctx, referralId);
  const bytes = await renderReport(buildProgressReport(data), format);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const fileName = `Voortgangsrapport-${data.school.instellingsnummer}-${data.generatedAt.slice(0, 10)}.${format}`;
  const actor = await currentActor(ctx);
  const version = await ctx.db.transaction((tx) =>
    recordProgressReportExport(tx, referralId, { format, fileName, sha256, bytes: bytes.length, createdAt: data.generatedAt, createdBy: actor }),
  );
  return { fileName, mimeType: REPORT_MIME_TYPES[format], sha256, version, bytes };
}

export async function exportProgressReport(ctx: ServiceContext, input: ValidatedInput<'exportProgressReport'>) {
  const { bytes, ...report } = await produceProgressReport(ctx, input.referralId, input.format);
  return { ...report, size: bytes.length, base64: bytes.toString('base64') };
}

export const taskforceReportHandlers = {
  getProgressChart,
  exportProgressReport,
} satisfies HandlerMap<'getProgressChart' | 'exportProgressReport'>;
