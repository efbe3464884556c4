import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EvidenceForm } from './EvidenceForm';

/**
 * Alt+N anywhere in the inspection opens a dialog to record evidence, with
 * focus in its first field; Escape closes it and focus returns where it was.
 */
export function QuickCapture({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);

  // A layout effect, not a passive one: the listener is in place in the same commit that shows the page, so a
  // shortcut pressed as soon as the inspection is visible is never lost. (A passive effect runs after paint; under
  // load the page could be on screen — and Alt+N pressed — before the listener existed.)
  useLayoutEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (disabled || !e.altKey || e.ctrlKey || e.metaKey || e.key.toLowerCase() !== 'n') return;
      e.preventDefault();
      setOpen(true);
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [disabled]);

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open && !el.open) el.showModal();
    if (!open && el.open) el.close();
  }, [open]);

  return (
    <dialog ref={dialog} className="capture" aria-labelledby="capture-title" onClose={() => {
        // The close event is queued: it can arrive after Alt+N has already reopened the dialog. Only a dialog
        // that is really closed now counts, or the late event would shut the new capture at once.
        if (!dialog.current?.open) setOpen(false);
      }}>
      <h2 id="capture-title">{t('onsite.evidence.capture')}</h2>
      {open && <EvidenceForm autoFocus onSaved={() => setOpen(false)} />}
      <button type="button" onClick={() => setOpen(false)}>{t('onsite.evidence.close')}</button>
    </dialog>
  );
}
