import { useTranslation } from 'react-i18next';
import type { Indicator, RatingLevel } from '../../../../main/api/types';
import { flush, type SaveState, setLevel, setMotivation, useInspection } from './store';

const LEVELS: RatingLevel[] = ['beneden', 'benadert', 'volgens', 'overstijgt'];

function SaveStatus({ state }: { state: SaveState | undefined }) {
  const { t } = useTranslation();
  if (state === undefined) return null;
  const text =
    state === 'saved' ? t('common.saved') : state === 'saving' ? t('common.saving') : state === 'pending' ? t('common.unsaved') : t('common.saveFailed', { message: state.failed });
  return (
    <span className={`save-state ${typeof state === 'object' ? 'failed' : state}`} role="status" aria-live="polite">
      {text}
    </span>
  );
}

export function RatingEditor({ indicator, readOnly }: { indicator: Indicator; readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const draft = useInspection((s) => s.drafts[indicator.id]);
  const saveState = useInspection((s) => s.saveState[indicator.id]);
  const level = draft?.level ?? null;
  const motivation = draft?.motivation ?? '';
  const groupName = `rating-${indicator.id}`;

  return (
    <section className="indicator card" aria-labelledby={`${groupName}-title`}>
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
      <label htmlFor={`${groupName}-motivation`}>{t('inspection.motivation')}</label>
      <textarea
        id={`${groupName}-motivation`}
        rows={4}
        value={motivation}
        readOnly={readOnly}
        onChange={(e) => setMotivation(indicator.id, e.target.value)}
        onBlur={() => void flush(indicator.id)}
      />
      {level !== null && motivation.trim() === '' && <p className="warning">{t('inspection.motivationMissing')}</p>}
    </section>
  );
}
