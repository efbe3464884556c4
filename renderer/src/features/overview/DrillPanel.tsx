import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiResult, send } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { filterOf, overviewHref, useOverviewQuery } from './drill';
import { MonitoringTableView } from './MonitoringTableView';

type Drilled = ApiResult<'getOverviewDrill'>;

/**
 * The schools behind the figure in the address: one list for every tile,
 * card, table cell and chart point, from main. It takes focus when it
 * opens, so a keyboard or screen-reader user lands on it; "back" is the
 * browser's back button or the link, which returns to the view without it.
 */
export function DrillPanel({ drill }: { drill: string }) {
  const { t, i18n } = useTranslation();
  const query = useOverviewQuery();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const [result, setResult] = useState<Drilled | null>(null);
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const filterKey = JSON.stringify(filterOf(query));

  useEffect(() => {
    setError(null);
    setResult(null);
    send('getOverviewDrill', { drill, filter: JSON.parse(filterKey), lang }).then(setResult, (e: Error) => setError(e.message));
  }, [drill, filterKey, lang]);

  useEffect(() => {
    if (!result) return;
    heading.current?.focus({ preventScroll: true });
    heading.current?.scrollIntoView({ block: 'start' });
  }, [result]);

  return (
    <section className="drill-panel card" aria-labelledby="drill-title">
      <p className="no-print">
        <a href={overviewHref(query, { drill: undefined })}>← {t('flanders.drill.back')}</a>
      </p>
      {error && <ErrorMessage error={error} />}
      {!result && !error && <p role="status">{t('flanders.drill.loading')}</p>}
      {result && (
        <>
          <h2 id="drill-title" ref={heading} tabIndex={-1}>
            {result.table.title}
          </h2>
          <p>{t('flanders.drill.count', { count: result.table.rows.length })}</p>
          {result.table.rows.length === 0 ? <p className="muted">{t('flanders.drill.none')}</p> : <MonitoringTableView table={result.table} exportId={drill} firstRows={200} />}
        </>
      )}
    </section>
  );
}
