import type { TFunction } from 'i18next';

const BOOLEAN_COLUMNS = new Set(['hearing', 'class_council', 'clb', 'handover', 'guidance_obliged', 'can_continue_alone']);

/** A stored value as an inspector reads it: JSON objects as "key: value" lines, flags as yes/no. */
export function displayValue(t: TFunction, column: string, value: string | number | null): string {
  if (value === null || value === '') return '—';
  if (BOOLEAN_COLUMNS.has(column)) return value === 1 ? t('exchange.yes') : t('exchange.no');
  if (column === 'level') return t(`ratingLevels.${value}`, { defaultValue: String(value) });
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

export function columnLabel(t: TFunction, column: string): string {
  return t(`exchange.columns.${column}`, { defaultValue: column });
}

/** Columns whose stored text is JSON: kept whole from the chosen version, never typed over. */
export function isStructured(value: string | number | null): boolean {
  return typeof value === 'string' && /^[[{]/.test(value);
}
