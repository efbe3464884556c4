import './demo.css';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../app/router';
import { formatNumber } from '../../components/format';
import { loadDemo, useDemo } from './store';

/**
 * Above Flanders-wide figures (Overzicht, the school list): says when demo
 * data counts in them, so it never mixes silently with real data.
 */
export function DemoNotice() {
  const { t } = useTranslation();
  const demo = useDemo((s) => s.demo);
  useEffect(() => {
    void loadDemo();
  }, []);
  if (!demo?.present || demo.schools === 0) return null;
  const mixed = demo.keptSchools.length > 0 || demo.lastRemoved !== null;
  return (
    <p className="notice demo-notice" role="note">
      {mixed
        ? t('demo.noticeMixed', { schools: formatNumber(demo.schools), inspections: formatNumber(demo.inspections) })
        : t('demo.notice', { schools: formatNumber(demo.schools) })}{' '}
      <a href={hrefFor({ place: 'settings' })}>{t('demo.noticeLink')}</a>
    </p>
  );
}
