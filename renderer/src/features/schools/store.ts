import { create } from 'zustand';
import { type ApiResult, send } from '../../api/client';

type SchoolRow = ApiResult<'listSchools'>[number];
type SchoolDetail = ApiResult<'getSchool'>;

interface SchoolListState {
  query: string;
  schools: SchoolRow[];
  loading: boolean;
  error: string | null;
}

export const useSchoolList = create<SchoolListState>(() => ({ query: '', schools: [], loading: false, error: null }));

let latestSearch = 0;

/** Searches the schools; an older answer arriving late never overwrites a newer one. */
export async function searchSchools(query: string): Promise<void> {
  const ticket = ++latestSearch;
  useSchoolList.setState({ query, loading: true, error: null });
  try {
    const schools = await send('listSchools', { search: query || undefined, limit: 500 });
    if (ticket === latestSearch) useSchoolList.setState({ schools, loading: false });
  } catch (error) {
    if (ticket === latestSearch) useSchoolList.setState({ loading: false, error: (error as Error).message });
  }
}

interface SchoolPageState {
  detail: SchoolDetail | null;
  chart: { svg: string; alt: string } | null;
  error: string | null;
}

export const useSchoolPage = create<SchoolPageState>(() => ({ detail: null, chart: null, error: null }));

export async function loadSchool(instellingsnummer: string): Promise<void> {
  useSchoolPage.setState({ detail: null, chart: null, error: null });
  try {
    const [detail, chart] = await Promise.all([
      send('getSchool', { instellingsnummer }),
      send('getSchoolChart', { instellingsnummer }),
    ]);
    useSchoolPage.setState({ detail, chart });
  } catch (error) {
    useSchoolPage.setState({ error: (error as Error).message });
  }
}
