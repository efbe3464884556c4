import type { InspectionStatus, InspectionType } from '../../domain/inspection';
import type { RatingLevel } from '../../domain/rating';
import type { SqlExecutor } from '../connection';
import { INSPECTION_IS_DEMO } from './demo';

interface InspectionRow {
  id: string;
  instellingsnummer: string;
  type: InspectionType;
  status: InspectionStatus;
  framework_id: string;
  framework_version: string;
  focus_domains: string;
  start_date: string;
  created_at: string;
  created_by: string;
  updated_at: string;
  school_name: string;
  demo: number;
}

export interface InspectionRecord {
  id: string;
  instellingsnummer: string;
  schoolName: string;
  type: InspectionType;
  status: InspectionStatus;
  frameworkId: string;
  frameworkVersion: string;
  focusDomains: string[];
  startDate: string;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  /** An example inspection of the demo set (domain/demo.ts). */
  demo: boolean;
}

function toRecord(row: InspectionRow): InspectionRecord {
  return {
    id: row.id,
    instellingsnummer: row.instellingsnummer,
    schoolName: row.school_name,
    type: row.type,
    status: row.status,
    frameworkId: row.framework_id,
    frameworkVersion: row.framework_version,
    focusDomains: JSON.parse(row.focus_domains) as string[],
    startDate: row.start_date,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    demo: row.demo === 1,
  };
}

const SELECT = `SELECT i.*, s.name AS school_name, ${INSPECTION_IS_DEMO} AS demo FROM inspections i JOIN schools s ON s.instellingsnummer = i.instellingsnummer`;

export async function listInspections(db: SqlExecutor, instellingsnummer?: string): Promise<InspectionRecord[]> {
  const rows = instellingsnummer
    ? await db.all<InspectionRow>(`${SELECT} WHERE i.instellingsnummer = ? ORDER BY i.created_at DESC`, [instellingsnummer])
    : await db.all<InspectionRow>(`${SELECT} ORDER BY i.created_at DESC`);
  return rows.map(toRecord);
}

export async function getInspection(db: SqlExecutor, id: string): Promise<InspectionRecord | undefined> {
  const row = await db.get<InspectionRow>(`${SELECT} WHERE i.id = ?`, [id]);
  return row && toRecord(row);
}

export async function insertInspection(tx: SqlExecutor, record: Omit<InspectionRecord, 'schoolName' | 'demo'>): Promise<void> {
  await tx.run(
    `INSERT INTO inspections (id, instellingsnummer, type, status, framework_id, framework_version, focus_domains,
       start_date, created_at, created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      record.id,
      record.instellingsnummer,
      record.type,
      record.status,
      record.frameworkId,
      record.frameworkVersion,
      JSON.stringify(record.focusDomains),
      record.startDate,
      record.createdAt,
      record.createdBy,
      record.updatedAt,
    ],
  );
}

export async function touchInspection(tx: SqlExecutor, id: string, at: string, status: InspectionStatus): Promise<void> {
  await tx.run('UPDATE inspections SET updated_at = ?, status = ? WHERE id = ?', [at, status, id]);
}

export async function updateFocus(tx: SqlExecutor, id: string, focusDomains: readonly string[], at: string): Promise<void> {
  await tx.run('UPDATE inspections SET focus_domains = ?, updated_at = ? WHERE id = ?', [JSON.stringify(focusDomains), at, id]);
}

export interface RatingRecord {
  indicatorId: string;
  level: RatingLevel | null;
  motivation: string;
  strengths: string;
  opportunities: string;
  shortcomings: string;
  recommendations: string;
  /** By when the school must remedy the tekort; only with "beneden". */
  shortcomingDeadline: string | null;
  updatedAt: string;
  updatedBy: string;
}

const RATING_COLUMNS = `indicator_id AS indicatorId, level, motivation, strengths, opportunities, shortcomings, recommendations,
  shortcoming_deadline AS shortcomingDeadline, updated_at AS updatedAt, updated_by AS updatedBy`;

export function listRatings(db: SqlExecutor, inspectionId: string): Promise<RatingRecord[]> {
  return db.all<RatingRecord>(`SELECT ${RATING_COLUMNS} FROM ratings WHERE inspection_id = ? ORDER BY indicator_id`, [inspectionId]);
}

export async function getRating(db: SqlExecutor, inspectionId: string, indicatorId: string): Promise<RatingRecord | undefined> {
  return db.get<RatingRecord>(`SELECT ${RATING_COLUMNS} FROM ratings WHERE inspection_id = ? AND indicator_id = ?`, [inspectionId, indicatorId]);
}

export async function upsertRating(tx: SqlExecutor, inspectionId: string, rating: RatingRecord): Promise<void> {
  await tx.run(
    `INSERT INTO ratings (inspection_id, indicator_id, level, motivation, strengths, opportunities, shortcomings, recommendations,
       shortcoming_deadline, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (inspection_id, indicator_id) DO UPDATE SET level = excluded.level, motivation = excluded.motivation,
       strengths = excluded.strengths, opportunities = excluded.opportunities, shortcomings = excluded.shortcomings,
       recommendations = excluded.recommendations, shortcoming_deadline = excluded.shortcoming_deadline, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    [
      inspectionId,
      rating.indicatorId,
      rating.level,
      rating.motivation,
      rating.strengths,
      rating.opportunities,
      rating.shortcomings,
      rating.recommendations,
      rating.shortcomingDeadline,
      rating.updatedAt,
      rating.updatedBy,
    ],
  );
}
