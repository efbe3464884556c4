import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiResult, send } from '../../api/client';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { formatDateTime } from '../../components/format';
import { auditField, auditSubject, auditValues } from './audit-words';
import { useInspection } from './store';

type Row = ApiResult<'listAudit'>[number];

/** The inspection's whole story, newest first, in the inspector's words: who, when, what, old and new. */
export function AuditTab() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const inspectionId = useInspection((s) => s.detail!.inspection.id);
  const framework = useInspection((s) => s.detail!.framework);
  const onsite = useInspection((s) => s.onsite);
  const [rows, setRows] = useState<Row[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    send('listAudit', { inspectionId }).then(setRows, (e: Error) => setError(e.message));
  }, [inspectionId, onsite]);

  const domainTitle = (id: string) => framework.domains.find((d) => d.id === id)?.title[lang] ?? id;
  // On a phone each change becomes a card; the column names label its lines.
  const label = (column: string) => t(`onsite.audit.columns.${column}`);
  const role = (r: Row) => (r.actorRole ? t(`profile.roles.${r.actorRole}`, { defaultValue: r.actorRole }) : null);

  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">{t('onsite.audit.title')}</h2>
      <p className="muted">{t('onsite.audit.intro')}</p>
      {error && <ErrorMessage error={error} />}
      {!rows && !error && <Loading />}
      {rows && rows.length === 0 && <p>{t('onsite.audit.empty')}</p>}
      {rows && rows.length > 0 && (
        <div className="table-scroll" role="region" aria-labelledby="audit-title" tabIndex={0}>
          <table className="data compact audit-table cards">
            <thead>
              <tr>
                {(['at', 'actor', 'what', 'field', 'old', 'new'] as const).map((c) => (
                  <th key={c} scope="col">{t(`onsite.audit.columns.${c}`)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const values = auditValues(t, r.entity, r.field, r.oldValue, r.newValue, lang, domainTitle);
                // A change that was taken back, and the undo that took it back, are told apart.
                const tag = r.undoes ? 'undoes' : r.undone ? 'undone' : null;
                return (
                  <tr key={r.id} className={tag === 'undone' ? 'undone' : undefined}>
                    <td data-label={label('at')}>{formatDateTime(r.at)}</td>
                    <td data-label={label('actor')}>
                      <span>
                        {r.actor}
                        {role(r) && (
                          <>
                            <br />
                            <small className="muted">{role(r)}</small>
                          </>
                        )}
                      </span>
                    </td>
                    <td data-label={label('what')}>{auditSubject(r.entity, r.entityId, lang)}</td>
                    <td data-label={label('field')}>
                      <span>
                      {auditField(t, r.entity, r.field, r.oldValue, r.newValue, lang)}
                      {tag && <span className="badge">{t(`onsite.audit.${tag}`)}</span>}
                      {r.origin && (
                        <>
                          <br />
                          <small className="muted">{r.origin}</small>
                        </>
                      )}
                      </span>
                    </td>
                    <td className="pre" data-label={label('old')}>{values.old}</td>
                    <td className="pre" data-label={label('new')}>{values.new}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
