import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../api/client';
import { formatDate } from '../../components/format';

type Consequences = ApiResult<'getAdvice'>['consequences'];

/** What the advice means for the school, each line a full sentence with its date. */
export function ConsequenceList({ consequences }: { consequences: Consequences }) {
  const { t } = useTranslation();
  const c = consequences;
  const lines = [
    c.recognitionKept ? t('advice.recognitionKept') : t('advice.recognitionLost'),
    c.shortcomingsBinding && t('advice.binding'),
    c.boardDeadline && t('advice.boardDeadline', { date: formatDate(c.boardDeadline) }),
    c.earliestNewInspection && t('advice.earliestNewInspection', { date: formatDate(c.earliestNewInspection) }),
    c.appealReinspectionDays && t('advice.appeal', { days: c.appealReinspectionDays }),
    c.taskForceReferral === 'required' && t('advice.taskforceRequired'),
    c.taskForceReferral === 'possible' && t('advice.taskforcePossible'),
    c.nextRegularInspection && t('advice.nextRegular', { date: formatDate(c.nextRegularInspection) }),
    c.interimVisits && t('advice.interim'),
  ].filter((line): line is string => typeof line === 'string');
  return (
    <ul className="consequences">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
