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
    }>;
  }>;
  /** ISO timestamp of the export; shown on the cover. */
  generatedAt: string;
}
