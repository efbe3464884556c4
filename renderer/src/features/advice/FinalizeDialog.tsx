import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiResult, send } from '../../api/client';
import { problemMessage } from '../../../../main/api/problem-messages';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { finalizeInspection } from './store';

type Checklist = ApiResult<'getFinalizeChecklist'>;

/** One part of the check list: what blocks, or what to acknowledge; "nothing" said in words. */
function ChecklistPart({ items, kind, lang }: { items: Checklist['items']; kind: 'blocking' | 'warnings'; lang: 'nl' | 'en' }) {
  const { t } = useTranslation();
  return (
    <>
      <h3>{t(`advice.checklist.${kind}`, { count: items.length })}</h3>
      {items.length === 0 ? (
        <p className="ok">{t(kind === 'blocking' ? 'advice.checklist.noBlocking' : 'advice.checklist.noWarnings')}</p>
      ) : (
        <ul className={`checklist ${kind}`}>
          {items.map((item, i) => (
            <li key={i}>
              <span className={`badge ${kind === 'blocking' ? 'danger' : 'warn'}`}>{t(kind === 'blocking' ? 'advice.checklist.blocks' : 'advice.checklist.warns')}</span> {problemMessage(item, lang)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * Making the report final is a deliberate step: the check list first
 * (blocking items apart from warnings), warnings acknowledged, then a
 * confirmation. The same list is computed again when the report is made
 * final, so nothing changed in between slips through.
 */
export function FinalizeDialog({ inspectionId, onClose, onFinal }: { inspectionId: string; onClose: () => void; onFinal: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const dialog = useRef<HTMLDialogElement>(null);
  const [list, setList] = useState<Checklist | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [acknowledged, setAcknowledged] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    dialog.current?.showModal();
    send('getFinalizeChecklist', { inspectionId }).then(setList, (e: Error) => setError(e.message));
  }, [inspectionId]);

  const blocking = list?.items.filter((i) => i.severity === 'blocking') ?? [];
  const warnings = list?.items.filter((i) => i.severity === 'warning') ?? [];

  async function confirm() {
    setBusy(true);
    const ok = await finalizeInspection(inspectionId, acknowledged);
    setBusy(false);
    if (ok) onFinal();
    else send('getFinalizeChecklist', { inspectionId }).then(setList, (e: Error) => setError(e.message));
  }

  return (
    <dialog ref={dialog} className="finalize-dialog" aria-labelledby="finalize-title" onClose={onClose} onCancel={onClose}>
      <h2 id="finalize-title">{t('advice.checklist.title')}</h2>
      {error && <ErrorMessage error={error} />}
      {!list && !error && <Loading />}
      {list && (
        <>
          <ChecklistPart items={blocking} kind="blocking" lang={lang} />
          <ChecklistPart items={warnings} kind="warnings" lang={lang} />
          {warnings.length > 0 && (
            <label className="checkbox">
              <input type="checkbox" checked={acknowledged} disabled={blocking.length > 0} onChange={(e) => setAcknowledged(e.target.checked)} />{' '}
              {t('advice.checklist.acknowledge')}
            </label>
          )}
          <p className="muted">{t('advice.checklist.consequence')}</p>
        </>
      )}
      <div className="actions">
        <button type="button" onClick={() => dialog.current?.close()}>
          {t('advice.checklist.back')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={busy || !list || blocking.length > 0 || (warnings.length > 0 && !acknowledged)}
          onClick={() => void confirm()}
        >
          {t('advice.checklist.confirm')}
        </button>
      </div>
    </dialog>
  );
}
