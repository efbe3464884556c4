import { create } from 'zustand';

/** The places in the left rail and the pages below them, addressed by the URL fragment. */
export type Route =
  | { place: 'schools' }
  | { place: 'school'; instellingsnummer: string }
  | { place: 'inspections' }
  | { place: 'inspection'; id: string }
  | { place: 'taskforce' }
  | { place: 'referral'; id: string }
  | { place: 'overview'; query?: OverviewQuery }
  | { place: 'settings' }
  | { place: 'import' };

/**
 * Overzicht's view in the address, so it can be bookmarked and the back
 * button steps through it: the filter (niveau, net, LOP, provincie), the
 * school year and the figure drilled into. Values are passed on as typed;
 * main validates them (a hand-edited address gets a message, not a crash).
 */
export interface OverviewQuery {
  niveau?: string;
  net?: string;
  lop?: string;
  provincie?: string;
  jaar?: string;
  drill?: string;
}
const OVERVIEW_KEYS = ['niveau', 'net', 'lop', 'provincie', 'jaar', 'drill'] as const;

function parseQuery(text: string): OverviewQuery {
  const params = new URLSearchParams(text);
  const query: OverviewQuery = {};
  for (const key of OVERVIEW_KEYS) {
    const value = params.get(key);
    if (value) query[key] = value;
  }
  return query;
}

function formatQuery(query: OverviewQuery | undefined): string {
  const params = new URLSearchParams();
  for (const key of OVERVIEW_KEYS) if (query?.[key]) params.set(key, query[key]!);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function parseRoute(hash: string): Route {
  const [path, search = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  switch (parts[0]) {
    case 'scholen':
      return parts[1] ? { place: 'school', instellingsnummer: parts[1] } : { place: 'schools' };
    case 'inspecties':
      return parts[1] ? { place: 'inspection', id: parts[1] } : { place: 'inspections' };
    case 'taskforce':
      return parts[1] ? { place: 'referral', id: parts[1] } : { place: 'taskforce' };
    case 'overzicht':
      return { place: 'overview', query: parseQuery(search) };
    case 'instellingen':
      return { place: 'settings' };
    case 'importeren':
      return { place: 'import' };
    default:
      return { place: 'schools' };
  }
}

export function hrefFor(route: Route): string {
  switch (route.place) {
    case 'schools':
      return '#/scholen';
    case 'school':
      return `#/scholen/${encodeURIComponent(route.instellingsnummer)}`;
    case 'inspections':
      return '#/inspecties';
    case 'inspection':
      return `#/inspecties/${encodeURIComponent(route.id)}`;
    case 'taskforce':
      return '#/taskforce';
    case 'referral':
      return `#/taskforce/${encodeURIComponent(route.id)}`;
    case 'overview':
      return `#/overzicht${formatQuery(route.query)}`;
    case 'settings':
      return '#/instellingen';
    case 'import':
      return '#/importeren';
  }
}

interface RouterState {
  route: Route;
}

export const useRouter = create<RouterState>(() => ({ route: parseRoute(location.hash) }));

export function navigate(route: Route): void {
  location.hash = hrefFor(route);
}

/** Keeps the store in step with the address bar (back and forward buttons included). */
export function startRouter(): void {
  window.addEventListener('hashchange', () => useRouter.setState({ route: parseRoute(location.hash) }));
}
