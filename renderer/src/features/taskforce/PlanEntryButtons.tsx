import { useTranslation } from 'react-i18next';
import { send } from '../../api/client';
import { changePlan } from './store';

type Kind = 'goal' | 'action' | 'visit' | 'milestone' | 'board_contact';

/** Correct or remove one plan entry; a removal is kept in the history and can be restored there. */
export function PlanEntryButtons({ referralId, kind, id, label, onEdit }: { referralId: string; kind: Kind; id: string; label: string; onEdit: () => void }) {
  const { t } = useTranslation();
  return (
    <span className="row-actions">
      <button type="button" className="link" aria-label={`${t('taskforce.edit')}: ${label}`} onClick={onEdit}>
        {t('taskforce.edit')}
      </button>
      <button type="button" className="link" aria-label={`${t('taskforce.remove')}: ${label}`} onClick={() => void changePlan(() => send('removePlanEntry', { referralId, kind, id }))}>
        {t('taskforce.remove')}
      </button>
    </span>
  );
}

/** The form's footer: add, or save the correction of the entry being edited, with a way out. */
export function EntryFormButtons({ editing, addLabel, onCancel }: { editing: boolean; addLabel: string; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="actions">
      <button type="submit" className="primary">
        {editing ? t('taskforce.save') : addLabel}
      </button>
      {editing && (
        <button type="button" onClick={onCancel}>
          {t('taskforce.cancel')}
        </button>
      )}
    </div>
  );
}
