import type { TFunction } from 'i18next';
import { entityLabel, fieldLabel } from '../../../../main/api/vocabulary';
import { displayValue } from '../exchange/format';

type Lang = 'nl' | 'en';

/** What an audit row is about, in words: "Beoordeling km.1", "Bewijsstuk", "Inspectie". */
export function auditSubject(entity: string, entityId: string, lang: Lang): string {
  const label = entityLabel(entity, lang);
  if (entity === 'rating') return `${label} ${entityId.split('/')[1] ?? ''}`.trim();
  return label;
}

/** Which field changed, in words; a whole entry ("record") says whether it was added, changed or removed. */
export function auditField(t: TFunction, entity: string, field: string, oldValue: string | null, newValue: string | null, lang: Lang): string {
  if (field === 'record') return t(oldValue === null ? 'onsite.audit.added' : newValue === null ? 'onsite.audit.removed' : 'onsite.audit.changed');
  if (field === 'merge_resolved') return t('onsite.audit.mergeResolved');
  return fieldLabel(entity, field, lang);
}

function parse(value: string | null): Record<string, unknown> | null {
  if (value === null) return null;
  try {
    const parsed: unknown = JSON.parse(value);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const META = new Set(['id', 'inspectionId', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy', 'deletedAt', 'inspection_id', 'created_at', 'created_by', 'updated_at', 'updated_by', 'deleted_at']);

/**
 * The old and new value as an inspector reads them: codes in words, whole
 * entries as the fields that changed ("Notitie: gesprek → gesprek met directie"),
 * never raw JSON.
 */
export function auditValues(t: TFunction, entity: string, field: string, oldValue: string | null, newValue: string | null, lang: Lang, domainTitle: (id: string) => string = (id) => id): { old: string; new: string } {
  const before = field === 'record' || field === 'merge_resolved' ? parse(oldValue) : null;
  const after = field === 'record' || field === 'merge_resolved' ? parse(newValue) : null;
  if (before || after) {
    const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter((k) => !META.has(k));
    const changed = keys.filter((k) => JSON.stringify(before?.[k] ?? null) !== JSON.stringify(after?.[k] ?? null));
    const shown = before && after ? changed : keys.filter((k) => (before ?? after)![k] !== null && (before ?? after)![k] !== '');
    const line = (record: Record<string, unknown> | null) =>
      record ? shown.map((k) => `${fieldLabel(entity, k, lang)}: ${value(t, entity, k, record[k], domainTitle)}`).join('\n') || '—' : '—';
    return { old: line(before), new: line(after) };
  }
  return { old: value(t, entity, field, oldValue, domainTitle), new: value(t, entity, field, newValue, domainTitle) };
}

function value(t: TFunction, entity: string, field: string, raw: unknown, domainTitle: (id: string) => string): string {
  if (raw === null || raw === undefined || raw === '') return '—';
  if (Array.isArray(raw)) return raw.join(', ') || '—';
  if (typeof raw === 'object') return Object.entries(raw as Record<string, unknown>).map(([k, v]) => `${k}: ${String(v ?? '—')}`).join(', ');
  const text = String(raw);
  if (field === 'focus' || field === 'focus_domains') {
    try {
      return (JSON.parse(text) as string[]).map(domainTitle).join(', ');
    } catch {
      return text;
    }
  }
  const shown = displayValue(t, entity, field, typeof raw === 'number' || typeof raw === 'boolean' ? raw : text);
  return shown.length > 300 ? `${shown.slice(0, 297)}…` : shown;
}
