import { searchKey } from '../../../../main/api/vocabulary';

export interface InspectionFilters {
  search: string;
  status: string;
  type: string;
  year: string;
}

export const NO_INSPECTION_FILTERS: InspectionFilters = { search: '', status: '', type: '', year: '' };

interface Filterable {
  schoolName: string;
  instellingsnummer: string;
  status: string;
  type: string;
  startDate: string;
}

/** The inspections that pass the filters; the search looks at the school's name and number. */
export function visibleInspections<T extends Filterable>(rows: readonly T[], f: InspectionFilters): T[] {
  const term = searchKey(f.search);
  return rows.filter(
    (r) =>
      (!f.status || r.status === f.status) &&
      (!f.type || r.type === f.type) &&
      (!f.year || r.startDate.startsWith(f.year)) &&
      (!term || searchKey(r.schoolName).includes(term) || r.instellingsnummer.includes(term)),
  );
}

/** The years that occur, newest first, for the year filter. */
export function yearsOf(rows: readonly Filterable[]): string[] {
  return [...new Set(rows.map((r) => r.startDate.slice(0, 4)))].sort().reverse();
}
