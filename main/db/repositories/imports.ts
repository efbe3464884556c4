import type { ImportKind } from '../../domain/import/fields';
import type { School, SchoolYearFigures } from '../../domain/school';
import type { SqlExecutor } from '../connection';

export interface ImportLogEntry {
  id: number;
  fileName: string;
  sha256: string;
  kind: ImportKind;
  importedAt: string;
  actor: string;
  rowsNew: number;
  rowsChanged: number;
  rowsUnchanged: number;
}

export async function insertImportLog(tx: SqlExecutor, entry: Omit<ImportLogEntry, 'id'>): Promise<number> {
  const result = await tx.run(
    `INSERT INTO import_log (file_name, sha256, kind, imported_at, actor, rows_new, rows_changed, rows_unchanged)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [entry.fileName, entry.sha256, entry.kind, entry.importedAt, entry.actor, entry.rowsNew, entry.rowsChanged, entry.rowsUnchanged],
  );
  return result.lastID;
}

export function listImportLog(db: SqlExecutor, limit = 200): Promise<ImportLogEntry[]> {
  return db.all<ImportLogEntry>(
    `SELECT id, file_name AS fileName, sha256, kind, imported_at AS importedAt, actor,
            rows_new AS rowsNew, rows_changed AS rowsChanged, rows_unchanged AS rowsUnchanged
       FROM import_log ORDER BY id DESC LIMIT ?`,
    [limit],
  );
}

/** Every school, keyed by number, to tell new from changed from unchanged. */
export async function allSchools(db: SqlExecutor): Promise<Map<string, School>> {
  const rows = await db.all<School>(
    'SELECT instellingsnummer, name, level, form, network, board, street, postcode, municipality, lop FROM schools',
  );
  return new Map(rows.map((r) => [r.instellingsnummer, r]));
}

/** Every figures row, keyed by "number year", in the domain's field names. */
export async function allFigures(db: SqlExecutor): Promise<Map<string, SchoolYearFigures>> {
  const rows = await db.all<SchoolYearFigures>(
    `SELECT instellingsnummer, school_year AS schoolYear, pupils, preventive_suspensions AS preventiveSuspensions,
            temporary_exclusions AS temporaryExclusions, definitive_exclusions AS definitiveExclusions,
            definitive_exclusions_after_feb1 AS definitiveExclusionsAfterFeb1, excluded_not_reenrolled AS excludedNotReenrolled,
            problematic_absence_30 AS problematicAbsence30, above_z_threshold AS aboveZThreshold, clb_referred_z AS clbReferredZ,
            school_changes AS schoolChanges, b_certificates AS bCertificates, b_certificates_strict AS bCertificatesStrict,
            early_leavers_pct AS earlyLeaversPct, teacher_turnover_pct AS teacherTurnoverPct, feel_safe_pct AS feelSafePct
       FROM school_year_figures`,
  );
  return new Map(rows.map((r) => [`${r.instellingsnummer} ${r.schoolYear}`, r]));
}
