import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { send } from '../../api/client';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { formatNumber } from '../../components/format';

export function OverviewPage() {
  const { t } = useTranslation();
  const [counts, setCounts] = useState<{ schools: number; inspections: number } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    Promise.all([send('appInfo', {}), send('listInspections', {})]).then(
      ([info, inspections]) => setCounts({ schools: info.schools, inspections: inspections.length }),
      (e: Error) => setError(e.message),
    );
  }, []);

  return (
    <section aria-labelledby="overview-title">
      <h1 id="overview-title">{t('overview.title')}</h1>
      <p>{t('overview.intro')}</p>
      {error && <ErrorMessage error={error} />}
      {!counts && !error && <Loading />}
      {counts && (
        <dl className="tiles">
          <div className="card"><dt>{t('overview.schools')}</dt><dd>{formatNumber(counts.schools)}</dd></div>
          <div className="card"><dt>{t('overview.inspections')}</dt><dd>{formatNumber(counts.inspections)}</dd></div>
        </dl>
      )}
    </section>
  );
}
