import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { searchKey } from '../../../../main/api/vocabulary';
import { type ApiResult, send } from '../../api/client';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { NewInspectionForm } from '../schools/NewInspectionForm';

type School = ApiResult<'listSchools'>[number];
const SHOWN = 8;

/** "Nieuwe inspectie" from the Inspecties page: find the school, then the same form as on the school's page. */
export function NewInspectionPanel({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const searchId = useId();
  const [schools, setSchools] = useState<School[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<School | null>(null);

  useEffect(() => {
    send('listSchools', { limit: 10_000 }).then(setSchools, (e: Error) => setError(e.message));
  }, []);

  const term = searchKey(query);
  const matches = term && schools ? schools.filter((s) => searchKey(s.name).includes(term) || s.instellingsnummer.includes(term) || searchKey(s.municipality).includes(term)) : [];

  return (
    <section className="card new-inspection" aria-labelledby="new-inspection-panel-title">
      <h2 id="new-inspection-panel-title" style={{ marginTop: 0 }}>{t('inspections.newTitle')}</h2>
      {error && <ErrorMessage error={error} />}
      {!schools && !error && <Loading />}
      {schools && !chosen && (
        <>
          <div className="search">
            <label htmlFor={searchId}>{t('inspections.chooseSchool')}</label>
            <input id={searchId} type="search" value={query} autoFocus autoComplete="off" onChange={(e) => setQuery(e.target.value)} />
            <span className="muted">{t('schools.searchHint')}</span>
          </div>
          {term && (
            <ul className="plain school-picks" aria-label={t('inspections.matches', { count: matches.length })}>
              {matches.slice(0, SHOWN).map((s) => (
                <li key={s.instellingsnummer}>
                  <button type="button" className="link" onClick={() => setChosen(s)}>
                    {s.name}
                  </button>{' '}
                  <span className="muted">
                    {s.instellingsnummer} · {s.municipality}
                  </span>
                </li>
              ))}
              {matches.length === 0 && <li className="muted">{t('schools.empty', { query })}</li>}
              {matches.length > SHOWN && <li className="muted">{t('inspections.moreMatches', { count: matches.length - SHOWN })}</li>}
            </ul>
          )}
        </>
      )}
      {chosen && (
        <>
          <p>
            {t('inspections.forSchool')} <strong>{chosen.name}</strong> <span className="muted">({chosen.instellingsnummer})</span>{' '}
            <button type="button" className="link" onClick={() => setChosen(null)}>
              {t('inspections.otherSchool')}
            </button>
          </p>
          <NewInspectionForm instellingsnummer={chosen.instellingsnummer} />
        </>
      )}
      <button type="button" onClick={onClose}>
        {t('inspections.closeNew')}
      </button>
    </section>
  );
}
