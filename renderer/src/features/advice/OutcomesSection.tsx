import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiResult, send } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatNumber } from '../../components/format';

type Outcomes = ApiResult<'getOutcomes'>;
const CODES = ['1', '2A', '2B', '3'] as const;

function CountsTable({ caption, rows }: { caption: string; rows: Array<{ label: string; counts: Record<(typeof CODES)[number], number> }> }) {
  const { t } = useTranslation();
  return (
    <table className="data compact">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('advice.outcomes.group')}</th>
          {CODES.map((c) => (
            <th key={c} scope="col" className="num">
              {t('advice.outcomes.advice', { code: c })}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label}>
            <th scope="row">{r.label}</th>
            {CODES.map((c) => (
              <td key={c} className="num">
                {formatNumber(r.counts[c])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Journey 6: the outcomes of final inspections, for the inspectorate. */
export function OutcomesSection() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const [outcomes, setOutcomes] = useState<Outcomes | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    send('getOutcomes', {}).then(setOutcomes, (e: Error) => setError(e.message));
  }, []);

  return (
    <section aria-labelledby="outcomes-title">
      <h2 id="outcomes-title">{t('advice.outcomes.title')}</h2>
      {error && <ErrorMessage error={error} />}
      {outcomes && outcomes.total === 0 && <p className="muted">{t('advice.outcomes.none')}</p>}
      {outcomes && outcomes.total > 0 && (
        <>
          <p>{t('advice.outcomes.intro', { count: outcomes.total })}</p>
          <CountsTable caption={t('advice.outcomes.bySchoolYear')} rows={outcomes.bySchoolYear.map((r) => ({ label: r.schoolYear, counts: r.counts }))} />
          <CountsTable caption={t('advice.outcomes.byLevel')} rows={outcomes.byLevel.map((r) => ({ label: t(`levels.${r.level}`), counts: r.counts }))} />
          <table className="data compact">
            <caption>{t('advice.outcomes.byDomain')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('advice.outcomes.domain')}</th>
                <th scope="col" className="num">{t('advice.outcomes.inspections')}</th>
              </tr>
            </thead>
            <tbody>
              {outcomes.shortcomingsByDomain.map((d) => (
                <tr key={d.domain}>
                  <th scope="row">{outcomes.domainTitles[d.domain]?.[lang] ?? d.domain}</th>
                  <td className="num">{formatNumber(d.inspections)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
