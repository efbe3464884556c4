import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OverviewPage } from '../features/overview/OverviewPage';
import { InspectionList } from '../features/inspections/InspectionList';
import { InspectionPage } from '../features/inspections/InspectionPage';
import { ReferralPage } from '../features/taskforce/ReferralPage';
import { TaskForcePage } from '../features/taskforce/TaskForcePage';
import { SchoolList } from '../features/schools/SchoolList';
import { SchoolPage } from '../features/schools/SchoolPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { ImportPage } from '../features/import/ImportPage';
import { FirstStart } from '../features/profile/FirstStart';
import { hrefFor, type Route, useRouter } from './router';
import { SessionLost } from './SessionLost';
import { useSession } from './session';

const PLACES = [
  { place: 'schools', key: 'nav.schools', owns: ['schools', 'school', 'import'] },
  { place: 'inspections', key: 'nav.inspections', owns: ['inspections', 'inspection'] },
  { place: 'taskforce', key: 'nav.taskforce', owns: ['taskforce', 'referral'] },
  { place: 'overview', key: 'nav.overview', owns: ['overview'] },
  { place: 'settings', key: 'nav.settings', owns: ['settings'] },
] as const;

function Page({ route }: { route: Route }) {
  switch (route.place) {
    case 'schools':
      return <SchoolList />;
    case 'school':
      return <SchoolPage instellingsnummer={route.instellingsnummer} />;
    case 'inspections':
      return <InspectionList />;
    case 'inspection':
      return <InspectionPage id={route.id} />;
    case 'taskforce':
      return <TaskForcePage />;
    case 'referral':
      return <ReferralPage id={route.id} />;
    case 'overview':
      return <OverviewPage />;
    case 'settings':
      return <SettingsPage />;
    case 'import':
      return <ImportPage />;
  }
}

export function App() {
  const { t } = useTranslation();
  const route = useRouter((s) => s.route);
  const sessionLost = useSession((s) => s.lost);
  const main = useRef<HTMLElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  // On a narrow screen the rail is a menu behind one button; on a wide one the button is hidden and the list always shown.
  const [menuOpen, setMenuOpen] = useState(false);

  // Moving to another page puts keyboard focus at its start, as a page load would, and closes the menu.
  // A new filter or drill-down on Overzicht is the same page: focus stays where the user is (the page moves it to a drill-down itself).
  const page = route.place === 'overview' ? 'overview' : hrefFor(route);
  useEffect(() => {
    setMenuOpen(false);
    main.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [page]);

  function onNavKeyDown(e: KeyboardEvent) {
    if (e.key !== 'Escape' || !menuOpen) return;
    e.preventDefault();
    setMenuOpen(false);
    toggle.current?.focus();
  }

  return (
    <div className={menuOpen ? 'shell menu-open' : 'shell'}>
      <a className="skip" href="#main" onClick={(e) => { e.preventDefault(); main.current?.focus(); }}>
        {t('app.skip')}
      </a>
      <nav className="rail" aria-label={t('nav.label')} onKeyDown={onNavKeyDown}>
        <div className="brand">
          <span className="logo" aria-hidden="true">◧</span>
          <span>
            <strong>{t('app.name')}</strong>
            <small>{t('app.tagline')}</small>
          </span>
          <button
            ref={toggle}
            type="button"
            className="menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="rail-places"
            onClick={() => setMenuOpen((open) => !open)}
          >
            <span aria-hidden="true">☰</span> {t('nav.menu')}
          </button>
        </div>
        <ul id="rail-places">
          {PLACES.map((p) => {
            const current = (p.owns as readonly string[]).includes(route.place);
            return (
              <li key={p.place}>
                <a href={hrefFor({ place: p.place })} aria-current={current ? 'page' : undefined} onClick={() => setMenuOpen(false)}>
                  {t(p.key)}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
      <main id="main" ref={main} tabIndex={-1}>
        {sessionLost ? (
          <SessionLost />
        ) : (
          <FirstStart>
            <Page route={route} />
          </FirstStart>
        )}
      </main>
    </div>
  );
}
