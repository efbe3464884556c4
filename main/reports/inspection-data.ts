import type { AdviceCode } from '../domain/advice/catalogue';
import type { InspectionStatus, InspectionType } from '../domain/inspection';
import type { RatingLevel } from '../domain/rating';
import type { School, SchoolYearFigures } from '../domain/school';
import type { PeerRates } from './figure-charts';

/**
 * Everything the inspection report needs, gathered by the report service.
 * Texts are already in Dutch (the language of record); the report builder
 * does no I/O.
 */
export interface InspectionReportData {
  school: School;
  /** Oldest school year first. */
  figures: SchoolYearFigures[];
  inspection: {
    id: string;
    type: InspectionType;
    status: InspectionStatus;
    /** ISO date (yyyy-mm-dd). */
    startDate: string;
    /** ISO date of the last day the team recorded work on site (evidence, observations); null before any. */
    endDate: string | null;
    frameworkTitle: string;
    frameworkVersion: string;
    /** The inspectors by the names their profiles recorded on the inspection's changes, the lead first. */
    team: Array<{ name: string; role: string }>;
    /** An example inspection of the demo data (domain/demo.ts): its report says it describes no real school. */
    demo?: boolean;
  };
  /** The framework's domains this inspection did not examine (not in focus), by title. */
  notExamined?: string[];
  /** The domains in focus, in framework order, each with its indicators. */
  domains: Array<{
    id: string;
    title: string;
    indicators: Array<{
      id: string;
      title: string;
      rating: RatingLevel | null;
      /** Evidence items recorded for this indicator. */
      evidenceCount?: number;
      motivation: string;
      /** The texts drafted beside the rating; empty when not written. */
      strengths?: string;
      opportunities?: string;
      shortcomings?: string;
      /** By when the school must remedy the tekort (recorded with "beneden"). */
      shortcomingDeadline?: string | null;
      recommendations?: string;
    }>;
  }>;
  /** The comparison with similar schools (same level and form) per disciplinary measure and school year: the peer band. */
  peers?: PeerRates;
  /** The data signals the inspection looked into (Dutch explanations). */
  signals?: Array<{ title: string; explanation: string; severity: string; action: number | null }>;
  /** The school-climate quadrant (annex 2 of the plan), when both climate indicators are rated. */
  climate?: { quadrant: string; explanation: string } | null;
  /** The disciplinary-file sample (action 16). */
  disciplinarySample?: {
    files: number;
    /** Files with every required element in order. */
    compliant: number;
    /** How many files lack each element. */
    shortfalls: { guidance: number; hearing: number; classCouncil: number; clb: number; handover: number };
  } | null;
  /** Lesson observations: how many, and the time-on-task sweeps over all of them. */
  classroom?: { observations: number; onTask: number; sweeps: number } | null;
  /** Survey tallies (goal 1 and 3 of the plan): how many answered yes of how many asked. */
  surveys?: Array<{ label: string; yes: number; total: number }>;
  /** The advice as decided, with its consequences as sentences with dates. */
  advice?: {
    code: AdviceCode;
    label: string;
    summary: string;
    /** The proposal the rules made, and why (the catalogue's reason first). */
    proposedLabel: string;
    reasons: string[];
    departsFromProposal: boolean;
    motivation: string;
    reportDate: string;
    consequences: string[];
    /** Dates the advice sets: the board's deadline (2B), the earliest new inspection (2B), the next regular one. */
    boardDeadline: string | null;
    earliestNewInspection: string | null;
    nextRegularInspection: string | null;
    guidanceObliged: boolean;
    /** The regulation's own wording of each advice, from the advice catalogue. */
    regulation: Record<AdviceCode, string>;
    /**
     * The terms the advice catalogue sets: the school's reaction to the draft
     * (factual errors, a discussion), and for 2B the board's request and the
     * earliest new inspection, in calendar days after the report date.
     */
    terms: { reactionDays: number; boardRequestDays: number | null; newInspectionMinDays: number | null };
  } | null;
  /** Evidence photos for the annex (thumbnails), how many more there are, and how many could not be read back unchanged. */
  photos?: {
    items: Array<{ image: { data: Uint8Array; format: 'jpeg' | 'png'; width: number; height: number }; caption: string; alt: string }>;
    left: number;
    unreadable: number;
  };
  /** The evidence base by kind of source: counts only, no personal data. */
  evidence?: Array<{ source: string; count: number }>;
  /** ISO timestamp of the export; shown on the cover. */
  generatedAt: string;
  /** Printed on the last page; the export log records version and file hash beside it. */
  exportInfo?: { documentId: string; version: number };
}
