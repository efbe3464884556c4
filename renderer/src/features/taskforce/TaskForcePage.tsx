import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiResult, send } from '../../api/client';
import { hrefFor } from '../../app/router';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { formatDate } from '../../components/format';
import { daysUntilText } from './days-until';

type Row = ApiResult<'listReferrals'>[number];

/** Every school under guidance, with what needs the task force's attention first. */
export function TaskForcePage() {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Row[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    send('listReferrals', {}).then(setRows, (e: Error) => setError(e.message));
  }, []);

  return (
    <section aria-labelledby="taskforce-title">
      <h1 id="taskforce-title">{t('taskforce.title')}</h1>
      <p>{t('taskforce.intro')}</p>
      {error && <ErrorMessage error={error} />}
      {!rows && !error && <Loading />}
      {rows && rows.length === 0 && <p className="muted">{t('taskforce.empty')}</p>}
      {rows && rows.length > 0 && (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t('taskforce.columns.school')}</th>
              <th scope="col">{t('taskforce.columns.advice')}</th>
              <th scope="col">{t('taskforce.columns.board')}</th>
              <th scope="col" className="num">{t('taskforce.columns.overdue')}</th>
              <th scope="col" className="num">{t('taskforce.columns.noProgress')}</th>
              <th scope="col">{t('taskforce.columns.nextVisit')}</th>
              <th scope="col">{t('taskforce.columns.newInspection')}</th>
              <th scope="col">{t('taskforce.columns.status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>
                  <a href={hrefFor({ place: 'referral', id: r.id })}>{r.schoolName}</a>
                </td>
                <td>{r.advice}</td>
                <td>{t(`taskforce.boardAnswers.${r.boardAnswer}`)}</td>
                <td className={`num${r.overdueActions > 0 ? ' alert' : ''}`}>{r.overdueActions}</td>
                <td className={`num${r.goalsWithoutProgress > 0 ? ' alert' : ''}`}>
                  {r.goalsWithoutProgress} / {r.goals}
                </td>
                <td>{r.nextVisit ? formatDate(r.nextVisit) : '—'}</td>
                <td>{r.earliestNewInspection ? daysUntilText(t, r.earliestNewInspection) : '—'}</td>
                <td>{r.closedOn ? t('taskforce.closed') : t('taskforce.open')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
