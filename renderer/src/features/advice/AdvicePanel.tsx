import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../app/router';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { formatDateTime } from '../../components/format';
import { ConsequenceList } from './Consequences';
import { FinalizeDialog } from './FinalizeDialog';
import './advice.css';
import { decideAdvice, loadAdvice, openReferral, reopenInspection, useAdvice } from './store';

type Code = '1' | '2A' | '2B' | '3';

function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Journey 3, "Decide": the proposal and its reasons, the lead inspector's choice, its consequences. */
export function AdvicePanel({ inspectionId, onStatusChange }: { inspectionId: string; onStatusChange?: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const advice = useAdvice((s) => (s.advice?.inspectionId === inspectionId ? s.advice : null));
  const referralId = useAdvice((s) => s.referralId);
  const error = useAdvice((s) => s.error);
  const busy = useAdvice((s) => s.busy);
  const [chosen, setChosen] = useState<Code | null>(null);
  const [motivation, setMotivation] = useState('');
  const [guidance, setGuidance] = useState<boolean | null>(null);
  const [reportDate, setReportDate] = useState(todayIso());
  const [reason, setReason] = useState('');
  const [checking, setChecking] = useState(false);

  useEffect(() => {
    void loadAdvice(inspectionId);
  }, [inspectionId]);
  useEffect(() => {
    if (!advice) return;
    setChosen((advice.decision?.chosen ?? advice.proposal.advice) as Code);
    setMotivation(advice.decision?.motivation ?? '');
    setGuidance(advice.decision?.guidanceObliged ?? advice.guidanceByAdvice[(advice.decision?.chosen ?? advice.proposal.advice) as Code] === 'required');
    if (advice.decision) setReportDate(advice.decision.reportDate);
  }, [advice]);

  if (!advice || chosen === null) return error ? <ErrorMessage error={error} /> : <Loading />;
  const label = (code: string) => advice.advices.find((a) => a.code === code)?.label[lang] ?? code;
  const departs = chosen !== advice.proposal.advice;
  const guidanceChoice = advice.guidanceByAdvice[chosen];
  const guidanceObliged = guidanceChoice === 'required' || (guidanceChoice === 'optional' && Boolean(guidance));
  const canRefer = advice.decision && (advice.decision.chosen === '2B' || (advice.decision.chosen === '2A' && advice.decision.guidanceObliged));

  async function submit(event: FormEvent) {
    event.preventDefault();
    // Deciding moves the inspection to "advies in voorbereiding": the page header follows.
    if (await decideAdvice({ inspectionId, chosen: chosen!, motivation, guidanceObliged, reportDate })) onStatusChange?.();
  }

  return (
    <section className="card advice" aria-labelledby="advice-title">
      <h2 id="advice-title">{t('advice.title')}</h2>
      <p className="proposal">
        <strong>{t('advice.proposal', { advice: label(advice.proposal.advice) })}</strong>
      </p>
      {advice.stale && !advice.locked && (
        <p className="warning" role="status">
          {t('advice.stale', { decided: label(advice.decision!.proposed), proposed: label(advice.proposal.advice) })}
        </p>
      )}
      <h3>{t('advice.why')}</h3>
      <ul>
        {advice.proposal.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      <h3>{t('advice.shortcomings')}</h3>
      {advice.shortcomings.length === 0 ? (
        <p className="muted">{t('advice.noShortcomings')}</p>
      ) : (
        <ol>
          {advice.shortcomings.map((s) => (
            <li key={s.indicatorId}>
              <span className="mono muted">{s.indicatorId}</span> {s.text}
            </li>
          ))}
        </ol>
      )}
      <form onSubmit={submit}>
        <fieldset className="advice-choice" disabled={advice.locked || busy}>
          <legend>{t('advice.choose')}</legend>
          {advice.advices.map((a) => (
            <label key={a.code} className="choice">
              <input type="radio" name="advice" value={a.code} checked={chosen === a.code} onChange={() => setChosen(a.code as Code)} />
              <span>
                <strong>{a.label[lang]}</strong>
                <small>{a.summary[lang]}</small>
              </span>
            </label>
          ))}
        </fieldset>
        {guidanceChoice !== 'not_allowed' && (
          <label className="checkbox">
            <input
              type="checkbox"
              checked={guidanceObliged}
              disabled={advice.locked || guidanceChoice === 'required'}
              aria-describedby="advice-guidance-why"
              onChange={(e) => setGuidance(e.target.checked)}
            />{' '}
            {t('advice.guidance')}
          </label>
        )}
        <p id="advice-guidance-why" className="muted">
          {t(`advice.guidanceWhy.${chosen === '2B' ? 'condition' : guidanceChoice}`)}
        </p>
        <label htmlFor="advice-motivation">{t('advice.motivation')}</label>
        <textarea id="advice-motivation" rows={3} value={motivation} readOnly={advice.locked} aria-describedby={departs ? 'advice-motivation-needed' : undefined} onChange={(e) => setMotivation(e.target.value)} />
        {departs && (
          <p id="advice-motivation-needed" className="warning">
            {t('advice.motivationNeeded')}
          </p>
        )}
        <div className="form-row">
          <div className="field">
            <label htmlFor="advice-report-date">{t('advice.reportDate')}</label>
            <input id="advice-report-date" type="date" required value={reportDate} readOnly={advice.locked} onChange={(e) => setReportDate(e.target.value)} />
          </div>
          {!advice.locked && (
            <button type="submit" className="primary" disabled={busy}>
              {t('advice.decide')}
            </button>
          )}
        </div>
      </form>
      {advice.decision && <p className="muted">{t('advice.decided', { by: advice.decision.decidedBy, at: formatDateTime(advice.decision.decidedAt) })}</p>}
      <h3>{t('advice.consequences')}</h3>
      <ConsequenceList consequences={advice.consequences} />
      {error && <ErrorMessage error={error} />}
      <div className="actions">
        {canRefer && !referralId && (
          <button type="button" disabled={busy} onClick={() => void openReferral(inspectionId)}>
            {t('advice.openReferral')}
          </button>
        )}
        {referralId && <a href={hrefFor({ place: 'referral', id: referralId })}>{t('advice.viewReferral')}</a>}
        {advice.decision && !advice.locked && (
          <button type="button" disabled={busy} onClick={() => setChecking(true)}>
            {t('advice.finalize')}
          </button>
        )}
      </div>
      {checking && (
        <FinalizeDialog
          inspectionId={inspectionId}
          onClose={() => setChecking(false)}
          onFinal={() => {
            setChecking(false);
            onStatusChange?.();
          }}
        />
      )}
      {advice.locked && (
        <div className="form-row">
          <p role="status">{t('advice.finalized')}</p>
          <div className="field">
            <label htmlFor="reopen-reason">{t('advice.reopenReason')}</label>
            <input id="reopen-reason" type="text" value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
          <button type="button" disabled={busy || reason.trim() === ''} onClick={() => void reopenInspection(inspectionId, reason).then((ok) => { if (ok) { setReason(''); onStatusChange?.(); } })}>
            {t('advice.reopen')}
          </button>
        </div>
      )}
    </section>
  );
}
