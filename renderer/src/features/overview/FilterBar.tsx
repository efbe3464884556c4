import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../api/client';

import { overviewHref, useOverviewQuery } from './drill';

type Options = ApiResult<'getOverview'>['filterOptions'];
const FIELDS = [
  { key: 'niveau', options: 'level', label: 'level' },
  { key: 'net', options: 'network', label: 'network' },
  { key: 'lop', options: 'lop', label: 'lop' },
  { key: 'provincie', options: 'province', label: 'province' },
] as const;

/**
 * Niveau, net, LOP and province: each choice changes the address (a new
 * history entry), so the back button undoes it and a bookmark keeps it. The
 * counting itself is main's (one filter rule); the options offered are the
 * ones that leave schools, given the other choices.
 */
export function FilterBar({ options }: { options: Options }) {
  const { t } = useTranslation();
  const query = useOverviewQuery();
  const word = (field: (typeof FIELDS)[number], value: string) =>
    field.key === 'niveau' ? t(`flanders.level.${value}`) : field.key === 'provincie' ? t(`flanders.filters.provinces.${value}`) : value;
  const chosen = FIELDS.filter((f) => query[f.key]).map((f) => `${t(`flanders.filters.${f.label}`)} ${word(f, query[f.key]!)}`);
  const go = (patch: Record<string, string | undefined>) => {
    location.hash = overviewHref(query, { ...patch, drill: undefined });
  };
  return (
    <section className="filter-bar" aria-labelledby="filters-title">
      <h2 id="filters-title" className="overview-hidden">
        {t('flanders.filters.title')}
      </h2>
      <div className="filter-fields no-print">
        {FIELDS.map((field) => {
          const values: readonly string[] = options[field.options];
          const current = query[field.key] ?? '';
          return (
            <label key={field.key} className="filter-field">
              <span>{t(`flanders.filters.${field.label}`)}</span>
              <select value={current} onChange={(e) => go({ [field.key]: e.target.value || undefined })}>
                <option value="">{t('flanders.filters.all')}</option>
                {!values.includes(current) && current && <option value={current}>{word(field, current)}</option>}
                {values.map((v) => (
                  <option key={v} value={v}>
                    {word(field, v)}
                  </option>
                ))}
              </select>
            </label>
          );
        })}
        {chosen.length > 0 && (
          <button type="button" className="secondary" onClick={() => go({ niveau: undefined, net: undefined, lop: undefined, provincie: undefined })}>
            {t('flanders.filters.clear')}
          </button>
        )}
      </div>
      <p className="filter-summary">{t('flanders.filters.showing', { what: chosen.length ? chosen.join(' · ') : t('flanders.filters.everything') })}</p>
    </section>
  );
}

