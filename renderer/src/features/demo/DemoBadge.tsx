import './demo.css';
import { useTranslation } from 'react-i18next';

/** "Demo" beside a made-up school or example inspection, wherever it is listed or opened. */
export function DemoBadge() {
  const { t } = useTranslation();
  return (
    <span className="badge demo" title={t('demo.badgeTitle')}>
      {t('demo.badge')}
      <span className="visually-hidden">: {t('demo.badgeTitle')}</span>
    </span>
  );
}
