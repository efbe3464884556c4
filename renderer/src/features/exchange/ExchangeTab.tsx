import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { formatDateTime } from '../../components/format';
import { flushAll, refreshInspection, useInspection } from '../inspections/store';
import { ConflictCard } from './ConflictCard';
import { ExportPackageForm } from './ExportPackageForm';
import { ImportPackageForm } from './ImportPackageForm';
import { loadExchange, useExchange } from './store';
import './exchange.css';

/** The inspection's exchange: make a package, read one in, resolve conflicts, and what was exchanged. */
export function ExchangeTab({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  const inspectionId = useInspection((s) => s.detail!.inspection.id);
  const demo = useInspection((s) => s.detail!.inspection.demo);
  const actor = useInspection((s) => s.onsite?.actor ?? '');
  const conflicts = useExchange((s) => s.conflicts);
  const log = useExchange((s) => s.log);
  const error = useExchange((s) => s.error);
  const [resolved, setResolved] = useState<{ item: string; at: number } | null>(null);
  // The resolved card disappears: focus goes to the message that says so, not to the top of the page.
  const resolvedMessage = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (resolved) resolvedMessage.current?.focus();
  }, [resolved]);

  useEffect(() => {
    void loadExchange(inspectionId);
  }, [inspectionId]);

  const refresh = () => Promise.all([loadExchange(inspectionId), refreshInspection()]);

  return (
    <section aria-labelledby="exchange-title" className="exchange">
      <h2 id="exchange-title">{t('exchange.title')}</h2>
      <p className="muted">{t('exchange.intro')}</p>
      <div className="exchange-forms">
        {demo ? (
          <p className="notice demo-notice">{t('demo.noPackage')}</p>
        ) : (
          <ExportPackageForm inspectionId={inspectionId} beforeSend={flushAll} onDone={() => void loadExchange(inspectionId)} />
        )}
        {!readOnly && <ImportPackageForm scope={inspectionId} beforeSend={flushAll} onImported={() => void refresh()} />}
      </div>

      <h2 id="conflicts-title">{t('exchange.conflicts.title')}</h2>
      {error && <ErrorMessage error={error} />}
      {!conflicts && !error && <Loading />}
      {resolved && (
        <p role="status" tabIndex={-1} ref={resolvedMessage}>
          {t('exchange.conflicts.resolved', { item: resolved.item })}
        </p>
      )}
      {conflicts && conflicts.length === 0 && <p>{t('exchange.conflicts.none')}</p>}
      {conflicts && conflicts.length > 0 && (
        <>
          <p className="muted">{t('exchange.conflicts.intro')}</p>
          {conflicts.map((c) => (
            <ConflictCard
              key={`${c.entity}:${c.entityId}`}
              conflict={c}
              inspectionId={inspectionId}
              actor={actor}
              onResolved={(item) => {
                setResolved({ item, at: Date.now() });
                void refreshInspection();
              }}
            />
          ))}
        </>
      )}

      <h2 id="exchange-log-title">{t('exchange.log.title')}</h2>
      {log && log.length === 0 && <p>{t('exchange.log.none')}</p>}
      {log && log.length > 0 && (
        <table className="data compact" aria-labelledby="exchange-log-title">
          <thead>
            <tr>
              {(['at', 'direction', 'author', 'file', 'result'] as const).map((c) => <th key={c} scope="col">{t(`exchange.log.${c}`)}</th>)}
            </tr>
          </thead>
          <tbody>
            {log.map((row) => (
              <tr key={`${row.direction}-${row.packageId}-${row.at}`}>
                <td>{formatDateTime(row.at)}</td>
                <td>{t(`exchange.log.${row.direction}`)}</td>
                <td>{row.packageAuthor}</td>
                <td className="mono">{row.fileName}</td>
                <td>{row.direction === 'import' ? t('exchange.log.summary', { added: row.added, updated: row.updated, same: row.same, conflicts: row.conflicts }) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
