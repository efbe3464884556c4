import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiResult, send } from '../../api/client';
import { hrefFor } from '../../app/router';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { formatDate, formatDateTime } from '../../components/format';
import { ImportPackageForm } from '../exchange/ImportPackageForm';
import { type InspectionFilters, NO_INSPECTION_FILTERS, visibleInspections, yearsOf } from './list-filters';
import { NewInspectionPanel } from './NewInspectionPanel';
import '../exchange/exchange.css';
import { DemoBadge } from '../demo/DemoBadge';

type Row = ApiResult<'listInspections'>[number];
const STATUSES = ['preparing', 'on_site', 'deciding', 'final'] as const;
const TYPES = ['full', 'unannounced', 'reinspection_2b', 'taskforce_followup'] as const;

export function InspectionList() {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Row[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [filters, setFilters] = useState<InspectionFilters>(NO_INSPECTION_FILTERS);
  const [creating, setCreating] = useState(false);
  const set = (patch: Partial<InspectionFilters>) => setFilters((f) => ({ ...f, ...patch }));

  const reload = () => send('listInspections', {}).then(setRows, (e: Error) => setError(e.message));
  useEffect(() => {
    void reload();
  }, []);

  const shown = rows ? visibleInspections(rows, filters) : [];
  return (
    <section aria-labelledby="inspections-title">
      <div className="page-head">
        <h1 id="inspections-title">{t('inspections.title')}</h1>
        {!creating && (
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            + {t('school.newInspection')}
          </button>
        )}
      </div>
      {creating && <NewInspectionPanel onClose={() => setCreating(false)} />}
      {error && <ErrorMessage error={error} />}
      {!rows && !error && <Loading />}
      {rows && rows.length === 0 && <p>{t('inspections.empty')}</p>}
      {rows && rows.length > 0 && (
        <>
          <fieldset className="filters">
            <legend>{t('inspections.filters')}</legend>
            <div className="field">
              <label htmlFor="inspection-search">{t('inspections.search')}</label>
              <input id="inspection-search" type="search" value={filters.search} onChange={(e) => set({ search: e.target.value })} />
            </div>
            <div className="field">
              <label htmlFor="inspection-status">{t('inspections.columns.status')}</label>
              <select id="inspection-status" value={filters.status} onChange={(e) => set({ status: e.target.value })}>
                <option value="">{t('inspections.all')}</option>
                {STATUSES.map((s) => <option key={s} value={s}>{t(`statuses.${s}`)}</option>)}
              </select>
            </div>
            <div className="field">
              <label htmlFor="inspection-type-filter">{t('inspections.columns.type')}</label>
              <select id="inspection-type-filter" value={filters.type} onChange={(e) => set({ type: e.target.value })}>
                <option value="">{t('inspections.all')}</option>
                {TYPES.map((s) => <option key={s} value={s}>{t(`inspectionTypes.${s}`)}</option>)}
              </select>
            </div>
            <div className="field">
              <label htmlFor="inspection-year">{t('inspections.year')}</label>
              <select id="inspection-year" value={filters.year} onChange={(e) => set({ year: e.target.value })}>
                <option value="">{t('inspections.all')}</option>
                {yearsOf(rows).map((y) => <option key={y} value={y}>{y}</option>)}
              </select>
            </div>
            <div className="actions">
              <button type="button" onClick={() => setFilters(NO_INSPECTION_FILTERS)}>{t('inspections.clearFilters')}</button>
            </div>
          </fieldset>
          <p role="status">{t('inspections.count', { shown: shown.length, total: rows.length })}</p>
          {shown.length === 0 ? (
            <p>{t('inspections.noMatch')}</p>
          ) : (
            <table className="data cards">
              <thead>
                <tr>
                  <th scope="col">{t('inspections.columns.school')}</th>
                  <th scope="col">{t('inspections.columns.type')}</th>
                  <th scope="col">{t('inspections.columns.status')}</th>
                  <th scope="col">{t('inspections.columns.startDate')}</th>
                  <th scope="col">{t('inspections.columns.updated')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((row) => (
                  <tr key={row.id}>
                    <td data-label={t('inspections.columns.school')}>
                      <a href={hrefFor({ place: 'inspection', id: row.id })}>{row.schoolName}</a>
                      {row.demo && <DemoBadge />}
                    </td>
                    <td data-label={t('inspections.columns.type')}>{t(`inspectionTypes.${row.type}`)}</td>
                    <td data-label={t('inspections.columns.status')}>{t(`statuses.${row.status}`)}</td>
                    <td data-label={t('inspections.columns.startDate')}>{formatDate(row.startDate)}</td>
                    <td data-label={t('inspections.columns.updated')}>{formatDateTime(row.updatedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
      <ImportPackageForm scope="inspections" showLink onImported={() => void reload()} />
    </section>
  );
}
