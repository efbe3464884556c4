import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../app/router';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatNumber } from '../../components/format';
import { AgendaNotice } from '../taskforce/AgendaNotice';
import { DemoBadge } from '../demo/DemoBadge';
import { DemoNotice } from '../demo/DemoNotice';
import { SchoolFilters } from './SchoolFilters';
import { SignalBadge } from './SignalBadge';
import { loadSchools, useSchoolList, visibleSchools } from './store';
import './signals.css';

const ROW_HEIGHT = 41;

export function SchoolList() {
  const { t } = useTranslation();
  const schools = useSchoolList((s) => s.schools);
  const filters = useSchoolList((s) => s.filters);
  const loading = useSchoolList((s) => s.loading);
  const error = useSchoolList((s) => s.error);
  const shown = useMemo(() => visibleSchools(schools, filters), [schools, filters]);
  const sortedBySignal = filters.sort !== 'name' && filters.sort !== 'severity' ? filters.sort : null;

  useEffect(() => {
    void loadSchools();
  }, []);

  const scrollRef = useRef<HTMLDivElement>(null);
  // Only the rows in view (plus a margin) are in the page: all of Flanders stays fluent.
  // The margin keeps the next links in the DOM, so Tab moves on and the browser scrolls them in.
  const virtualizer = useVirtualizer({ count: shown.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const items = virtualizer.getVirtualItems();
  const before = items.length > 0 ? items[0].start : 0;
  const after = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;

  return (
    <section aria-labelledby="schools-title">
      <h1 id="schools-title">{t('schools.title')}</h1>
      {/* On start: the task force's week (what is overdue, what is due). */}
      <AgendaNotice />
      <p><a href={hrefFor({ place: 'import' })}>{t('import.open')}</a></p>
      <DemoNotice />
      <SchoolFilters schools={schools} />
      {error && <ErrorMessage error={error} onRetry={() => void loadSchools()} />}
      <p className="muted" role="status" aria-live="polite">
        {loading && schools.length === 0
          ? t('common.loading')
          : t('signals.count', { shown: formatNumber(shown.length), total: formatNumber(schools.length) })}
      </p>
      {!loading && shown.length === 0 && filters.search && <p>{t('schools.empty', { query: filters.search })}</p>}
      {shown.length > 0 && (
        <div className="virtual-scroll" ref={scrollRef}>
          <div style={{ paddingTop: before, paddingBottom: after }}>
            <table className="data" aria-label={t('signals.listLabel')} aria-rowcount={shown.length + 1}>
              <thead>
                <tr aria-rowindex={1}>
                  <th scope="col">{t('schools.columns.name')}</th>
                  <th scope="col">{t('schools.columns.number')}</th>
                  <th scope="col">{t('schools.columns.level')}</th>
                  <th scope="col">{t('schools.columns.form')}</th>
                  <th scope="col">{t('schools.columns.municipality')}</th>
                  <th scope="col" className="num">
                    {t('schools.columns.pupils')}
                  </th>
                  <th scope="col">{t('signals.columns.signal')}</th>
                  <th scope="col" className="num">
                    {sortedBySignal ? t(`signals.ids.${sortedBySignal}`) : t('signals.columns.flagged')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => {
                  const school = shown[item.index];
                  const summary = school.signals;
                  return (
                    <tr key={school.instellingsnummer} aria-rowindex={item.index + 2}>
                      <td>
                        <a href={hrefFor({ place: 'school', instellingsnummer: school.instellingsnummer })}>{school.name}</a>
                        {school.demo && <DemoBadge />}
                      </td>
                      <td className="mono">{school.instellingsnummer}</td>
                      <td>{t(`levels.${school.level}`)}</td>
                      <td>{t(`forms.${school.form}`)}</td>
                      <td>{school.municipality}</td>
                      <td className="num">{formatNumber(school.latestPupils)}</td>
                      <td>{summary ? <SignalBadge severity={summary.maxSeverity} /> : '—'}</td>
                      <td className="num">
                        {summary ? formatNumber(sortedBySignal ? summary.values[sortedBySignal] : summary.flagged) : '—'}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}
