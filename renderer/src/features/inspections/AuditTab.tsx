import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiResult, send } from '../../api/client';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { formatDateTime } from '../../components/format';
import { useInspection } from './store';

type Row = ApiResult<'listAudit'>[number];

/** Whole records are kept as JSON in the trail; the table shows a short form. */
function short(value: string | null): string {
  if (value === null) return '—';
  return value.length > 120 ? `${value.slice(0, 117)}…` : value;
}

export function AuditTab() {
  const { t } = useTranslation();
  const inspectionId = useInspection((s) => s.detail!.inspection.id);
  const onsite = useInspection((s) => s.onsite);
  const [rows, setRows] = useState<Row[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    send('listAudit', { inspectionId }).then(setRows, (e: Error) => setError(e.message));
  }, [inspectionId, onsite]);

  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">{t('onsite.audit.title')}</h2>
      <p className="muted">{t('onsite.audit.intro')}</p>
      {error && <ErrorMessage error={error} />}
      {!rows && !error && <Loading />}
      {rows && rows.length === 0 && <p>{t('onsite.audit.empty')}</p>}
      {rows && rows.length > 0 && (
        <table className="data compact audit-table">
          <thead>
            <tr>
              {(['at', 'actor', 'what', 'field', 'old', 'new'] as const).map((c) => (
                <th key={c} scope="col">{t(`onsite.audit.columns.${c}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className={r.undone ? 'undone' : undefined}>
                <td>{formatDateTime(r.at)}</td>
                <td>{r.actor}</td>
                <td className="mono">
                  {r.entity} {r.entity === 'rating' ? r.entityId.split('/')[1] : ''}
                </td>
                <td>
                  {r.field}
                  {r.undone && <span className="badge">{t('onsite.audit.undone')}</span>}
                  {r.origin && (
                    <>
                      <br />
                      <small className="muted">{r.origin}</small>
                    </>
                  )}
                </td>
                <td>{short(r.oldValue)}</td>
                <td>{short(r.newValue)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
