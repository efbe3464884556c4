import { create } from 'zustand';

/** The places in the left rail and the pages below them, addressed by the URL fragment. */
export type Route =
  | { place: 'schools' }
  | { place: 'school'; instellingsnummer: string }
  | { place: 'inspections' }
  | { place: 'inspection'; id: string }
  | { place: 'taskforce' }
  | { place: 'referral'; id: string }
  | { place: 'overview' }
  | { place: 'settings' }
  | { place: 'import' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  switch (parts[0]) {
    case 'scholen':
      return parts[1] ? { place: 'school', instellingsnummer: parts[1] } : { place: 'schools' };
    case 'inspecties':
      return parts[1] ? { place: 'inspection', id: parts[1] } : { place: 'inspections' };
    case 'taskforce':
      return parts[1] ? { place: 'referral', id: parts[1] } : { place: 'taskforce' };
    case 'overzicht':
      return { place: 'overview' };
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
      return '#/overzicht';
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
