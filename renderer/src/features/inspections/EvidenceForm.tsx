import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EVIDENCE_ROLES, EVIDENCE_SOURCES, MAX_ATTACHMENT_BYTES } from '../../../../main/api/onsite-values';
import { send } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PrivacyWarning } from '../../components/PrivacyWarning';
import { refreshInspection, useInspection } from './store';
import { readAsBase64 } from '../../components/base64';
import { preparePhoto } from '../../components/photo';

type Source = (typeof EVIDENCE_SOURCES)[number];
type Role = (typeof EVIDENCE_ROLES)[number];


const today = () => new Date().toISOString().slice(0, 10);

/** An entry being corrected: the form opens with its values and saves under its id. */
export interface EvidenceDraft {
  id: string;
  source: Source;
  role: Role;
  date: string;
  note: string;
  indicatorIds: string[];
}

/** Records one piece of evidence (and its attachment), or corrects one; used on the Bewijs tab and in the quick-capture dialog. */
export function EvidenceForm({ onSaved, autoFocus, existing }: { onSaved?: () => void; autoFocus?: boolean; existing?: EvidenceDraft }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const uid = useId();
  const detail = useInspection((s) => s.detail)!;
  const [source, setSource] = useState<Source>(existing?.source ?? 'interview_pupils');
  const [role, setRole] = useState<Role>(existing?.role ?? 'pupils');
  const [date, setDate] = useState(existing?.date ?? today());
  const [note, setNote] = useState(existing?.note ?? '');
  const [indicatorIds, setIndicatorIds] = useState<string[]>(existing?.indicatorIds ?? []);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const indicators = detail.framework.domains.filter((d) => detail.inspection.focusDomains.includes(d.id)).flatMap((d) => d.indicators);

  function choose(next: File | null) {
    setFile(next);
    setPreview((old) => {
      if (old) URL.revokeObjectURL(old);
      return next && next.type.startsWith('image/') ? URL.createObjectURL(next) : null;
    });
  }

  async function takePhoto(picked: File | undefined) {
    if (!picked) return;
    setError(null);
    try {
      choose(await preparePhoto(picked));
    } catch (err) {
      setError(t('onsite.evidence.photoFailed', { reason: (err as Error).message }));
    }
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setMessage('');
    if (indicatorIds.length === 0) return setError(t('onsite.evidence.pickIndicator'));
    if (file && file.size > MAX_ATTACHMENT_BYTES) return setError(t('onsite.evidence.tooBig'));
    setBusy(true);
    try {
      const saved = await send('saveEvidence', { inspectionId: detail.inspection.id, id: existing?.id, source, role, date, note, indicatorIds });
      if (file) {
        await send('addAttachment', { inspectionId: detail.inspection.id, evidenceId: saved.id, fileName: file.name, mimeType: file.type || 'application/octet-stream', base64: await readAsBase64(file) });
      }
      if (!existing) {
        setNote('');
        setIndicatorIds([]);
      }
      choose(null);
      setMessage(t(existing ? 'onsite.evidence.saved' : 'onsite.evidence.added'));
      await refreshInspection();
      onSaved?.();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="entry-form" onSubmit={(e) => void submit(e)} aria-label={existing ? t('onsite.evidence.editing') : t('onsite.evidence.new')}>
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${uid}-source`}>{t('onsite.evidence.source')}</label>
          <select id={`${uid}-source`} autoFocus={autoFocus} value={source} onChange={(e) => setSource(e.target.value as Source)}>
            {EVIDENCE_SOURCES.map((s) => (
              <option key={s} value={s}>{t(`onsite.sources.${s}`)}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${uid}-role`}>{t('onsite.evidence.role')}</label>
          <select id={`${uid}-role`} value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {EVIDENCE_ROLES.map((r) => (
              <option key={r} value={r}>{t(`onsite.roles.${r}`)}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${uid}-date`}>{t('onsite.evidence.date')}</label>
          <input id={`${uid}-date`} type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${uid}-note`}>{t('onsite.evidence.note')}</label>
        <textarea id={`${uid}-note`} rows={3} value={note} onChange={(e) => setNote(e.target.value)} aria-describedby={`${uid}-privacy`} />
        <PrivacyWarning text={note} id={`${uid}-privacy`} />
      </div>
      <fieldset className="indicator-picks">
        <legend>{t('onsite.evidence.indicators')}</legend>
        {indicators.map((i) => (
          <label key={i.id} className="check">
            <input
              type="checkbox"
              checked={indicatorIds.includes(i.id)}
              onChange={(e) => setIndicatorIds((ids) => (e.target.checked ? [...ids, i.id] : ids.filter((x) => x !== i.id)))}
            />{' '}
            <span className="mono">{i.id}</span> {i.title[lang]}
          </label>
        ))}
      </fieldset>
      <div className="attachment-pickers">
        <div className="field">
          <label htmlFor={`${uid}-file`}>{t('onsite.evidence.attachment')}</label>
          <input id={`${uid}-file`} type="file" onChange={(e) => choose(e.target.files?.[0] ?? null)} />
        </div>
        {/* On a tablet the first opens the camera, the second the photo library; both are resized and lose their Exif. */}
        <div className="field">
          <label htmlFor={`${uid}-camera`}>{t('onsite.evidence.camera')}</label>
          <input id={`${uid}-camera`} type="file" accept="image/*" capture="environment" onChange={(e) => void takePhoto(e.target.files?.[0])} />
        </div>
        <div className="field">
          <label htmlFor={`${uid}-library`}>{t('onsite.evidence.library')}</label>
          <input id={`${uid}-library`} type="file" accept="image/*" onChange={(e) => void takePhoto(e.target.files?.[0])} />
        </div>
        {preview && file && <img className="thumb" src={preview} alt={t('onsite.evidence.photoPreview', { name: file.name })} />}
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>{existing ? t('onsite.evidence.save') : t('onsite.evidence.add')}</button>
      </div>
      <p role="status" aria-live="polite">{message}</p>
      {error && <ErrorMessage error={error} />}
    </form>
  );
}
