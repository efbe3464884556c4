import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatDateTime } from '../../components/format';
import { entityLabel } from '../../../../main/api/vocabulary';
import { columnLabel, displayValue, isStructured } from './format';
import { type Conflict, loadExchange, resolveConflict } from './store';

type Version = Conflict['versions'][number];
type Cell = string | number | null;
const LEVELS = ['beneden', 'benadert', 'volgens', 'overstijgt'];

/** One conflict: its versions side by side (the lead's own first), keep one, or edit from one. */
export function ConflictCard({ conflict, inspectionId, actor, onResolved }: { conflict: Conflict; inspectionId: string; actor: string; onResolved: (item: string) => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [allFields, setAllFields] = useState(false);
  const [editing, setEditing] = useState<{ version: Version; values: Record<string, Cell> } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const item = `${entityLabel(conflict.entity, i18n.language === 'en' ? 'en' : 'nl')}${conflict.title ? ` ${conflict.title}` : ''}`;
  const columns = allFields ? conflict.columns : conflict.differing;
  const heading = (v: Version) => (v.author === actor ? t('exchange.conflicts.mine') : t('exchange.conflicts.theirs', { author: v.author || '?' }));

  async function resolve(version: Version, edited?: Record<string, Cell>) {
    setBusy(true);
    setError(null);
    try {
      await resolveConflict({ inspectionId, entity: conflict.entity, entityId: conflict.entityId, keep: version.rev, edited });
      onResolved(item);
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
      // The versions may have changed meanwhile (an edit on screen): show them as they are now.
      await loadExchange(inspectionId);
    }
  }

  function editedValues(): Record<string, Cell> {
    const changed: Record<string, Cell> = {};
    for (const [column, value] of Object.entries(editing!.values)) if (value !== editing!.version.record[column]) changed[column] = value;
    return changed;
  }

  return (
    <article className="card conflict" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{item}</h3>
      <table className="data compact conflict-table">
        <caption className="visually-hidden">{item}</caption>
        <thead>
          <tr>
            <th scope="col" className="field-column">{t('exchange.conflicts.field')}</th>
            {conflict.versions.map((v) => (
              <th scope="col" key={v.rev}>
                {heading(v)}
                <br />
                <small className="muted">{v.at ? t('exchange.conflicts.changedAt', { at: formatDateTime(v.at) }) : ''}</small>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {conflict.versions.some((v) => v.deleted) && (
            <tr className="differs">
              <th scope="row">{t('exchange.conflicts.deleted')}</th>
              {conflict.versions.map((v) => <td key={v.rev}>{v.deleted ? t('exchange.yes') : t('exchange.no')}</td>)}
            </tr>
          )}
          {columns.map((column) => (
            <tr key={column} className={conflict.differing.includes(column) ? 'differs' : undefined}>
              <th scope="row">
                {columnLabel(i18n.language, conflict.entity, column)}
                {conflict.differing.includes(column) && <span className="badge alert">{t('exchange.conflicts.differs')}</span>}
              </th>
              {conflict.versions.map((v) => <td key={v.rev} className="pre">{displayValue(t, conflict.entity, column, v.record[column] ?? null)}</td>)}
            </tr>
          ))}
          <tr>
            <td />
            {conflict.versions.map((v) => (
              <td key={v.rev}>
                <div className="conflict-actions">
                <button type="button" disabled={busy} onClick={() => void resolve(v)} aria-label={t('exchange.conflicts.keepLabel', { author: v.author || '?', item })}>
                  {t('exchange.conflicts.keep')}
                </button>
                <button type="button" disabled={busy} onClick={() => setEditing({ version: v, values: { ...v.record } })}>
                  {t('exchange.conflicts.edit')}
                </button>
                </div>
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      <label className="choice-line">
        <input type="checkbox" checked={allFields} onChange={(e) => setAllFields(e.target.checked)} /> {t('exchange.conflicts.allFields')}
      </label>
      {editing && (
        <form
          className="entry-form conflict-edit"
          onSubmit={(e) => {
            e.preventDefault();
            void resolve(editing.version, editedValues());
          }}
        >
          <h4>{t('exchange.conflicts.editTitle', { author: editing.version.author || '?' })}</h4>
          {conflict.differing
            .filter((c) => !isStructured(editing.version.record[c] ?? null))
            .map((column, index) => {
              const value = editing.values[column];
              const set = (next: Cell) => setEditing({ ...editing, values: { ...editing.values, [column]: next } });
              return (
                <label key={column} className="field">
                  {columnLabel(i18n.language, conflict.entity, column)}
                  {column === 'level' ? (
                    <select autoFocus={index === 0} value={String(value ?? '')} onChange={(e) => set(e.target.value || null)}>
                      <option value="">—</option>
                      {LEVELS.map((l) => <option key={l} value={l}>{t(`ratingLevels.${l}`, { defaultValue: l })}</option>)}
                    </select>
                  ) : typeof value === 'number' ? (
                    <input type="number" autoFocus={index === 0} value={value} onChange={(e) => set(Number(e.target.value))} />
                  ) : (
                    <textarea rows={3} autoFocus={index === 0} value={String(value ?? '')} onChange={(e) => set(e.target.value)} />
                  )}
                </label>
              );
            })}
          <div className="actions">
            <button type="submit" className="primary" disabled={busy}>{t('exchange.conflicts.save')}</button>
            <button type="button" onClick={() => setEditing(null)}>{t('exchange.conflicts.cancel')}</button>
          </div>
        </form>
      )}
      {error && <ErrorMessage error={error} />}
    </article>
  );
}
