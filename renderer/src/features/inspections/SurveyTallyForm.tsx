import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SURVEY_QUESTIONS } from '../../../../main/api/onsite-values';
import { send } from '../../api/client';
import { EntryFormFooter, useEntrySave } from './entry-form';
import { useInspection } from './store';

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
  const { message, error, save } = useEntrySave('surveys', Boolean(existing), onSaved);

  function submit(e: FormEvent) {
    e.preventDefault();
    void save(
      () => send('saveSurveyTally', { inspectionId, id: existing?.id, question, groupName, agree, respondents }),
      () => {
        setGroupName('');
        setAgree(0);
        setRespondents(0);
      },
    );
  }

  return (
    <form className="card entry-form" onSubmit={submit} aria-label={t(existing ? 'onsite.surveys.editing' : 'onsite.surveys.add')}>
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
      </div>
      <EntryFormFooter namespace="surveys" correcting={Boolean(existing)} onCancel={onSaved} message={message} error={error} />
    </form>
  );
}
