import { useTranslation } from 'react-i18next';

/** What to do when browser mode has no access any more; a retry button would only fail again. */
export function SessionLost() {
  const { t } = useTranslation();
  return (
    <section className="card session-lost" role="alert" aria-labelledby="session-lost-title">
      <h1 id="session-lost-title">{t('session.title')}</h1>
      <p>{t('session.why')}</p>
      <p>
        <strong>{t('session.how')}</strong>
      </p>
      <p className="muted">{t('session.kept')}</p>
    </section>
  );
}
