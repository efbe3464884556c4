import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { send } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { refreshInspection, useInspection } from './store';

/** The domains in focus, changed by the lead inspector before or during the visit; each change is saved at once. */
export function FocusEditor({ readOnly }: { readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const detail = useInspection((s) => s.detail)!;
  const [error, setError] = useState<string | null>(null);
  const focus = detail.inspection.focusDomains;

  async function toggle(domainId: string, on: boolean) {
    const next = on ? [...focus, domainId] : focus.filter((id) => id !== domainId);
    if (next.length === 0) return setError(t('onsite.focus.atLeastOne'));
    setError(null);
    try {
      await send('setFocus', { inspectionId: detail.inspection.id, focusDomains: next });
      await refreshInspection();
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <details className="focus-editor">
      <summary>{t('onsite.focus.title')}</summary>
      <fieldset disabled={readOnly}>
        <legend className="muted">{t('onsite.focus.hint')}</legend>
        {detail.framework.domains.map((d) => (
          <label key={d.id} className="check">
            <input type="checkbox" checked={focus.includes(d.id)} onChange={(e) => void toggle(d.id, e.target.checked)} /> {d.title[lang]}
          </label>
        ))}
      </fieldset>
      {error && <ErrorMessage error={error} />}
    </details>
  );
}
