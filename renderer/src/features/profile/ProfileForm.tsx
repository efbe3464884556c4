import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROFILE_ROLES } from '../../../../main/api/vocabulary';
import { saveProfile, type ProfileRole, useProfile } from './store';

/**
 * Name and role of the person working, recorded as author of every change
 * and shown on the report. Used at first start and in Instellingen.
 */
export function ProfileForm({ idPrefix, autoFocus, onSaved }: { idPrefix: string; autoFocus?: boolean; onSaved?: () => void }) {
  const { t } = useTranslation();
  const profile = useProfile((s) => s.profile);
  const [name, setName] = useState(profile?.name ?? '');
  const [role, setRole] = useState<ProfileRole>(profile?.role ?? 'inspecteur');
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (profile) {
      setName(profile.name);
      setRole(profile.role);
    }
  }, [profile]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await saveProfile(name, role);
      setStatus(t('profile.saved'));
      onSaved?.();
    } catch (e) {
      setError((e as Error).message);
      setStatus('');
    }
  }

  return (
    <form className="profile-form" onSubmit={submit} aria-describedby={`${idPrefix}-hint`}>
      <div className="field">
        <label htmlFor={`${idPrefix}-name`}>{t('profile.name')}</label>
        <input
          id={`${idPrefix}-name`}
          type="text"
          required
          minLength={2}
          maxLength={100}
          autoComplete="name"
          value={name}
          autoFocus={autoFocus}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${idPrefix}-error` : undefined}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-role`}>{t('profile.role')}</label>
        <select id={`${idPrefix}-role`} value={role} onChange={(e) => setRole(e.target.value as ProfileRole)}>
          {PROFILE_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`profile.roles.${r}`)}
            </option>
          ))}
        </select>
      </div>
      <small id={`${idPrefix}-hint`} className="muted">{t('profile.hint')}</small>
      {error && (
        <p id={`${idPrefix}-error`} className="error" role="alert">
          {error}
        </p>
      )}
      <div className="form-row">
        <button type="submit" className="primary">{t('profile.save')}</button>
        <span role="status" aria-live="polite" className="save-state">{status}</span>
      </div>
    </form>
  );
}
