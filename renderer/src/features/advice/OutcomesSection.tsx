import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiResult, send } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { filterOf, useOverviewQuery } from '../overview/drill';
import { MonitoringTableView } from '../overview/MonitoringTableView';

type Outcomes = ApiResult<'getOutcomes'>;

/** Journey 6: the outcomes of final inspections, for the schools Overzicht's filter counts; every count leads to its schools. */
export function OutcomesSection() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const query = useOverviewQuery();
  const filterKey = JSON.stringify(filterOf(query));
  const [outcomes, setOutcomes] = useState<Outcomes | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setError(null);
    send('getOutcomes', { filter: JSON.parse(filterKey), lang }).then(setOutcomes, (e: Error) => setError(e.message));
  }, [filterKey, lang]);

  return (
    <section aria-labelledby="outcomes-title" className="print-block">
      <h2 id="outcomes-title">{t('advice.outcomes.title')}</h2>
      {error && <ErrorMessage error={error} />}
      {outcomes && outcomes.total === 0 && <p className="muted">{t('advice.outcomes.none')}</p>}
      {outcomes && outcomes.total > 0 && (
        <>
          <p>{t('advice.outcomes.intro', { count: outcomes.total })}</p>
          {outcomes.tables.map((table) => (
            <MonitoringTableView key={table.id} table={table} />
          ))}
        </>
      )}
    </section>
  );
}
