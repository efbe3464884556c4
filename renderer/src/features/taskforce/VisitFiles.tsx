import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_ATTACHMENT_BYTES } from '../../../../main/api/onsite-values';
import { type ApiResult, send } from '../../api/client';
import { readAsBase64 } from '../../components/base64';
import { formatDate } from '../../components/format';
import { isImage, preparePhoto } from '../../components/photo';
import { AttachmentLink } from '../inspections/AttachmentLink';
import { changePlan, usePlan } from './store';

type Plan = ApiResult<'getReferral'>;
type Visit = Plan['visits'][number];

const kb = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} kB`;

/**
 * A visit's files and photos: each opens (checked against its hash) with a
 * click, photos show as thumbnails; a file or a camera photo is added at
 * once (a photo resized and without Exif, like evidence photos).
 */
export function VisitFiles({ plan, visit, locked }: { plan: Plan; visit: Visit; locked: boolean }) {
  const { t } = useTranslation();
  const uid = useId();
  const [note, setNote] = useState<string | null>(null);
  const referralId = plan.referral.id;
  const files = plan.attachments.filter((a) => a.visitId === visit.id);
  const label = t('visitRecords.filesOf', { date: formatDate(visit.date) });

  async function add(picked: File | undefined, photo: boolean) {
    if (!picked) return;
    setNote(null);
    let file = picked;
    if (photo) {
      try {
        file = await preparePhoto(picked);
      } catch (err) {
        return setNote(t('visitRecords.photoFailed', { reason: (err as Error).message }));
      }
    }
    if (file.size > MAX_ATTACHMENT_BYTES) return setNote(t('visitRecords.tooBig'));
    setNote(t('visitRecords.adding'));
    const base64 = await readAsBase64(file);
    const saved = await changePlan(() => send('addVisitAttachment', { referralId, visitId: visit.id, fileName: file.name, mimeType: file.type || 'application/octet-stream', base64 }));
    // A refusal is said beside the visit it concerns, not only at the top of the page.
    setNote(saved ? null : usePlan.getState().error);
  }

  return (
    <div className="visit-files" role="group" aria-label={label}>
      <h3 className="visit-files-title">{t('visitRecords.files')}</h3>
      {files.length === 0 ? (
        <p className="muted">{t('visitRecords.noFiles')}</p>
      ) : (
        <ul className="plain visit-file-list">
          {files.map((a) => (
            <li key={a.id}>
              <AttachmentLink attachment={a} />
              <span className="muted">
                {isImage(a.mimeType) ? t('visitRecords.photo') : t('visitRecords.file')} · {kb(a.bytes)}
              </span>
              {!locked && (
                <button type="button" className="link" aria-label={`${t('visitRecords.removeFile')}: ${a.fileName}`} onClick={() => void changePlan(() => send('removePlanEntry', { referralId, kind: 'visit_attachment', id: a.id }))}>
                  {t('visitRecords.removeFile')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!locked && (
        <div className="attachment-pickers">
          <div className="field">
            <label htmlFor={`${uid}-file`}>{t('visitRecords.addFile')}</label>
            <input id={`${uid}-file`} type="file" onChange={(e) => void add(e.target.files?.[0], false).finally(() => (e.target.value = ''))} />
          </div>
          <div className="field">
            <label htmlFor={`${uid}-camera`}>{t('visitRecords.camera')}</label>
            <input id={`${uid}-camera`} type="file" accept="image/*" capture="environment" onChange={(e) => void add(e.target.files?.[0], true).finally(() => (e.target.value = ''))} />
          </div>
        </div>
      )}
      {note && <p role="status">{note}</p>}
    </div>
  );
}
