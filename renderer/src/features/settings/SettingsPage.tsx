import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiResult, send } from '../../api/client';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { LANGUAGES, setLanguage } from '../../i18n';
import { CentralPanel } from '../central/CentralPanel';
import { BackupPanel } from './BackupPanel';
import { RetentionPanel } from './RetentionPanel';
import { DemoPanel } from '../demo/DemoPanel';
import { ProfileForm } from '../profile/ProfileForm';
import { useProfile } from '../profile/store';

export function SettingsPage() {
  const { t, i18n } = useTranslation();
  const [info, setInfo] = useState<ApiResult<'appInfo'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const profile = useProfile((s) => s.profile);

  useEffect(() => {
    send('appInfo', {}).then(setInfo, (e: Error) => setError(e.message));
  }, []);

  const lang = i18n.language === 'en' ? 'en' : 'nl';
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settings.title')}</h1>
      <div className="field">
        <label htmlFor="language">{t('settings.language')}</label>
        <select id="language" value={i18n.language} onChange={(e) => setLanguage(e.target.value)}>
          {LANGUAGES.map((l) => (
            <option key={l.code} value={l.code}>
              {l.label}
            </option>
          ))}
        </select>
      </div>
      <section className="card" aria-labelledby="profile-title">
        <h2 id="profile-title">{t('profile.title')}</h2>
        <ProfileForm idPrefix="profile" />
      </section>
      {error && <ErrorMessage error={error} />}
      {!info && !error && <Loading />}
      {info && (
        <dl className="facts vertical">
          <div><dt>{t('settings.profile')}</dt><dd>{profile ? t('profile.current', { name: profile.name, role: t(`profile.roles.${profile.role}`) }) : '—'}</dd></div>
          <div><dt>{t('settings.dataDir')}</dt><dd className="mono">{info.dataDir}</dd></div>
          <div><dt>{t('settings.database')}</dt><dd className="mono">{info.databaseFile}</dd></div>
          <div><dt>{t('settings.schema')}</dt><dd>{info.schemaVersion}</dd></div>
          <div><dt>{t('settings.framework')}</dt><dd>{info.framework.title[lang]} · {info.framework.version}</dd></div>
        </dl>
      )}
      <CentralPanel />
      <BackupPanel />
      <RetentionPanel />
      <DemoPanel />
    </section>
  );
}
