import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiResult, send } from '../../api/client';
import { hrefFor } from '../../app/router';
import { formatDate } from '../../components/format';

type Agenda = ApiResult<'getTaskforceAgenda'>;
type Item = Agenda['overdue'][number];

function AgendaList({ items }: { items: Item[] }) {
  const { t } = useTranslation();
  return (
    <ul className="plain">
      {items.map((i) => (
        <li key={`${i.referralId}.${i.kind}.${i.entryId ?? ''}`}>
          {formatDate(i.date)} — <a href={hrefFor({ place: 'referral', id: i.referralId })}>{i.schoolName}</a>: {t(`taskforce.agendaKinds.${i.kind}`)}
          {i.label ? ` “${i.label}”` : ''}
        </li>
      ))}
    </ul>
  );
}

/** On start: what in my trajectories is overdue and what is due this week (Monday to Sunday). */
export function AgendaNotice() {
  const { t } = useTranslation();
  const [agenda, setAgenda] = useState<Agenda | null>(null);
  useEffect(() => {
    send('getTaskforceAgenda', {}).then(setAgenda, () => setAgenda(null));
  }, []);
  // Someone without trajectories (an inspector on the start page) is not told about the task force.
  if (!agenda || agenda.trajectories === 0) return null;
  const nothing = agenda.overdue.length === 0 && agenda.dueThisWeek.length === 0;
  return (
    <section className="card agenda" aria-labelledby="agenda-title">
      <h2 id="agenda-title">{t('taskforce.agendaTitle')}</h2>
      {nothing && <p className="muted">{t('taskforce.agendaNothing')}</p>}
      {agenda.overdue.length > 0 && (
        <>
          <h3 className="alert">{t('taskforce.agendaOverdue', { count: agenda.overdue.length })}</h3>
          <AgendaList items={agenda.overdue} />
        </>
      )}
      {agenda.dueThisWeek.length > 0 && (
        <>
          <h3>{t('taskforce.agendaWeek', { count: agenda.dueThisWeek.length })}</h3>
          <AgendaList items={agenda.dueThisWeek} />
        </>
      )}
    </section>
  );
}
