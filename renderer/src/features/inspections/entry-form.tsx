import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationInput } from '../../../../main/api/types';
import { send } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { refreshInspection, useInspection } from './store';

/** The on-site entry forms that record a new entry or correct one in place, by their message namespace. */
type EntryNamespace = 'observations' | 'samples' | 'surveys';

/**
 * Saving an entry form, the same way in every tab: write, clear the form
 * when it was a new entry, say so, refresh the inspection, then close an
 * inline correction. A refusal keeps what was typed and shows why.
 */
export function useEntrySave(namespace: EntryNamespace, correcting: boolean, onSaved?: () => void) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function save(write: () => Promise<unknown>, clear: () => void) {
    setError(null);
    setMessage('');
    try {
      await write();
      if (!correcting) clear();
      setMessage(t(`onsite.${namespace}.${correcting ? 'saved' : 'added'}`));
      await refreshInspection();
      onSaved?.();
    } catch (err) {
      setError((err as Error).message);
    }
  }
  return { message, error, save };
}

/** The buttons, the status line and the error under an entry form. */
export function EntryFormFooter(props: { namespace: EntryNamespace; correcting: boolean; onCancel?: () => void; message: string; error: string | null }) {
  const { t } = useTranslation();
  const { namespace, correcting } = props;
  return (
    <>
      <div className="actions">
        <button type="submit" className="primary">{t(`onsite.${namespace}.${correcting ? 'save' : 'add'}`)}</button>
        {correcting && props.onCancel && (
          <button type="button" onClick={props.onCancel}>{t(`onsite.${namespace}.cancel`)}</button>
        )}
      </div>
      <p role="status" aria-live="polite">{props.message}</p>
      {props.error && <ErrorMessage error={props.error} />}
    </>
  );
}

/** "Edit" (opens the correction in place) and "Delete" (undoable) for one entry in a list; `what` names the entry for screen readers. */
export function EntryRowActions(props: { namespace: EntryNamespace | 'evidence'; what: string; open: boolean; onToggle: () => void; onRemove: () => void }) {
  const { t } = useTranslation();
  const edit = t(`onsite.${props.namespace}.edit`);
  const remove = t(`onsite.${props.namespace}.remove`);
  return (
    <>
      <button type="button" className="link" aria-expanded={props.open} onClick={props.onToggle} aria-label={`${edit}: ${props.what}`}>
        {edit}
      </button>
      <button type="button" className="link" onClick={props.onRemove} aria-label={`${remove}: ${props.what}`}>
        {remove}
      </button>
    </>
  );
}

type EntryKind = OperationInput<'deleteEntry'>['kind'];

/**
 * A tab's list of entries: which one is open for correction, and removal
 * (undoable from the audit trail); a refused removal says why.
 */
export function useEntryList(kind: EntryKind) {
  const inspectionId = useInspection((s) => s.detail!.inspection.id);
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  return {
    editing,
    error,
    toggle: (id: string) => setEditing((open) => (open === id ? null : id)),
    close: () => setEditing(null),
    async remove(id: string) {
      setError(null);
      try {
        await send('deleteEntry', { inspectionId, kind, id });
        await refreshInspection();
      } catch (err) {
        setError((err as Error).message);
      }
    },
  };
}

export type EntryList = ReturnType<typeof useEntryList>;

/** One entry as a table row ending in its actions, with its correction form in place below it while open. */
export function EntryRow(props: { list: EntryList; id: string; namespace: EntryNamespace; what: string; readOnly: boolean; form: ReactNode; children: ReactNode }) {
  const { list, id } = props;
  const columns = (Array.isArray(props.children) ? props.children.length : 1) + 1;
  return (
    <>
      <tr>
        {props.children}
        {!props.readOnly && (
          <td>
            <EntryRowActions namespace={props.namespace} what={props.what} open={list.editing === id} onToggle={() => list.toggle(id)} onRemove={() => void list.remove(id)} />
          </td>
        )}
      </tr>
      {list.editing === id && (
        <tr>
          <td colSpan={columns}>{props.form}</td>
        </tr>
      )}
    </>
  );
}
