import { renderDocx } from './docx-renderer';
import type { ReportDocument } from './model';
import { renderPdf } from './pdf-renderer';

/**
 * The reports module: build a neutral ReportDocument (e.g. with
 * buildInspectionReport), then render it to one of the formats below.
 */

export type ReportFormat = 'docx' | 'pdf';

export const REPORT_MIME_TYPES: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

export async function renderReport(doc: ReportDocument, format: ReportFormat): Promise<Buffer> {
  switch (format) {
    case 'docx':
      return renderDocx(doc);
    case 'pdf':
      return renderPdf(doc);
    default: {
      const unknown: never = format;
      throw new Error(`unknown report format: ${String(unknown)}`);
    }
  }
}

export * from './model';
export * from './charts';
export * from './dutch-format';
export { buildInspectionReport, SECTION_TITLES, NOT_RATED, NO_MOTIVATION } from './inspection-report';
export type { InspectionReportData } from './inspection-data';
export { renderDocx } from './docx-renderer';
export { renderPdf } from './pdf-renderer';
