import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { auditField, auditSubject } from './audit-words';
import { undoLast } from './store';

function inTextField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  // Inside a text field Ctrl+Z belongs to the field's own undo.
  return el.isContentEditable || el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && !['checkbox', 'radio', 'button', 'submit', 'file'].includes((el as HTMLInputElement).type));
}

/** Undo of the last change (server-side, from the audit trail): a button, and Ctrl+Z outside text fields. */
export function UndoButton() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  async function undo() {
    if (busy) return;
    setBusy(true);
    try {
      const result = await undoLast();
      const { entity, entityId, fields } = result.undone;
      // A whole entry (evidence, an observation…) is named by itself; a rating by the fields that went back.
      const what = fields.filter((f) => f !== 'record').map((f) => auditField(t, entity, f, null, null, lang)).filter((f, i, all) => all.indexOf(f) === i);
      setMessage(t('onsite.undone', { what: what.length ? `${auditSubject(entity, entityId, lang)} (${what.join(', ')})` : auditSubject(entity, entityId, lang) }));
    } catch (e) {
      setMessage((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'z' && !inTextField(e.target)) {
        e.preventDefault();
        void undo();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <>
      <button type="button" onClick={() => void undo()} disabled={busy} aria-keyshortcuts="Control+Z">
        ↶ {t('onsite.undo')}
      </button>
      <span role="status" aria-live="polite" className="undo-status">{message}</span>
    </>
  );
}
