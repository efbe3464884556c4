import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../app/router';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatNumber } from '../../components/format';
import { searchSchools, useSchoolList } from './store';

export function SchoolList() {
  const { t } = useTranslation();
  const query = useSchoolList((s) => s.query);
  const schools = useSchoolList((s) => s.schools);
  const loading = useSchoolList((s) => s.loading);
  const error = useSchoolList((s) => s.error);

  useEffect(() => {
    void searchSchools(useSchoolList.getState().query);
  }, []);

  return (
    <section aria-labelledby="schools-title">
      <h1 id="schools-title">{t('schools.title')}</h1>
      <div className="search">
        <label htmlFor="school-search">{t('schools.searchLabel')}</label>
        <input
          id="school-search"
          type="search"
          value={query}
          autoComplete="off"
          aria-describedby="school-search-hint"
          onChange={(event) => void searchSchools(event.target.value)}
        />
        <span id="school-search-hint" className="muted">
          {t('schools.searchHint')}
        </span>
      </div>
      {error && <ErrorMessage error={error} onRetry={() => void searchSchools(query)} />}
      <p className="muted" role="status" aria-live="polite">
        {loading ? t('common.loading') : t('schools.count', { count: schools.length })}
      </p>
      {!loading && schools.length === 0 && query && <p>{t('schools.empty', { query })}</p>}
      {schools.length > 0 && (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t('schools.columns.name')}</th>
              <th scope="col">{t('schools.columns.number')}</th>
              <th scope="col">{t('schools.columns.level')}</th>
              <th scope="col">{t('schools.columns.form')}</th>
              <th scope="col">{t('schools.columns.municipality')}</th>
              <th scope="col" className="num">
                {t('schools.columns.pupils')}
              </th>
            </tr>
          </thead>
          <tbody>
            {schools.map((school) => (
              <tr key={school.instellingsnummer}>
                <td>
                  <a href={hrefFor({ place: 'school', instellingsnummer: school.instellingsnummer })}>{school.name}</a>
                </td>
                <td className="mono">{school.instellingsnummer}</td>
                <td>{t(`levels.${school.level}`)}</td>
                <td>{t(`forms.${school.form}`)}</td>
                <td>{school.municipality}</td>
                <td className="num">{formatNumber(school.latestPupils)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
