import { useTranslation } from 'react-i18next';
import { type ApiResult, send } from '../../api/client';
import { formatDate } from '../../components/format';
import { changePlan } from './store';

type Plan = ApiResult<'getReferral'>;
type Kind = 'goal' | 'action' | 'visit' | 'milestone' | 'board_contact' | 'visit_attachment';

/** Every decision on the trajectory with its author and date, and the removed entries with a way back. */
export function HistorySection({ plan, locked }: { plan: Plan; locked: boolean }) {
  const { t } = useTranslation();
  const referralId = plan.referral.id;
  const visitDate = new Map(plan.visits.map((v) => [v.id, v.date]));
  const removed: Array<{ kind: Kind; id: string; label: string; at: string }> = [
    ...plan.removed.goals.map((g) => ({ kind: 'goal' as const, id: g.id, label: g.title, at: g.removedAt ?? '' })),
    ...plan.removed.actions.map((a) => ({ kind: 'action' as const, id: a.id, label: a.description, at: a.removedAt ?? '' })),
    ...plan.removed.visits.map((v) => ({ kind: 'visit' as const, id: v.id, label: formatDate(v.date), at: v.removedAt ?? '' })),
    ...plan.removed.milestones.map((m) => ({ kind: 'milestone' as const, id: m.id, label: m.title, at: m.removedAt ?? '' })),
    ...plan.removed.contacts.map((c) => ({ kind: 'board_contact' as const, id: c.id, label: t('visitRecords.removedContact', { date: formatDate(c.date), channel: t(`visitRecords.channels.${c.channel}`) }), at: c.removedAt ?? '' })),
    ...plan.removed.attachments.map((a) => ({
      kind: 'visit_attachment' as const,
      id: a.id,
      label: t('visitRecords.removedFile', { name: a.fileName, date: formatDate(visitDate.get(a.visitId) ?? '') }),
      at: a.removedAt ?? '',
    })),
  ];
  const phase = (p: string) => t(`taskforce.phases.${p}`);
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t('taskforce.history')}</h2>
      <ol className="plain history">
        {plan.decisions.map((d) => (
          <li key={d.id}>
            {t('taskforce.historyDecision', { event: t(`taskforce.events.${d.event}`), from: phase(d.fromPhase), to: phase(d.toPhase), date: formatDate(d.decidedOn), who: d.createdBy })}
            {typeof d.details.reason === 'string' && <span className="muted"> — {d.details.reason}</span>}
            {typeof d.details.signedBy === 'string' && <span className="muted"> — {d.details.signedBy}</span>}
          </li>
        ))}
      </ol>
      {removed.length > 0 && (
        <>
          <h3>{t('taskforce.removedEntries')}</h3>
          <ul className="plain">
            {removed.map((r) => (
              <li key={r.id}>
                {r.label} <span className="muted">({formatDate(r.at.slice(0, 10))})</span>{' '}
                {!locked && (
                  <button type="button" className="link" aria-label={`${t('taskforce.restore')}: ${r.label}`} onClick={() => void changePlan(() => send('restorePlanEntry', { referralId, kind: r.kind, id: r.id }))}>
                    {t('taskforce.restore')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
