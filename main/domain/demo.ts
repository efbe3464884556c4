/**
 * Demo data: the made-up schools, their school-year figures and the example
 * inspections a new record starts with. They are marked (db: demo_marks) so
 * every view can say so, and removed in one step without touching anything
 * the user made or imported. The rules:
 *
 * - Only the demo set itself is demo. An inspection the user opens is theirs,
 *   even on a demo school (they may be practising, or the number may later
 *   turn out to be a real school's).
 * - A real write wins: a school or a figures row that a real import, a
 *   colleague's package or the central server writes stops being demo; the
 *   demo never overwrites a real row.
 * - Removal takes every demo inspection and every demo figures row, and every
 *   demo school except one that the user's own inspections or imported
 *   figures stand on: that school row stays (still marked, without its demo
 *   figures), so nothing of the user's is lost or left without its school.
 */

export type DemoMarkKind = 'school' | 'figures' | 'inspection';

/** The key of a figures row's mark: one school year of one school. */
export function figuresKey(instellingsnummer: string, schoolYear: string): string {
  return `${instellingsnummer}|${schoolYear}`;
}

export function schoolOfFiguresKey(key: string): string {
  return key.slice(0, key.indexOf('|'));
}

export interface DemoState {
  /** Marked rows, by kind. */
  schools: ReadonlySet<string>;
  figures: ReadonlySet<string>;
  inspections: ReadonlySet<string>;
  /** Every inspection in the record, demo or not, with the school it stands on. */
  allInspections: ReadonlyArray<{ id: string; instellingsnummer: string }>;
  /** Every figures row in the record, demo or not (figuresKey). */
  allFigures: ReadonlyArray<string>;
}

export interface DemoRemovalPlan {
  inspections: string[];
  schools: string[];
  /** Demo schools that stay because the user's own inspections or imported figures stand on them. */
  keptSchools: string[];
  /** Demo figures rows of schools that stay (real, or kept): removed by key; a removed school takes its own along. */
  figures: string[];
}

/** What "Demogegevens verwijderen" removes now; the same state always gives the same plan. */
export function demoRemovalPlan(state: DemoState): DemoRemovalPlan {
  const ownSchools = new Set([
    ...state.allInspections.filter((i) => !state.inspections.has(i.id)).map((i) => i.instellingsnummer),
    ...state.allFigures.filter((key) => !state.figures.has(key)).map(schoolOfFiguresKey),
  ]);
  const keptSchools = [...state.schools].filter((s) => ownSchools.has(s)).sort();
  const kept = new Set(keptSchools);
  const schools = [...state.schools].filter((s) => !kept.has(s)).sort();
  const removedSchools = new Set(schools);
  const figures = [...state.figures].filter((key) => !removedSchools.has(schoolOfFiguresKey(key))).sort();
  const inspections = state.allInspections.filter((i) => state.inspections.has(i.id)).map((i) => i.id).sort();
  return { inspections, schools, keptSchools, figures };
}

/** Whether a demo row may be written over an existing row: never over a real one. */
export function demoMayWrite(existing: { exists: boolean; demo: boolean }): boolean {
  return !existing.exists || existing.demo;
}
