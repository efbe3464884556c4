import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../app/router';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { formatDate } from '../../components/format';
import { ExportPanel } from './ExportPanel';
import { RatingEditor } from './RatingEditor';
import { loadInspection, useInspection } from './store';

export function InspectionPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const detail = useInspection((s) => s.detail);
  const error = useInspection((s) => s.error);
  const drafts = useInspection((s) => s.drafts);

  useEffect(() => {
    void loadInspection(id);
  }, [id]);

  if (error) return <ErrorMessage error={error} onRetry={() => void loadInspection(id)} />;
  if (!detail || detail.inspection.id !== id) return <Loading />;
  const { inspection, framework } = detail;
  const domains = framework.domains.filter((d) => inspection.focusDomains.includes(d.id));
  const indicators = domains.flatMap((d) => d.indicators);
  const rated = indicators.filter((i) => drafts[i.id]?.level).length;
  const readOnly = inspection.status === 'final';

  return (
    <article aria-labelledby="inspection-title">
      <p>
        <a href={hrefFor({ place: 'school', instellingsnummer: inspection.instellingsnummer })}>← {inspection.schoolName}</a>
      </p>
      <h1 id="inspection-title">
        {t(`inspectionTypes.${inspection.type}`)} — {inspection.schoolName}
      </h1>
      <dl className="facts">
        <div><dt>{t('school.startDate')}</dt><dd>{formatDate(inspection.startDate)}</dd></div>
        <div><dt>{t('inspections.columns.status')}</dt><dd>{t(`statuses.${inspection.status}`)}</dd></div>
        <div><dt>{t('inspection.framework')}</dt><dd>{framework.title[lang]} · {framework.version}</dd></div>
      </dl>
      <div className="progress" role="group" aria-label={t('inspection.progress', { rated, total: indicators.length })}>
        <progress max={indicators.length} value={rated} aria-hidden="true" />
        <span>{t('inspection.progress', { rated, total: indicators.length })}</span>
      </div>
      <nav aria-label={t('inspection.focus')} className="toc">
        <ul>
          {domains.map((d) => (
            <li key={d.id}>
              <a href={`#domain-${d.id}`} onClick={(e) => { e.preventDefault(); document.getElementById(`domain-${d.id}`)?.scrollIntoView(); }}>
                {d.title[lang]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {domains.map((domain) => (
        <section key={domain.id} id={`domain-${domain.id}`} aria-labelledby={`domain-${domain.id}-title`}>
          <h2 id={`domain-${domain.id}-title`}>{domain.title[lang]}</h2>
          <p className="muted">{domain.summary[lang]}</p>
          {domain.indicators.map((indicator) => (
            <RatingEditor key={indicator.id} indicator={indicator} readOnly={readOnly} />
          ))}
        </section>
      ))}
      <ExportPanel inspectionId={inspection.id} />
    </article>
  );
}
