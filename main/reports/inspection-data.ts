import type { InspectionStatus, InspectionType } from '../domain/inspection';
import type { RatingLevel } from '../domain/rating';
import type { School, SchoolYearFigures } from '../domain/school';

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
    frameworkTitle: string;
    frameworkVersion: string;
    team: string[];
  };
  /** The domains in focus, in framework order, each with its indicators. */
  domains: Array<{
    id: string;
    title: string;
    indicators: Array<{
      id: string;
      title: string;
      rating: RatingLevel | null;
      motivation: string;
      /** The texts drafted beside the rating; empty when not written. */
      strengths?: string;
      opportunities?: string;
      shortcomings?: string;
      recommendations?: string;
    }>;
  }>;
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
  advice?: { label: string; summary: string; departsFromProposal: boolean; motivation: string; reportDate: string; consequences: string[] } | null;
  /** The evidence base by kind of source: counts only, no personal data. */
  evidence?: Array<{ source: string; count: number }>;
  /** ISO timestamp of the export; shown on the cover. */
  generatedAt: string;
}
