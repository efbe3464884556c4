import type { PageNumberEstimator } from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import type { ReportDocument } from '../model';
import { pageFrame, reportBoxes } from './boxes';
import { paginate } from './paginate';

/**
 * The contents' page numbers of a report, from a page layout of the report
 * model itself (boxes.ts, paginate.ts) instead of docx's layout of the
 * whole written document, which lays out every word with every run's
 * formatting and costs four times writing the file. Both lay the pages out
 * as Word does with the same widths; tests hold them to the same pages.
 * Word updates the fields on opening all the same (updateFields).
 */

// docx's own layout, for a body this one cannot map to the report's headings.
const DOCX_LAYOUT = estimatePageNumbersWith({ guess: true });

/** The names of the bookmarks docx put on the contents' headings, in body order. */
function bookmarkNames(node: unknown, into: string[] = []): string[] {
  if (Array.isArray(node)) {
    for (const child of node) bookmarkNames(child, into);
  } else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'w:bookmarkStart') {
        const name = (value as { _attr?: { 'w:name'?: unknown } })._attr?.['w:name'];
        if (typeof name === 'string') into.push(name);
      } else if (key !== '_attr') bookmarkNames(value, into);
    }
  }
  return into;
}

export interface ReportPages {
  /** Page (from 1) of each heading the contents lists, in order. */
  contentsHeadings: number[];
  pageCount: number;
}

export function reportPages(doc: ReportDocument): ReportPages {
  const boxes = reportBoxes(doc);
  const { pages, pageCount } = paginate(boxes, pageFrame(doc.meta));
  return { contentsHeadings: boxes.flatMap((box, i) => (box.kind === 'paragraph' && box.contentsHeading ? [pages[i]] : [])), pageCount };
}

/** An estimator for docx that answers from the report's own layout; `doc` is the report as the renderer writes it. */
export function reportPageNumbers(doc: ReportDocument): PageNumberEstimator {
  return (body, context) => {
    const names = bookmarkNames(body);
    const { contentsHeadings, pageCount } = reportPages(doc);
    if (names.length !== contentsHeadings.length) return DOCX_LAYOUT(body, context);
    return {
      bookmarks: new Map(names.map((name, i) => [name, String(contentsHeadings[i])])),
      bookmarkPageNumbers: new Map(names.map((name, i) => [name, contentsHeadings[i]])),
      pageCount,
      sectionPageCounts: [pageCount],
    };
  };
}
