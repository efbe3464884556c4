import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiResult, send } from '../../api/client';
import { problemMessage } from '../../../../main/api/problem-messages';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { finalizeInspection } from './store';

type Checklist = ApiResult<'getFinalizeChecklist'>;

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
          <h3>{t('advice.checklist.blocking', { count: blocking.length })}</h3>
          {blocking.length === 0 ? (
            <p className="ok">{t('advice.checklist.noBlocking')}</p>
          ) : (
            <ul className="checklist blocking">
              {blocking.map((item, i) => (
                <li key={i}>
                  <span className="badge danger">{t('advice.checklist.blocks')}</span> {problemMessage(item, lang)}
                </li>
              ))}
            </ul>
          )}
          <h3>{t('advice.checklist.warnings', { count: warnings.length })}</h3>
          {warnings.length === 0 ? (
            <p className="ok">{t('advice.checklist.noWarnings')}</p>
          ) : (
            <>
              <ul className="checklist warnings">
                {warnings.map((item, i) => (
                  <li key={i}>
                    <span className="badge warn">{t('advice.checklist.warns')}</span> {problemMessage(item, lang)}
                  </li>
                ))}
              </ul>
              <label className="checkbox">
                <input type="checkbox" checked={acknowledged} disabled={blocking.length > 0} onChange={(e) => setAcknowledged(e.target.checked)} />{' '}
                {t('advice.checklist.acknowledge')}
              </label>
            </>
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
