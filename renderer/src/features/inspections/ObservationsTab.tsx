import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FOUR_RS } from '../../../../main/api/onsite-values';
import { send } from '../../api/client';
import { formatDateTime, formatNumber } from '../../components/format';
import { ObservationForm } from './ObservationForm';
import { EntryRowActions } from './entry-form';
import { refreshInspection, useInspection } from './store';

export function ObservationsTab({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  const onsite = useInspection((s) => s.onsite)!;
  const inspectionId = useInspection((s) => s.detail!.inspection.id);
  const [editing, setEditing] = useState<string | null>(null);
  const tot = onsite.summary.timeOnTask;

  async function remove(id: string) {
    await send('deleteEntry', { inspectionId, kind: 'observation', id });
    await refreshInspection();
  }

  return (
    <section aria-labelledby="observations-title">
      <h2 id="observations-title">{t('onsite.observations.title')}</h2>
      {!readOnly && <ObservationForm />}
      <p>{t('onsite.observations.timeOnTask', { pct: tot.pct === null ? '—' : `${formatNumber(tot.pct)} %`, onTask: tot.onTask, total: tot.total })}</p>
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
              <Fragment key={o.id}>
                <tr>
                  <td>{formatDateTime(o.observedAt)}</td>
                  <td>{o.className}</td>
                  <td>{o.subject}</td>
                  <td>{FOUR_RS.map((r) => (o.scores[r] ? t(`ratingLevels.${o.scores[r]}`) : '—')).join(' · ')}</td>
                  <td>{o.onTask}/{o.onTask + o.offTask}</td>
                  {!readOnly && (
                    <td>
                      <EntryRowActions namespace="observations" what={o.className} open={editing === o.id} onToggle={() => setEditing(editing === o.id ? null : o.id)} onRemove={() => void remove(o.id)} />
                    </td>
                  )}
                </tr>
                {editing === o.id && (
                  <tr>
                    <td colSpan={6}>
                      <ObservationForm existing={o} onSaved={() => setEditing(null)} />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
