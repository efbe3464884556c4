import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { loadExchange, useExchange } from './store';

/** Says on every tab of the inspection that merged work waits for a decision, with a way to it. */
export function ConflictBanner({ inspectionId, onShow }: { inspectionId: string; onShow: () => void }) {
  const { t } = useTranslation();
  const count = useExchange((s) => (s.inspectionId === inspectionId ? (s.conflicts?.length ?? 0) : 0));
  useEffect(() => {
    void loadExchange(inspectionId);
  }, [inspectionId]);
  if (!count) return null;
  return (
    <div className="warning conflict-banner" role="status">
      {t('exchange.conflicts.banner', { count })}{' '}
      <button type="button" className="link" onClick={onShow}>
        {t('exchange.conflicts.show')}
      </button>
    </div>
  );
}
