import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../app/router';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { formatDate } from '../../components/format';
import { FiguresTable } from './FiguresTable';
import { NewInspectionForm } from './NewInspectionForm';
import { SignalsSection } from './SignalsSection';
import './signals.css';
import { loadSchool, useSchoolPage } from './store';
import { DemoBadge } from '../demo/DemoBadge';

export function SchoolPage({ instellingsnummer }: { instellingsnummer: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const detail = useSchoolPage((s) => s.detail);
  const chart = useSchoolPage((s) => s.chart);
  const signalCharts = useSchoolPage((s) => s.signalCharts);
  const error = useSchoolPage((s) => s.error);

  useEffect(() => {
    void loadSchool(instellingsnummer, lang);
  }, [instellingsnummer, lang]);

  if (error) return <ErrorMessage error={error} onRetry={() => void loadSchool(instellingsnummer, lang)} />;
  if (!detail || detail.school.instellingsnummer !== instellingsnummer) return <Loading />;
  const { school, figures, inspections, signals, demo } = detail;

  return (
    <article aria-labelledby="school-title">
      <p>
        <a href={hrefFor({ place: 'schools' })}>← {t('schools.title')}</a>
      </p>
      <h1 id="school-title">
        {school.name}
        {demo && <DemoBadge />}
      </h1>
      {demo && <p className="notice demo-notice">{t('demo.schoolNote')}</p>}
      <dl className="facts">
        <div><dt>{t('school.number')}</dt><dd className="mono">{school.instellingsnummer}</dd></div>
        <div><dt>{t('schools.columns.level')}</dt><dd>{t(`levels.${school.level}`)} · {t(`forms.${school.form}`)}</dd></div>
        <div><dt>{t('school.address')}</dt><dd>{school.street}, {school.postcode} {school.municipality}</dd></div>
        <div><dt>{t('school.network')}</dt><dd>{school.network}</dd></div>
        <div><dt>{t('school.board')}</dt><dd>{school.board}</dd></div>
        <div><dt>{t('school.lop')}</dt><dd>{school.lop}</dd></div>
      </dl>

      <h2>{t('school.figuresTitle')}</h2>
      {figures.length === 0 ? <p>{t('school.noFigures')}</p> : <FiguresTable figures={figures} />}
      {chart && figures.length > 0 && (
        <figure className="chart">
          <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(chart.svg)}`} alt={chart.alt} />
          <figcaption>{t('school.chartNote')}</figcaption>
        </figure>
      )}

      <SignalsSection years={signals} />
      {signalCharts.length > 0 && (
        <section aria-labelledby="signal-charts-title">
          <h3 id="signal-charts-title">{t('signals.page.chartsTitle')}</h3>
          <p className="muted">{t('signals.page.chartsNote')}</p>
          <div className="chart-grid">
            {signalCharts.map((c) => (
              <figure key={c.id} className="chart">
                <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(c.svg)}`} alt={c.alt} />
              </figure>
            ))}
          </div>
        </section>
      )}

      <h2>{t('school.inspectionsTitle')}</h2>
      {inspections.length === 0 ? (
        <p>{t('school.noInspections')}</p>
      ) : (
        <ul className="plain">
          {inspections.map((inspection) => (
            <li key={inspection.id}>
              <a href={hrefFor({ place: 'inspection', id: inspection.id })}>
                {t(`inspectionTypes.${inspection.type}`)} — {formatDate(inspection.startDate)}
              </a>{' '}
              <span className="badge">{t(`statuses.${inspection.status}`)}</span>
            </li>
          ))}
        </ul>
      )}
      <NewInspectionForm instellingsnummer={school.instellingsnummer} />
    </article>
  );
}
