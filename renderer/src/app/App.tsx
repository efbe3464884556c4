import { useEffect, useRef } from 'react';
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
import { AutoSync } from '../features/central/CentralPanel';
import { hrefFor, type Route, useRouter } from './router';

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
  const main = useRef<HTMLElement>(null);

  // Moving to another page puts keyboard focus at its start, as a page load would.
  useEffect(() => {
    main.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [route]);

  return (
    <div className="shell">
      <a className="skip" href="#main" onClick={(e) => { e.preventDefault(); main.current?.focus(); }}>
        {t('app.skip')}
      </a>
      <nav className="rail" aria-label={t('nav.label')}>
        <div className="brand">
          <span className="logo" aria-hidden="true">◧</span>
          <span>
            <strong>{t('app.name')}</strong>
            <small>{t('app.tagline')}</small>
          </span>
        </div>
        <ul>
          {PLACES.map((p) => {
            const current = (p.owns as readonly string[]).includes(route.place);
            return (
              <li key={p.place}>
                <a href={hrefFor({ place: p.place })} aria-current={current ? 'page' : undefined}>
                  {t(p.key)}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
      <main id="main" ref={main} tabIndex={-1}>
        <FirstStart>
          <AutoSync />
          <Page route={route} />
        </FirstStart>
      </main>
    </div>
  );
}
