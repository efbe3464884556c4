import { useTranslation } from 'react-i18next';

const SYMBOL = { none: '○', attention: '▲', severe: '●' } as const;

/** Severity as symbol + word, never colour alone. */
export function SignalBadge({ severity }: { severity: 'none' | 'attention' | 'severe' }) {
  const { t } = useTranslation();
  return (
    <span className={`badge severity-${severity}`}>
      <span aria-hidden="true">{SYMBOL[severity]} </span>
      {t(`signals.severity.${severity}`)}
    </span>
  );
}
