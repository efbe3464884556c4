import { useTranslation } from 'react-i18next';
import { personalDataKinds } from '../../../main/api/privacy';

/**
 * A polite warning under a free-text field when the text seems to hold a
 * national register number or an e-mail address. The live region is always
 * present (empty when all is well) so screen readers announce it when it fills.
 */
export function PrivacyWarning({ text, id }: { text: string; id?: string }) {
  const { t } = useTranslation();
  const kinds = personalDataKinds(text);
  return (
    <div id={id} role="status" aria-live="polite" className="privacy-warning">
      {kinds.length > 0 && (
        <p className="warning">
          {t('privacy.intro')}: {kinds.map((kind) => t(`privacy.${kind}`)).join(', ')}. {t('privacy.advice')}
        </p>
      )}
    </div>
  );
}
