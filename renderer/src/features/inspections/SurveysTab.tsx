import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SURVEY_QUESTIONS } from '../../../../main/api/onsite-values';
import { type ApiResult, send } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatNumber } from '../../components/format';
import { refreshInspection, useInspection } from './store';

type Question = (typeof SURVEY_QUESTIONS)[number];
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
  const inspectionId = useInspection((s) => s.detail!.inspection.id);
  const [question, setQuestion] = useState<Question>('pupils_safe_respected');
  const [groupName, setGroupName] = useState('');
  const [agree, setAgree] = useState(0);
  const [respondents, setRespondents] = useState(0);
  const [all, setAll] = useState<Totals | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    send('surveyTotals', {}).then(setAll, (e: Error) => setError(e.message));
  }, [onsite]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setMessage('');
    try {
      await send('saveSurveyTally', { inspectionId, question, groupName, agree, respondents });
      setGroupName('');
      setAgree(0);
      setRespondents(0);
      setMessage(t('onsite.surveys.added'));
      await refreshInspection();
    } catch (err) {
      setError((err as Error).message);
    }
  }

  return (
    <section aria-labelledby="surveys-title">
      <h2 id="surveys-title">{t('onsite.surveys.title')}</h2>
      <p className="muted">{t('onsite.surveys.intro')}</p>
      {!readOnly && (
        <form className="card entry-form" onSubmit={(e) => void submit(e)} aria-label={t('onsite.surveys.add')}>
          <div className="form-row">
            <div className="field">
              <label htmlFor="survey-question">{t('onsite.surveys.question')}</label>
              <select id="survey-question" value={question} onChange={(e) => setQuestion(e.target.value as Question)}>
                {SURVEY_QUESTIONS.map((q) => (
                  <option key={q} value={q}>{t(`onsite.surveys.questions.${q}`)}</option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="survey-group">{t('onsite.surveys.group')}</label>
              <input id="survey-group" required value={groupName} onChange={(e) => setGroupName(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor="survey-agree">{t('onsite.surveys.agree')}</label>
              <input id="survey-agree" type="number" min={0} value={agree} onChange={(e) => setAgree(Number(e.target.value) || 0)} />
            </div>
            <div className="field">
              <label htmlFor="survey-respondents">{t('onsite.surveys.respondents')}</label>
              <input id="survey-respondents" type="number" min={0} value={respondents} onChange={(e) => setRespondents(Number(e.target.value) || 0)} />
            </div>
            <button type="submit" className="primary">{t('onsite.surveys.add')}</button>
          </div>
          <p role="status" aria-live="polite">{message}</p>
          {error && <ErrorMessage error={error} />}
        </form>
      )}
      {onsite.tallies.length === 0 && <p className="muted">{t('onsite.surveys.empty')}</p>}
      {onsite.tallies.length > 0 && (
        <ul className="plain">
          {onsite.tallies.map((tally) => (
            <li key={tally.id}>
              {t(`onsite.surveys.questions.${tally.question}`)} — {tally.groupName}: {tally.agree}/{tally.respondents}
            </li>
          ))}
        </ul>
      )}
      <TotalsTable caption={t('onsite.surveys.thisInspection')} totals={onsite.summary.surveys} />
      {all && <TotalsTable caption={t('onsite.surveys.allInspections')} totals={all} />}
    </section>
  );
}
