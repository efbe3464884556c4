import { useTranslation } from 'react-i18next';

/** The task force's place in the rail; referrals and plans arrive with the advice (issue 5). */
export function TaskForcePage() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="taskforce-title">
      <h1 id="taskforce-title">{t('taskforce.title')}</h1>
      <p>{t('taskforce.intro')}</p>
      <p className="muted">{t('taskforce.empty')}</p>
    </section>
  );
}
