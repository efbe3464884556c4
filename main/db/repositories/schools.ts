import type { School, SchoolForm, SchoolLevel, SchoolYearFigures } from '../../domain/school';
import { figuresKey } from '../../domain/demo';
import type { SqlExecutor, SqlValue } from '../connection';
import { markDemo, SCHOOL_IS_DEMO, unmarkDemo } from './demo';

/**
 * Where written rows come from: the demo set marks them as demo; anything
 * else (an import, a package, the central server) is real and clears a mark
 * (domain/demo.ts).
 */
export type RowOrigin = 'real' | 'demo';

interface SchoolRow {
  instellingsnummer: string;
  name: string;
  level: SchoolLevel;
  form: SchoolForm;
  network: string;
  board: string;
  street: string;
  postcode: string;
  municipality: string;
  lop: string;
}

interface FiguresRow {
  instellingsnummer: string;
  school_year: string;
  pupils: number;
  preventive_suspensions: number | null;
  temporary_exclusions: number | null;
  definitive_exclusions: number | null;
  definitive_exclusions_after_feb1: number | null;
  excluded_not_reenrolled: number | null;
  problematic_absence_30: number | null;
  above_z_threshold: number | null;
  clb_referred_z: number | null;
  school_changes: number | null;
  b_certificates: number | null;
  b_certificates_strict: number | null;
  early_leavers_pct: number | null;
  teacher_turnover_pct: number | null;
  feel_safe_pct: number | null;
}

/** Domain field → column, in one place for reads and writes. */
const FIGURE_COLUMNS: ReadonlyArray<[keyof SchoolYearFigures, keyof FiguresRow]> = [
  ['instellingsnummer', 'instellingsnummer'],
  ['schoolYear', 'school_year'],
  ['pupils', 'pupils'],
  ['preventiveSuspensions', 'preventive_suspensions'],
  ['temporaryExclusions', 'temporary_exclusions'],
  ['definitiveExclusions', 'definitive_exclusions'],
  ['definitiveExclusionsAfterFeb1', 'definitive_exclusions_after_feb1'],
  ['excludedNotReenrolled', 'excluded_not_reenrolled'],
  ['problematicAbsence30', 'problematic_absence_30'],
  ['aboveZThreshold', 'above_z_threshold'],
  ['clbReferredZ', 'clb_referred_z'],
  ['schoolChanges', 'school_changes'],
  ['bCertificates', 'b_certificates'],
  ['bCertificatesStrict', 'b_certificates_strict'],
  ['earlyLeaversPct', 'early_leavers_pct'],
  ['teacherTurnoverPct', 'teacher_turnover_pct'],
  ['feelSafePct', 'feel_safe_pct'],
];

const SCHOOL_COLUMNS = ['instellingsnummer', 'name', 'level', 'form', 'network', 'board', 'street', 'postcode', 'municipality', 'lop'] as const;

function toFigures(row: FiguresRow): SchoolYearFigures {
  const figures = {} as Record<string, unknown>;
  for (const [field, column] of FIGURE_COLUMNS) figures[field] = row[column];
  return figures as unknown as SchoolYearFigures;
}

export interface SchoolListRow extends School {
  latestSchoolYear: string | null;
  latestPupils: number | null;
  /** A made-up school of the demo set. */
  demo: boolean;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export async function listSchools(db: SqlExecutor, search: string | undefined, limit: number): Promise<SchoolListRow[]> {
  const term = search?.trim() ?? '';
  const pattern = `%${escapeLike(term)}%`;
  const rows = await db.all<SchoolRow & { latest_school_year: string | null; latest_pupils: number | null; demo: number }>(
    `SELECT s.*, f.school_year AS latest_school_year, f.pupils AS latest_pupils, ${SCHOOL_IS_DEMO} AS demo
       FROM schools s
       LEFT JOIN school_year_figures f ON f.instellingsnummer = s.instellingsnummer
        AND f.school_year = (SELECT max(school_year) FROM school_year_figures WHERE instellingsnummer = s.instellingsnummer)
      WHERE ? = '' OR s.name LIKE ? ESCAPE '\\' OR s.instellingsnummer LIKE ? ESCAPE '\\'
         OR s.municipality LIKE ? ESCAPE '\\' OR s.postcode LIKE ? ESCAPE '\\'
      ORDER BY s.name COLLATE NOCASE
      LIMIT ?`,
    [term, pattern, pattern, pattern, pattern, limit],
  );
  return rows.map(({ latest_school_year, latest_pupils, demo, ...school }) => ({
    ...school,
    latestSchoolYear: latest_school_year,
    latestPupils: latest_pupils,
    demo: demo === 1,
  }));
}

export function getSchool(db: SqlExecutor, instellingsnummer: string): Promise<School | undefined> {
  return db.get<SchoolRow>(`SELECT ${SCHOOL_COLUMNS.join(', ')} FROM schools WHERE instellingsnummer = ?`, [instellingsnummer]);
}

export async function getFigures(db: SqlExecutor, instellingsnummer: string): Promise<SchoolYearFigures[]> {
  const rows = await db.all<FiguresRow>(
    'SELECT * FROM school_year_figures WHERE instellingsnummer = ? ORDER BY school_year',
    [instellingsnummer],
  );
  return rows.map(toFigures);
}

export async function countSchools(db: SqlExecutor): Promise<number> {
  const row = await db.get<{ n: number }>('SELECT count(*) AS n FROM schools');
  return row?.n ?? 0;
}

/**
 * Rows per INSERT: one statement per row costs a round trip through the
 * sqlite3 thread pool each; big batches make seeding Flanders (16,250 rows)
 * and imports fast (bench/import.ts). The batch is sized by its bound
 * parameters, kept well below SQLite's limit (32,766 since 3.32; 999 before).
 */
const MAX_PARAMETERS_PER_STATEMENT = 16_000;
const MAX_BATCH_ROWS = 800;

async function insertBatched<T>(
  tx: SqlExecutor,
  table: string,
  columns: readonly string[],
  conflict: string,
  rows: readonly T[],
  valuesOf: (row: T) => SqlValue[],
): Promise<void> {
  const updates = columns.filter((c) => !conflict.split(', ').includes(c)).map((c) => `${c} = excluded.${c}`).join(', ');
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const batchRows = Math.max(1, Math.min(MAX_BATCH_ROWS, Math.floor(MAX_PARAMETERS_PER_STATEMENT / columns.length)));
  for (let start = 0; start < rows.length; start += batchRows) {
    const batch = rows.slice(start, start + batchRows);
    const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${batch.map(() => tuple).join(', ')}
      ON CONFLICT (${conflict}) DO UPDATE SET ${updates}`;
    await tx.run(sql, batch.flatMap(valuesOf));
  }
}

/** Inserts or updates schools by instellingsnummer; call inside a transaction. */
export async function upsertSchools(tx: SqlExecutor, schools: readonly School[], origin: RowOrigin = 'real'): Promise<void> {
  await insertBatched(tx, 'schools', SCHOOL_COLUMNS, 'instellingsnummer', schools, (school) => SCHOOL_COLUMNS.map((c) => school[c]));
  const keys = schools.map((s) => s.instellingsnummer);
  await (origin === 'demo' ? markDemo(tx, 'school', keys) : unmarkDemo(tx, 'school', keys));
}

/** Inserts or updates figures by instellingsnummer + school year; call inside a transaction. */
export async function upsertFigures(tx: SqlExecutor, figures: readonly SchoolYearFigures[], origin: RowOrigin = 'real'): Promise<void> {
  const columns = FIGURE_COLUMNS.map(([, column]) => column);
  await insertBatched(tx, 'school_year_figures', columns, 'instellingsnummer, school_year', figures, (row) =>
    FIGURE_COLUMNS.map(([field]) => row[field] as number | string | null),
  );
  const keys = figures.map((f) => figuresKey(f.instellingsnummer, f.schoolYear));
  await (origin === 'demo' ? markDemo(tx, 'figures', keys) : unmarkDemo(tx, 'figures', keys));
}

/** Every figures row's key (domain/demo.ts figuresKey). */
export async function listFiguresKeys(db: SqlExecutor): Promise<string[]> {
  const rows = await db.all<{ key: string }>(`SELECT instellingsnummer || '|' || school_year AS key FROM school_year_figures`);
  return rows.map((r) => r.key);
}

/** Every school, for Flanders-wide views (signals, overview). */
export function listAllSchools(db: SqlExecutor): Promise<School[]> {
  return db.all<SchoolRow>(`SELECT ${SCHOOL_COLUMNS.join(', ')} FROM schools ORDER BY name COLLATE NOCASE`);
}

/** Every figures row of every school, for Flanders-wide views. */
export async function listAllFigures(db: SqlExecutor): Promise<SchoolYearFigures[]> {
  const rows = await db.all<FiguresRow>('SELECT * FROM school_year_figures ORDER BY instellingsnummer, school_year');
  return rows.map(toFigures);
}

/**
 * Changes whenever any write lands in the database: total_changes() counts
 * this connection's writes, PRAGMA data_version another process's commits.
 * Lets a Flanders-wide computation be cached safely.
 */
export async function dataRevision(db: SqlExecutor): Promise<string> {
  const changes = await db.get<{ n: number }>('SELECT total_changes() AS n');
  const version = await db.get<{ data_version: number }>('PRAGMA data_version');
  return `${version?.data_version ?? 0}:${changes?.n ?? 0}`;
}
