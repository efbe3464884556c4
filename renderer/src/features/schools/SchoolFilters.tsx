import { useTranslation } from 'react-i18next';
import { SIGNAL_IDS } from './messages';
import { optionsOf, resetFilters, type SchoolFilters as Filters, type SchoolRow, setFilter, useSchoolList } from './store';

/** The filter form above the list: every control has a visible label. */
export function SchoolFilters({ schools }: { schools: readonly SchoolRow[] }) {
  const { t } = useTranslation();
  const f = useSchoolList((s) => s.filters);
  const select = (key: 'level' | 'form' | 'network' | 'lop' | 'municipality' | 'severity', options: { value: string; label: string }[]) => (
    <div>
      <label htmlFor={`filter-${key}`}>{t(`signals.filters.${key}`)}</label>
      <select id={`filter-${key}`} value={f[key]} onChange={(e) => setFilter(key, e.target.value as Filters[typeof key])}>
        <option value="">{t('signals.filters.all')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  const plain = (values: string[]) => values.map((v) => ({ value: v, label: v }));

  return (
    <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <div>
        <label htmlFor="school-search">{t('schools.searchLabel')}</label>
        <input
          id="school-search"
          type="search"
          value={f.search}
          autoComplete="off"
          aria-describedby="school-search-hint"
          onChange={(e) => setFilter('search', e.target.value)}
        />
        <span id="school-search-hint" className="muted" hidden>
          {t('schools.searchHint')}
        </span>
      </div>
      {select('level', [
        { value: 'basis', label: t('levels.basis') },
        { value: 'secundair', label: t('levels.secundair') },
      ])}
      {select('form', [
        { value: 'gewoon', label: t('forms.gewoon') },
        { value: 'buitengewoon', label: t('forms.buitengewoon') },
      ])}
      {select('network', plain(optionsOf(schools, 'network')))}
      {select('lop', plain(optionsOf(schools, 'lop')))}
      {select('municipality', plain(optionsOf(schools, 'municipality')))}
      {select('severity', [
        { value: 'attention', label: t('signals.filters.severityAtLeast.attention') },
        { value: 'severe', label: t('signals.filters.severityAtLeast.severe') },
      ])}
      <div>
        <label htmlFor="filter-sort">{t('signals.filters.sort')}</label>
        <select id="filter-sort" value={f.sort} onChange={(e) => setFilter('sort', e.target.value as Filters['sort'])}>
          <option value="name">{t('signals.filters.sortName')}</option>
          <option value="severity">{t('signals.filters.sortSeverity')}</option>
          {SIGNAL_IDS.map((id) => (
            <option key={id} value={id}>
              {t(`signals.ids.${id}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="actions">
        <button type="button" onClick={resetFilters}>
          {t('signals.filters.reset')}
        </button>
      </div>
    </form>
  );
}
