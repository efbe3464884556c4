import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { ProfileForm } from './ProfileForm';
import { loadProfile, useProfile } from './store';
import './profile.css';

/**
 * Before anything is recorded the workbench asks who is working: every
 * change carries a person's name and role, never the computer's account.
 */
export function FirstStart({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const profile = useProfile((s) => s.profile);
  const error = useProfile((s) => s.error);

  useEffect(() => {
    void loadProfile();
  }, []);

  if (profile === undefined) return error ? <ErrorMessage error={error} onRetry={() => void loadProfile()} /> : <Loading />;
  if (profile !== null) return <>{children}</>;
  return (
    <section className="card first-start" aria-labelledby="first-start-title">
      <h1 id="first-start-title">{t('profile.welcome')}</h1>
      <p>{t('profile.why')}</p>
      <ProfileForm idPrefix="first-start" autoFocus />
    </section>
  );
}
