import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { send } from '../../api/client';
import { formatDate } from '../../components/format';
import { saveFile } from '../../components/download';
import { EvidenceForm } from './EvidenceForm';
import { EntryRowActions } from './entry-form';
import { refreshInspection, useInspection } from './store';

export function EvidenceTab({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  const onsite = useInspection((s) => s.onsite)!;
  const inspectionId = useInspection((s) => s.detail!.inspection.id);
  const [editing, setEditing] = useState<string | null>(null);

  async function download(id: string) {
    const a = await send('getAttachment', { id });
    saveFile(a.fileName, a.mimeType, a.base64);
  }
  async function remove(id: string) {
    await send('deleteEntry', { inspectionId, kind: 'evidence', id });
    await refreshInspection();
  }

  return (
    <section aria-labelledby="evidence-title">
      <h2 id="evidence-title">{t('onsite.evidence.title')}</h2>
      {!readOnly && (
        <div className="card">
          <h3>{t('onsite.evidence.new')}</h3>
          <EvidenceForm />
        </div>
      )}
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
                      <button key={a.id} type="button" className="link" title={`SHA-256 ${a.sha256}`} onClick={() => void download(a.id)}>
                        {a.fileName}
                      </button>
                    ))}
                    {!readOnly && (
                      <EntryRowActions namespace="evidence" what={e.note || e.date} open={editing === e.id} onToggle={() => setEditing(editing === e.id ? null : e.id)} onRemove={() => void remove(e.id)} />
                    )}
                  </td>
                </tr>
                {editing === e.id && (
                  <tr>
                    <td colSpan={7}>
                      <EvidenceForm existing={e} autoFocus onSaved={() => setEditing(null)} />
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
