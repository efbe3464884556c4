import type { TFunction } from 'i18next';
import { fieldKind, fieldLabel } from '../../../../main/api/vocabulary';
import { formatDate } from '../../components/format';

/** A stored value as an inspector reads it: JSON objects as "key: value" lines, flags as yes/no, codes as words. */
export function displayValue(t: TFunction, entity: string, column: string, value: string | number | boolean | null): string {
  if (value === null || value === '') return '—';
  const kind = fieldKind(entity, column);
  if (kind === 'flag') return value === 1 || value === true || value === 'true' ? t('exchange.yes') : t('exchange.no');
  if (kind === 'level') return t(`ratingLevels.${value}`, { defaultValue: String(value) });
  if (kind === 'status') return t(`statuses.${value}`, { defaultValue: String(value) });
  if (kind === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
  if (kind === 'inspection_type') return t(`inspectionTypes.${value}`, { defaultValue: String(value) });
  if (kind === 'phase') return t(`taskforce.phases.${value}`, { defaultValue: String(value) });
  if (kind === 'board_answer') return t(`taskforce.boardAnswers.${value}`, { defaultValue: String(value) });
  if (kind === 'advice') return t('advice.outcomes.advice', { code: String(value) });
  if (typeof value === 'string' && /^[[{]/.test(value)) {
    try {
      const parsed: unknown = JSON.parse(value);
      if (Array.isArray(parsed)) return parsed.join(', ') || '—';
      if (parsed && typeof parsed === 'object') return Object.entries(parsed).map(([k, v]) => `${k}: ${String(v ?? '—')}`).join('\n') || '—';
    } catch {
      // plain text that starts with a bracket
    }
  }
  return String(value);
}

/** A field's words come from the one entity registry (main/domain/entities.ts). */
export function columnLabel(lang: string, entity: string, column: string): string {
  return fieldLabel(entity, column, lang === 'en' ? 'en' : 'nl');
}

/** Columns whose stored text is JSON: kept whole from the chosen version, never typed over. */
export function isStructured(value: string | number | null): boolean {
  return typeof value === 'string' && /^[[{]/.test(value);
}
