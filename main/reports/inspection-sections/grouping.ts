import { type FindingKind, findingKind, isBindingShortcoming } from '../../domain/findings';
import type { InspectionReportData } from '../inspection-data';

export type ReportIndicator = InspectionReportData['domains'][number]['indicators'][number];
export type Finding = ReportIndicator & { domainTitle: string; kind: FindingKind };

/** The rated indicators by what their rating means (the one domain rule), in framework order. */
export function groupFindings(data: InspectionReportData): Record<FindingKind, Finding[]> {
  const groups: Record<FindingKind, Finding[]> = { sterkte: [], ontwikkelkans: [], tekort: [] };
  for (const domain of data.domains) {
    for (const indicator of domain.indicators) {
      const kind = findingKind(indicator.rating);
      if (kind) groups[kind].push({ ...indicator, domainTitle: domain.title, kind });
    }
  }
  return groups;
}

/** The binding tekorten: rated "beneden" with the shortcoming written out. */
export function bindingShortcomings(data: InspectionReportData): Finding[] {
  return groupFindings(data).tekort.filter((f) => isBindingShortcoming({ level: f.rating, shortcomings: f.shortcomings ?? '' }));
}

export const KIND_HEADINGS: Record<FindingKind, string> = {
  sterkte: 'Sterktes',
  ontwikkelkans: 'Ontwikkelkansen',
  tekort: 'Tekorten',
};

export const KIND_SINGULAR: Record<FindingKind, string> = {
  sterkte: 'sterkte',
  ontwikkelkans: 'ontwikkelkans',
  tekort: 'tekort',
};
