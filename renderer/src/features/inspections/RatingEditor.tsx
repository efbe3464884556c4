import { useTranslation } from 'react-i18next';
import type { Indicator, RatingLevel } from '../../../../main/api/types';
import { PrivacyWarning } from '../../components/PrivacyWarning';
import { IndicatorContext } from './IndicatorContext';
import { discardDraft, flush, type SaveState, setLevel, setText, TEXT_FIELDS, type TextField, useInspection } from './store';

const LEVELS: RatingLevel[] = ['beneden', 'benadert', 'volgens', 'overstijgt'];

function SaveStatus({ state }: { state: SaveState | undefined }) {
  const { t } = useTranslation();
  const text =
    state === undefined
      ? ''
      : state === 'saved'
        ? t('common.saved')
        : state === 'saving'
          ? t('common.saving')
          : state === 'pending'
            ? t('common.unsaved')
            : t('onsite.notSaved');
  return (
    <span className={`save-state ${typeof state === 'object' ? 'failed' : (state ?? '')}`} role="status" aria-live="polite">
      {text}
    </span>
  );
}

function TextArea({ indicatorId, field, readOnly, required }: { indicatorId: string; field: TextField; readOnly: boolean; required?: boolean }) {
  const { t } = useTranslation();
  const value = useInspection((s) => s.drafts[indicatorId]?.[field] ?? '');
  const id = `rating-${indicatorId}-${field}`;
  // The skeleton's "Motivering" label stays the motivation field's exact name.
  const label = field === 'motivation' ? t('inspection.motivation') : t(`onsite.texts.${field}`);
  return (
    <div className={`text-field text-${field}`}>
      <label htmlFor={id}>
        {label}
        {required && <span className="required"> *</span>}
      </label>
      <textarea
        id={id}
        rows={field === 'motivation' ? 4 : 2}
        value={value}
        readOnly={readOnly}
        aria-required={required || undefined}
        aria-describedby={`${id}-privacy`}
        onChange={(e) => setText(indicatorId, field, e.target.value)}
        onBlur={() => void flush(indicatorId)}
      />
      <PrivacyWarning text={value} id={`${id}-privacy`} />
    </div>
  );
}

/** The deadline by which the school must remedy a tekort: asked for with "beneden" only. */
function DeadlineField({ indicatorId, readOnly }: { indicatorId: string; readOnly: boolean }) {
  const { t } = useTranslation();
  const value = useInspection((s) => s.drafts[indicatorId]?.shortcomingDeadline ?? '');
  const id = `rating-${indicatorId}-deadline`;
  return (
    <div className="field text-deadline">
      <label htmlFor={id}>
        {t('onsite.deadline')}
        <span className="required"> *</span>
      </label>
      <input id={id} type="date" value={value} readOnly={readOnly} aria-required onChange={(e) => setText(indicatorId, 'shortcomingDeadline', e.target.value)} onBlur={() => void flush(indicatorId)} />
    </div>
  );
}

/** Where the action behind an indicator applies from (the plan's "Timing" line), and whether it does on this inspection's date. */
function InForce({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  if (!indicator.inForceFrom) return null;
  // The record says which indicators are not in force on this inspection's date (getInspection).
  const applies = useInspection((s) => !(s.detail?.notInForce ?? []).includes(indicator.id));
  return <p className={applies ? 'in-force' : 'warning'}>{t(applies ? 'onsite.inForce' : 'onsite.notInForce', { year: indicator.inForceFrom })}</p>;
}

export function RatingEditor({ indicator, readOnly }: { indicator: Indicator; readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const level = useInspection((s) => s.drafts[indicator.id]?.level ?? null);
  const motivation = useInspection((s) => s.drafts[indicator.id]?.motivation ?? '');
  const saveState = useInspection((s) => s.saveState[indicator.id]);
  const groupName = `rating-${indicator.id}`;
  const refused = typeof saveState === 'object' ? saveState : null;

  return (
    <section className={`indicator card${refused ? ' rating-refused' : ''}`} id={`indicator-${indicator.id}`} aria-labelledby={`${groupName}-title`}>
      <header>
        <h3 id={`${groupName}-title`}>
          <span className="mono muted">{indicator.id}</span> {indicator.title[lang]}
        </h3>
        <SaveStatus state={saveState} />
      </header>
      <details>
        <summary>{t('inspection.guidance')}</summary>
        <p>{indicator.guidance[lang]}</p>
        <h4>{t('inspection.lookFors')}</h4>
        <ul>
          {indicator.lookFors.map((lookFor, i) => (
            <li key={i}>{lookFor[lang]}</li>
          ))}
        </ul>
      </details>
      <InForce indicator={indicator} />
      <IndicatorContext indicator={indicator} level={level} />
      {refused && (
        <div className="refusal" role="alert">
          <p>
            <strong>{t('onsite.notSaved')}:</strong> {refused.failed}
          </p>
          <button type="button" onClick={() => discardDraft(indicator.id)}>
            {t('onsite.discard')}
          </button>
        </div>
      )}
      <fieldset className="scale" disabled={readOnly}>
        <legend>{t('inspection.rating')}</legend>
        {LEVELS.map((value) => (
          <label key={value} className={`level level-${value}`}>
            <input type="radio" name={groupName} value={value} checked={level === value} onChange={() => void setLevel(indicator.id, value)} />
            <span>{t(`ratingLevels.${value}`)}</span>
          </label>
        ))}
        {level !== null && (
          <button type="button" className="link" onClick={() => void setLevel(indicator.id, null)}>
            {t('inspection.clearRating')}
          </button>
        )}
      </fieldset>
      <TextArea indicatorId={indicator.id} field="motivation" readOnly={readOnly} />
      <div className="indicator-texts">
        {TEXT_FIELDS.filter((f) => f !== 'motivation').map((field) => (
          <TextArea key={field} indicatorId={indicator.id} field={field} readOnly={readOnly} required={field === 'shortcomings' && level === 'beneden'} />
        ))}
        {level === 'beneden' && <DeadlineField indicatorId={indicator.id} readOnly={readOnly} />}
      </div>
      {level !== null && motivation.trim() === '' && <p className="warning">{t('inspection.motivationMissing')}</p>}
    </section>
  );
}
