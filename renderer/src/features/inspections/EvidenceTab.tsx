import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatDate } from '../../components/format';
import { AttachmentLink } from './AttachmentLink';
import { EvidenceForm } from './EvidenceForm';
import { EntryRowActions, useEntryList } from './entry-form';
import { useInspection } from './store';

export function EvidenceTab({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  const onsite = useInspection((s) => s.onsite)!;
  const list = useEntryList('evidence');

  return (
    <section aria-labelledby="evidence-title">
      <h2 id="evidence-title">{t('onsite.evidence.title')}</h2>
      {!readOnly && (
        <div className="card">
          <h3>{t('onsite.evidence.new')}</h3>
          <EvidenceForm />
        </div>
      )}
      {list.error && <ErrorMessage error={list.error} />}
      {onsite.evidence.length === 0 ? (
        <p className="muted">{t('onsite.evidence.empty')}</p>
      ) : (
        <table className="data compact evidence-table">
          <thead>
            <tr>
              {(['date', 'source', 'role', 'note', 'indicators', 'by'] as const).map((c) => (
                <th key={c} scope="col">{t(`onsite.evidence.columns.${c}`)}</th>
              ))}
              <th scope="col">{t('onsite.evidence.attachments')}</th>
            </tr>
          </thead>
          <tbody>
            {onsite.evidence.map((e) => (
              <Fragment key={e.id}>
                <tr>
                  <td>{formatDate(e.date)}</td>
                  <td>{t(`onsite.sources.${e.source}`)}</td>
                  <td>{t(`onsite.roles.${e.role}`)}</td>
                  <td>{e.note}</td>
                  <td className="mono">{e.indicatorIds.join(', ')}</td>
                  <td>{e.updatedBy}</td>
                  <td>
                    {onsite.attachments.filter((a) => a.evidenceId === e.id).map((a) => (
                      <AttachmentLink key={a.id} attachment={a} />
                    ))}
                    {!readOnly && (
                      <EntryRowActions namespace="evidence" what={e.note || e.date} open={list.editing === e.id} onToggle={() => list.toggle(e.id)} onRemove={() => void list.remove(e.id)} />
                    )}
                  </td>
                </tr>
                {list.editing === e.id && (
                  <tr>
                    <td colSpan={7}>
                      <EvidenceForm existing={e} autoFocus onSaved={list.close} />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
