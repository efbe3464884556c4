import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiResult, send } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatNumber } from '../../components/format';
import { useInspection } from './store';
import { SurveyTallyForm } from './SurveyTallyForm';
import { EntryRowActions, useEntryList } from './entry-form';

type Totals = ApiResult<'surveyTotals'>;

function TotalsTable({ caption, totals }: { caption: string; totals: Totals }) {
  const { t } = useTranslation();
  return (
    <table className="data compact">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('onsite.surveys.question')}</th>
          <th scope="col" className="num">{t('onsite.surveys.agree')}</th>
          <th scope="col" className="num">{t('onsite.surveys.respondents')}</th>
          <th scope="col" className="num">%</th>
        </tr>
      </thead>
      <tbody>
        {totals.map((row) => (
          <tr key={row.question}>
            <th scope="row">{t(`onsite.surveys.questions.${row.question}`)}</th>
            <td className="num">{row.agree}</td>
            <td className="num">{row.respondents}</td>
            <td className="num">{row.pct === null ? '—' : formatNumber(row.pct)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function SurveysTab({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  const onsite = useInspection((s) => s.onsite)!;
  const list = useEntryList('survey_tally');
  const [all, setAll] = useState<Totals | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    send('surveyTotals', {}).then(setAll, (e: Error) => setError(e.message));
  }, [onsite]);


  return (
    <section aria-labelledby="surveys-title">
      <h2 id="surveys-title">{t('onsite.surveys.title')}</h2>
      <p className="muted">{t('onsite.surveys.intro')}</p>
      {!readOnly && <SurveyTallyForm />}
      {error && <ErrorMessage error={error} />}
      {list.error && <ErrorMessage error={list.error} />}
      {onsite.tallies.length === 0 && <p className="muted">{t('onsite.surveys.empty')}</p>}
      {onsite.tallies.length > 0 && (
        <ul className="plain tallies">
          {onsite.tallies.map((tally) => {
            const what = `${t(`onsite.surveys.questions.${tally.question}`)} — ${tally.groupName}`;
            return (
              <li key={tally.id}>
                {what}: {tally.agree}/{tally.respondents}
                {!readOnly && (
                  <>
                    {' '}
                    <EntryRowActions namespace="surveys" what={what} open={list.editing === tally.id} onToggle={() => list.toggle(tally.id)} onRemove={() => void list.remove(tally.id)} />
                  </>
                )}
                {list.editing === tally.id && <SurveyTallyForm existing={tally} onSaved={list.close} />}
              </li>
            );
          })}
        </ul>
      )}
      <TotalsTable caption={t('onsite.surveys.thisInspection')} totals={onsite.summary.surveys} />
      {all && <TotalsTable caption={t('onsite.surveys.allInspections')} totals={all} />}
    </section>
  );
}
