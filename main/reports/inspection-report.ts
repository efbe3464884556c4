import { INSPECTION_TYPE_LABELS_NL } from '../domain/inspection';
import { formatDutchDate } from './dutch-format';
import type { InspectionReportData } from './inspection-data';
import { ADVICE_TITLE, adviceBlocks } from './inspection-sections/advice';
import { ANNEX_TITLE, annexBlocks } from './inspection-sections/annex';
import { CONTEXT_TITLE, contextBlocks } from './inspection-sections/context';
import { coverBlocks } from './inspection-sections/cover';
import { FINDINGS_TITLE, findingBlocks, NO_MOTIVATION, NOT_RATED } from './inspection-sections/findings';
import { SCOPE_TITLE, scopeBlocks } from './inspection-sections/scope';
import { PARENTS_TITLE, parentsBlocks, SUMMARY_TITLE, summaryBlocks } from './inspection-sections/summary';
import { numberCaptions, type ReportDocument } from './model';

/**
 * Turns the data of one inspection into the neutral report model, in the
 * order a published doorlichtingsverslag has: identification, summary (also
 * for parents), the school's context, findings per domain, the advice with
 * its reasons and what follows, the scope, and the evidence. All the Dutch
 * wording lives in the sections; the renderers only draw.
 */

export const SECTION_TITLES = {
  summary: SUMMARY_TITLE,
  parents: PARENTS_TITLE,
  context: CONTEXT_TITLE,
  findings: FINDINGS_TITLE,
  advice: ADVICE_TITLE,
  scope: SCOPE_TITLE,
  annex: ANNEX_TITLE,
} as const;
export { NO_MOTIVATION, NOT_RATED };

export function buildInspectionReport(data: InspectionReportData): ReportDocument {
  const { school, inspection } = data;
  const typeLabel = INSPECTION_TYPE_LABELS_NL[inspection.type];
  return {
    meta: {
      title: `Inspectieverslag ${school.name}`,
      subject: `${typeLabel} – ${formatDutchDate(inspection.startDate)}`,
      author: 'Onderwijsinspectie Vlaanderen',
      language: 'nl-BE',
      draft: inspection.status !== 'final',
      createdAt: data.generatedAt,
    },
    blocks: numberCaptions([
      ...coverBlocks(data),
      { kind: 'pageBreak' },
      { kind: 'toc', title: 'Inhoud' },
      { kind: 'pageBreak' },
      ...summaryBlocks(data),
      ...parentsBlocks(data),
      ...contextBlocks(data),
      ...findingBlocks(data),
      ...adviceBlocks(data),
      ...scopeBlocks(data),
      ...annexBlocks(data),
    ]),
  };
}
