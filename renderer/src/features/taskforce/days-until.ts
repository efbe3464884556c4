import type { TFunction } from 'i18next';
import { daysBetween } from '../../../../main/api/vocabulary';
import { todayIso } from '../../components/format';

/** "nog 12 dagen", "vandaag", or for a date already past "verstreken sinds 3 dagen" — never "nog 0 dagen" for a past date. */
export function daysUntilText(t: TFunction, iso: string, today = todayIso()): string {
  const days = daysBetween(today, iso);
  if (days > 0) return t('taskforce.daysLeft', { count: days });
  if (days === 0) return t('taskforce.daysToday');
  return t('taskforce.daysPassed', { count: -days, date: iso });
}
