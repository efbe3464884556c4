import { create } from 'zustand';
import { type ApiResult, send } from '../../api/client';
import type { SignalKey } from './messages';
import { searchKey } from '../../../../main/api/vocabulary';

export type SchoolRow = ApiResult<'listSchools'>[number];
type SchoolDetail = ApiResult<'getSchool'>;
type Severity = 'none' | 'attention' | 'severe';

export interface SchoolFilters {
  search: string;
  level: string;
  form: string;
  network: string;
  lop: string;
  municipality: string;
  /** '' = every school; 'attention' = attention or severe; 'severe' = severe only. */
  severity: '' | 'attention' | 'severe';
  /** 'name', 'severity' or a signal id (highest value first). */
  sort: 'name' | 'severity' | SignalKey;
}

export const NO_FILTERS: SchoolFilters = { search: '', level: '', form: '', network: '', lop: '', municipality: '', severity: '', sort: 'name' };

interface SchoolListState {
  schools: SchoolRow[];
  filters: SchoolFilters;
  loaded: boolean;
  loading: boolean;
  error: string | null;
}

export const useSchoolList = create<SchoolListState>(() => ({ schools: [], filters: NO_FILTERS, loaded: false, loading: false, error: null }));

/**
 * Loads every school once with its signal summary; filtering and sorting
 * then happen in memory, so the list stays fluent with all of Flanders.
 */
export async function loadSchools(): Promise<void> {
  useSchoolList.setState({ loading: true, error: null });
  try {
    const schools = await send('listSchools', { limit: 10_000 });
    useSchoolList.setState({ schools, loading: false, loaded: true });
  } catch (error) {
    useSchoolList.setState({ loading: false, error: (error as Error).message });
  }
}

export function setFilter<K extends keyof SchoolFilters>(key: K, value: SchoolFilters[K]): void {
  useSchoolList.setState((s) => ({ filters: { ...s.filters, [key]: value } }));
}

export function resetFilters(): void {
  useSchoolList.setState({ filters: NO_FILTERS });
}

const RANK: Record<Severity, number> = { none: 0, attention: 1, severe: 2 };


/** The schools that pass the filters, in the chosen order. */
export function visibleSchools(schools: readonly SchoolRow[], f: SchoolFilters): SchoolRow[] {
  const term = searchKey(f.search);
  const minRank = f.severity === '' ? 0 : RANK[f.severity];
  const shown = schools.filter(
    (s) =>
      (!f.level || s.level === f.level) &&
      (!f.form || s.form === f.form) &&
      (!f.network || s.network === f.network) &&
      (!f.lop || s.lop === f.lop) &&
      (!f.municipality || s.municipality === f.municipality) &&
      RANK[s.signals?.maxSeverity ?? 'none'] >= minRank &&
      (!term ||
        searchKey(s.name).includes(term) ||
        s.instellingsnummer.includes(term) ||
        searchKey(s.municipality).includes(term) ||
        s.postcode.startsWith(term)),
  );
  if (f.sort === 'name') return shown;
  if (f.sort === 'severity') {
    return shown.sort(
      (a, b) =>
        RANK[b.signals?.maxSeverity ?? 'none'] - RANK[a.signals?.maxSeverity ?? 'none'] ||
        (b.signals?.flagged ?? 0) - (a.signals?.flagged ?? 0),
    );
  }
  const key = f.sort;
  const value = (s: SchoolRow) => s.signals?.values[key] ?? Number.NEGATIVE_INFINITY;
  return shown.sort((a, b) => value(b) - value(a));
}

/** The distinct values of a field, sorted, for a filter's options. */
export function optionsOf(schools: readonly SchoolRow[], field: 'network' | 'lop' | 'municipality'): string[] {
  return [...new Set(schools.map((s) => s[field]).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'nl'));
}

interface SchoolPageState {
  detail: SchoolDetail | null;
  chart: { svg: string; alt: string } | null;
  signalCharts: ApiResult<'getSchoolSignalCharts'>;
  error: string | null;
}

export const useSchoolPage = create<SchoolPageState>(() => ({ detail: null, chart: null, signalCharts: [], error: null }));

/** Loads a school's page; the charts are drawn in the screen's language (`lang`). */
export async function loadSchool(instellingsnummer: string, lang: 'nl' | 'en' = 'nl'): Promise<void> {
  useSchoolPage.setState({ detail: null, chart: null, signalCharts: [], error: null });
  try {
    const [detail, chart, signalCharts] = await Promise.all([
      send('getSchool', { instellingsnummer }),
      send('getSchoolChart', { instellingsnummer, lang }),
      send('getSchoolSignalCharts', { instellingsnummer, lang }),
    ]);
    useSchoolPage.setState({ detail, chart, signalCharts });
  } catch (error) {
    useSchoolPage.setState({ error: (error as Error).message });
  }
}
