import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { send } from '../../api/client';

/**
 * The inspector profile name recorded as author of on-site changes. Saved
 * when the field is left (or on Enter); empty falls back to the user the
 * workbench was started as.
 */
export function ProfileField() {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const [fallback, setFallback] = useState('');
  const [status, setStatus] = useState('');

  useEffect(() => {
    send('getSettings', {}).then(
      (s) => {
        setValue(s.profileName);
        setSaved(s.profileName);
        setFallback(s.defaultActor);
      },
      (e: Error) => setStatus(e.message),
    );
  }, []);

  async function save() {
    if (saved === null || value.trim() === saved) return;
    try {
      const s = await send('saveProfile', { profileName: value });
      setSaved(s.profileName);
      setStatus(t('onsite.settings.profileSaved'));
    } catch (e) {
      setStatus((e as Error).message);
    }
  }

  return (
    <div className="field">
      <label htmlFor="profile-name">{t('onsite.settings.profile')}</label>
      <input
        id="profile-name"
        type="text"
        value={value}
        maxLength={100}
        aria-describedby="profile-hint"
        onChange={(e) => setValue(e.target.value)}
        onBlur={() => void save()}
        onKeyDown={(e) => e.key === 'Enter' && void save()}
      />
      <small id="profile-hint" className="muted">{t('onsite.settings.profileHint', { fallback })}</small>
      <span role="status" aria-live="polite" className="save-state">{status}</span>
    </div>
  );
}
