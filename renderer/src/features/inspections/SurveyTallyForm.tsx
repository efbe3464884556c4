import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SURVEY_QUESTIONS } from '../../../../main/api/onsite-values';
import { send } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { refreshInspection, useInspection } from './store';

type Question = (typeof SURVEY_QUESTIONS)[number];

/** A tally being corrected: the form opens with its values and saves under its id. */
export interface TallyDraft {
  id: string;
  question: Question;
  groupName: string;
  agree: number;
  respondents: number;
}

/** Records one survey tally (how many agreed of how many asked), or corrects one in place. */
export function SurveyTallyForm({ existing, onSaved }: { existing?: TallyDraft; onSaved?: () => void }) {
  const { t } = useTranslation();
  const uid = useId();
  const inspectionId = useInspection((s) => s.detail!.inspection.id);
  const [question, setQuestion] = useState<Question>(existing?.question ?? 'pupils_safe_respected');
  const [groupName, setGroupName] = useState(existing?.groupName ?? '');
  const [agree, setAgree] = useState(existing?.agree ?? 0);
  const [respondents, setRespondents] = useState(existing?.respondents ?? 0);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setMessage('');
    try {
      await send('saveSurveyTally', { inspectionId, id: existing?.id, question, groupName, agree, respondents });
      if (!existing) {
        setGroupName('');
        setAgree(0);
        setRespondents(0);
      }
      setMessage(t(existing ? 'onsite.surveys.saved' : 'onsite.surveys.added'));
      await refreshInspection();
      onSaved?.();
    } catch (err) {
      setError((err as Error).message);
    }
  }

  return (
    <form className="card entry-form" onSubmit={(e) => void submit(e)} aria-label={t(existing ? 'onsite.surveys.editing' : 'onsite.surveys.add')}>
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${uid}-question`}>{t('onsite.surveys.question')}</label>
          <select id={`${uid}-question`} autoFocus={Boolean(existing)} value={question} onChange={(e) => setQuestion(e.target.value as Question)}>
            {SURVEY_QUESTIONS.map((q) => (
              <option key={q} value={q}>{t(`onsite.surveys.questions.${q}`)}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${uid}-group`}>{t('onsite.surveys.group')}</label>
          <input id={`${uid}-group`} required value={groupName} onChange={(e) => setGroupName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${uid}-agree`}>{t('onsite.surveys.agree')}</label>
          <input id={`${uid}-agree`} type="number" min={0} value={agree} onChange={(e) => setAgree(Number(e.target.value) || 0)} />
        </div>
        <div className="field">
          <label htmlFor={`${uid}-respondents`}>{t('onsite.surveys.respondents')}</label>
          <input id={`${uid}-respondents`} type="number" min={0} value={respondents} onChange={(e) => setRespondents(Number(e.target.value) || 0)} />
        </div>
        <button type="submit" className="primary">{t(existing ? 'onsite.surveys.save' : 'onsite.surveys.add')}</button>
        {existing && onSaved && (
          <button type="button" onClick={onSaved}>{t('onsite.surveys.cancel')}</button>
        )}
      </div>
      <p role="status" aria-live="polite">{message}</p>
      {error && <ErrorMessage error={error} />}
    </form>
  );
}
