import { createHash } from 'node:crypto';
import type { ValidatedInput } from '../api/contract';
import { getFigures } from '../db/repositories/schools';
import { listRatings } from '../db/repositories/inspections';
import { listReportExports, nextReportExportVersion, recordReportExport } from '../db/repositories/report-exports';
import { AppError } from '../api/envelope';
import { currentActor } from './settings';
import type { AdviceCatalogue, AdviceCode } from '../domain/advice/catalogue';
import { authorRoles } from '../db/repositories/changes';
import { isProfileRole, REPORT_ROLE_NL } from '../domain/people';
import { renderChartSvg, SCREEN_CHART_FONT_FAMILY } from '../reports/charts';
import { chartAltText, DISCIPLINARY_MEASURES, disciplinaryRatesChart, type PeerRates } from '../reports/figure-charts';
import type { School } from '../domain/school';
import { REPORT_MIME_TYPES, type ReportFormat, renderReport } from '../reports';
import { buildInspectionReport } from '../reports/inspection-report';
import type { InspectionReportData } from '../reports/inspection-data';
import { adviceDefinition } from '../domain/advice/catalogue';
import { EVIDENCE_SOURCES } from '../domain/framework';
import { CLIMATE_NL, consequenceSentencesNl, EVIDENCE_SOURCE_NL, SURVEY_QUESTION_NL } from '../reports/labels-nl';
import { getAdvice } from './advice';
import type { ServiceContext } from './context';
import { getOnsite } from './onsite';
import { flandersData } from './signals';
import type { HandlerMap } from './handler-types';
import { requireInspection } from './inspections';
import { requireSchool } from './schools';
import { fileNamePart } from './file-names';
import { reportPhotos } from './report-photos';
import { englishAltText, ratesChartInEnglish } from './chart-language';

/** Gathers what the inspection report shows, in Dutch, from the record. */
export async function gatherInspectionReportData(ctx: ServiceContext, inspectionId: string): Promise<InspectionReportData> {
  const inspection = await requireInspection(ctx, inspectionId, 'inspectionId');
  const school = await requireSchool(ctx, inspection.instellingsnummer);
  const framework = await ctx.frameworks.pinned(ctx.db, inspection.frameworkId, inspection.frameworkVersion);
  const ratings = new Map((await listRatings(ctx.db, inspection.id)).map((r) => [r.indicatorId, r]));
  const [onsite, advice] = await Promise.all([getOnsite(ctx, { inspectionId: inspection.id }), getAdvice(ctx, { inspectionId: inspection.id })]);
  const entries = [...onsite.evidence, ...onsite.observations, ...onsite.files, ...onsite.tallies];
  const decided = advice.decision ? adviceDefinition(ctx.advice, advice.decision.chosen) : null;
  const titles = new Map(framework.domains.flatMap((d) => d.indicators.map((i) => [i.id, i.title.nl] as const)));
  const evidencePerIndicator = new Map<string, number>();
  for (const item of onsite.evidence) for (const id of item.indicatorIds) evidencePerIndicator.set(id, (evidencePerIndicator.get(id) ?? 0) + 1);
  // The last day on site: the latest evidence or lesson observation.
  const siteDays = [...onsite.evidence.map((e) => e.date), ...onsite.observations.map((o) => o.observedAt)].map((d) => d.slice(0, 10)).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
  const sources = new Map<string, number>();
  for (const item of onsite.evidence) sources.set(item.source, (sources.get(item.source) ?? 0) + 1);
  const { summary } = onsite;
  return {
    school,
    figures: await getFigures(ctx.db, school.instellingsnummer),
    inspection: {
      id: inspection.id,
      type: inspection.type,
      status: inspection.status,
      demo: inspection.demo,
      startDate: inspection.startDate,
      frameworkTitle: framework.title.nl,
      frameworkVersion: framework.version,
      endDate: siteDays.length ? siteDays.reduce((a, b) => (a > b ? a : b)) : null,
      team: reportTeam({
        lead: advice.decision?.decidedBy ?? inspection.createdBy,
        authors: [inspection.createdBy, ...[...ratings.values()].map((r) => r.updatedBy), ...entries.flatMap((e) => [e.createdBy, e.updatedBy])],
        roles: await authorRoles(ctx.db, inspection.id),
      }),
    },
    notExamined: framework.domains.filter((d) => !inspection.focusDomains.includes(d.id)).map((d) => d.title.nl),
    domains: framework.domains
      .filter((d) => inspection.focusDomains.includes(d.id))
      .map((d) => ({
        id: d.id,
        title: d.title.nl,
        indicators: d.indicators.map((i) => {
          const r = ratings.get(i.id);
          return {
            id: i.id,
            title: i.title.nl,
            rating: r?.level ?? null,
            evidenceCount: evidencePerIndicator.get(i.id) ?? 0,
            motivation: r?.motivation ?? '',
            strengths: r?.strengths ?? '',
            opportunities: r?.opportunities ?? '',
            shortcomings: r?.shortcomings ?? '',
            shortcomingDeadline: r?.shortcomingDeadline ?? null,
            recommendations: r?.recommendations ?? '',
          };
        }),
      })),
    signals: await reportSignals(ctx, school.instellingsnummer),
    peers: await reportPeers(ctx, school),
    climate: summary.climate ? { quadrant: CLIMATE_NL[summary.climate].name, explanation: CLIMATE_NL[summary.climate].explanation } : null,
    disciplinarySample: summary.sample.files > 0 ? { files: summary.sample.files, compliant: summary.sample.compliant, shortfalls: summary.sample.shortfalls } : null,
    classroom: onsite.observations.length ? { observations: onsite.observations.length, onTask: summary.timeOnTask.onTask, sweeps: summary.timeOnTask.total } : null,
    surveys: summary.surveys.map((s) => ({ label: SURVEY_QUESTION_NL[s.question], yes: s.agree, total: s.respondents })),
    advice:
      advice.decision && decided
        ? {
            code: decided.code,
            label: decided.label.nl,
            summary: decided.summary.nl,
            proposedLabel: adviceDefinition(ctx.advice, advice.proposal.advice).label.nl,
            reasons: advice.proposal.reasons.map((reason) => withIndicatorTitles(reason, titles)),
            departsFromProposal: advice.decision.chosen !== advice.decision.proposed,
            regulation: Object.fromEntries(ctx.advice.advices.map((a) => [a.code, a.regulation.nl])) as Record<AdviceCode, string>,
            terms: adviceTerms(ctx.advice),
            motivation: advice.decision.motivation,
            reportDate: advice.decision.reportDate,
            consequences: consequenceSentencesNl(advice.consequences),
            boardDeadline: advice.consequences.boardDeadline,
            earliestNewInspection: advice.consequences.earliestNewInspection,
            nextRegularInspection: advice.consequences.nextRegularInspection,
            guidanceObliged: advice.consequences.guidanceObliged,
          }
        : null,
    evidence: EVIDENCE_SOURCES.map((source) => ({ source: EVIDENCE_SOURCE_NL[source], count: sources.get(source) ?? 0 })),
    photos: reportPhotos(ctx, onsite.attachments, onsite.evidence, (source) => EVIDENCE_SOURCE_NL[source as keyof typeof EVIDENCE_SOURCE_NL] ?? source),
    generatedAt: ctx.now().toISOString(),
  };
}

/** The terms the report states, from the advice catalogue: one place for each rule. */
export function adviceTerms(catalogue: AdviceCatalogue): NonNullable<InspectionReportData['advice']>['terms'] {
  const twoB = adviceDefinition(catalogue, '2B');
  return { reactionDays: catalogue.reactionDays, boardRequestDays: twoB.boardRequestDays, newInspectionMinDays: twoB.newInspectionMinDays };
}

/**
 * The team on the cover: the names the inspectors' profiles recorded on the
 * inspection's changes (never the computer's account), each once, with the
 * role their profile gave; the one who decided the advice (or opened the
 * inspection) leads the team.
 */
export function reportTeam(input: { lead: string; authors: readonly string[]; roles?: ReadonlyMap<string, string> }): Array<{ name: string; role: string }> {
  const names = [...new Set([input.lead, ...input.authors].map((n) => n.trim()).filter((n) => n !== ''))];
  return names.map((name, i) => {
    const recorded = input.roles?.get(name);
    const role = isProfileRole(recorded) ? REPORT_ROLE_NL[recorded] : i === 0 ? 'hoofdinspecteur' : 'inspecteur';
    return { name, role: i === 0 && name === input.lead.trim() ? `${role}, leidt het team` : role };
  });
}

/** The proposal's reasons name indicators by id ("(km.1, km.2)"); the report names them by title. */
function withIndicatorTitles(reason: string, titles: ReadonlyMap<string, string>): string {
  return reason.replace(/ \(([^()]+)\)/g, (group, list: string) => {
    const ids = list.split(',').map((id) => id.trim());
    return ids.every((id) => titles.has(id)) ? `: ${ids.map((id) => `“${titles.get(id)}”`).join(', ')}` : group;
  });
}

function fileNameFor(data: InspectionReportData, format: ReportFormat, version: number): string {
  const state = data.inspection.status === 'final' ? 'definitief' : 'ontwerp';
  return `${data.inspection.demo ? 'Demo-' : ''}Verslag-${data.school.instellingsnummer}-${fileNamePart(data.school.name)}-${data.inspection.startDate}-${state}-v${version}.${format}`;
}

/** The identifier printed on the last page: the school, the inspection, draft (O) or final (D) and the export version. */
export function reportDocumentId(data: InspectionReportData, version: number): string {
  return `DL-${data.school.instellingsnummer}-${data.inspection.id.slice(0, 8)}-${data.inspection.status === 'final' ? 'D' : 'O'}${version}`;
}

/** Renders the inspection report and records the export with its hash (used by the CLI as is). */
export async function produceReport(ctx: ServiceContext, inspectionId: string, format: ReportFormat) {
  const gathered = await gatherInspectionReportData(ctx, inspectionId);
  const author = await currentActor(ctx);
  // The document prints its version. Another export that takes the number meanwhile (two at once) makes this
  // one render again with the next number, so the printed version is always the recorded one.
  for (let attempt = 0; attempt < 5; attempt++) {
    const expected = await nextReportExportVersion(ctx.db, inspectionId, format);
    const data: InspectionReportData = { ...gathered, exportInfo: { documentId: reportDocumentId(gathered, expected), version: expected } };
    const bytes = await renderReport(buildInspectionReport(data), format);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const fileName = fileNameFor(data, format, expected);
    const version = await ctx.db.transaction(async (tx) =>
      (await nextReportExportVersion(tx, inspectionId, format)) !== expected
        ? null
        : recordReportExport(tx, inspectionId, { format, fileName, sha256, bytes: bytes.length, createdAt: data.generatedAt, createdBy: author }),
    );
    if (version !== null) return { fileName, mimeType: REPORT_MIME_TYPES[format], sha256, version, bytes };
  }
  throw new AppError('conflict', 'Intussen werden andere versies van dit verslag geëxporteerd. Exporteer opnieuw.');
}

const SEVERITY_NL = { attention: 'aandacht', severe: 'ernstig' } as const;

/** The school's flagged signals of its latest school year, against comparable schools, strongest first. */
async function reportSignals(ctx: ServiceContext, instellingsnummer: string): Promise<InspectionReportData['signals']> {
  const { index } = await flandersData(ctx);
  const latest = index.latestOf(instellingsnummer);
  if (!latest) return [];
  return latest.signals
    .filter((s): s is typeof s & { severity: 'attention' | 'severe' } => s.severity !== 'none')
    .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'severe' ? -1 : 1))
    .map((s) => ({ title: `${s.label.charAt(0).toUpperCase()}${s.label.slice(1)}`, explanation: s.explanation, severity: SEVERITY_NL[s.severity], action: s.action }));
}

/** The peer band per disciplinary measure and school year, as the school page draws it (rates per 100 pupils). */
async function reportPeers(ctx: ServiceContext, school: School): Promise<PeerRates> {
  const { index } = await flandersData(ctx);
  const years = (await getFigures(ctx.db, school.instellingsnummer)).map((f) => f.schoolYear);
  const round = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? null : Math.round(v * 100) / 100);
  return Object.fromEntries(
    DISCIPLINARY_MEASURES.map((m) => [
      m.key,
      Object.fromEntries(
        years.flatMap((year) => {
          const stats = index.peerStats(school.level, school.form, year, m.key);
          return stats ? [[year, { median: round(stats.median), p25: round(stats.p25), p75: round(stats.p75) }]] : [];
        }),
      ),
    ]),
  );
}

/** The same export for the UI: the bytes travel as base64 so both transports carry them. */
export async function exportReport(ctx: ServiceContext, input: ValidatedInput<'exportReport'>) {
  const { bytes, ...report } = await produceReport(ctx, input.inspectionId, input.format);
  return { ...report, size: bytes.length, base64: bytes.toString('base64') };
}

export function listExports(ctx: ServiceContext, input: ValidatedInput<'listReportExports'>) {
  return listReportExports(ctx.db, input.inspectionId);
}

/** The school page's chart, drawn by the same definition as in the reports. */
export async function getSchoolChart(ctx: ServiceContext, input: ValidatedInput<'getSchoolChart'>) {
  await requireSchool(ctx, input.instellingsnummer);
  const figures = await getFigures(ctx.db, input.instellingsnummer);
  const dutch = disciplinaryRatesChart(figures, { publication: false });
  const chart = input.lang === 'en' ? ratesChartInEnglish(dutch) : dutch;
  return { svg: renderChartSvg(chart, SCREEN_CHART_FONT_FAMILY), alt: input.lang === 'en' ? englishAltText(chart) : chartAltText(chart) };
}

/** The report as the reader will see it, for the preview before export: the model with each chart drawn to SVG. */
export async function previewReport(ctx: ServiceContext, input: ValidatedInput<'previewReport'>) {
  const doc = buildInspectionReport(await gatherInspectionReportData(ctx, input.inspectionId));
  return {
    meta: doc.meta,
    blocks: doc.blocks.map((block) => (block.kind === 'figure' ? { ...block, svg: renderChartSvg(block.chart, SCREEN_CHART_FONT_FAMILY) } : block)),
  };
}

export const reportHandlers = {
  previewReport,
  exportReport,
  listReportExports: listExports,
  getSchoolChart,
} satisfies HandlerMap<'previewReport' | 'exportReport' | 'listReportExports' | 'getSchoolChart'>;
