import { useTranslation } from 'react-i18next';
import { FOUR_RS } from '../../../../main/api/onsite-values';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatDateTime, formatNumber } from '../../components/format';
import { ObservationForm } from './ObservationForm';
import { EntryRow, useEntryList } from './entry-form';
import { useInspection } from './store';

export function ObservationsTab({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  const onsite = useInspection((s) => s.onsite)!;
  const list = useEntryList('observation');
  const tot = onsite.summary.timeOnTask;


  return (
    <section aria-labelledby="observations-title">
      <h2 id="observations-title">{t('onsite.observations.title')}</h2>
      {!readOnly && <ObservationForm />}
      <p>{t('onsite.observations.timeOnTask', { pct: tot.pct === null ? '—' : `${formatNumber(tot.pct)} %`, onTask: tot.onTask, total: tot.total })}</p>
      {list.error && <ErrorMessage error={list.error} />}
      {onsite.observations.length === 0 ? (
        <p className="muted">{t('onsite.observations.empty')}</p>
      ) : (
        <table className="data compact observations-table">
          <thead>
            <tr>
              {(['time', 'className', 'subject', 'scores', 'onTask'] as const).map((c) => (
                <th key={c} scope="col">{t(`onsite.observations.columns.${c}`)}</th>
              ))}
              {!readOnly && <th scope="col">{t('onsite.observations.columns.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {onsite.observations.map((o) => (
              <EntryRow key={o.id} list={list} id={o.id} namespace="observations" what={o.className} readOnly={readOnly} form={<ObservationForm existing={o} onSaved={list.close} />}>
                <td>{formatDateTime(o.observedAt)}</td>
                <td>{o.className}</td>
                <td>{o.subject}</td>
                <td>{FOUR_RS.map((r) => (o.scores[r] ? t(`ratingLevels.${o.scores[r]}`) : '—')).join(' · ')}</td>
                <td>{o.onTask}/{o.onTask + o.offTask}</td>
              </EntryRow>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
