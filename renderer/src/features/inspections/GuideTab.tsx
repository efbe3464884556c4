import { useTranslation } from 'react-i18next';
import { ClimateQuadrant } from './ClimateQuadrant';
import { RatingEditor } from './RatingEditor';
import { useInspection } from './store';

/** The guide: domain → indicator, with what informs each judgement beside it. */
export function GuideTab({ readOnly }: { readOnly: boolean }) {
  const { i18n, t } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const detail = useInspection((s) => s.detail)!;
  const progress = useInspection((s) => s.onsite?.summary.progress ?? []);
  const domains = detail.framework.domains.filter((d) => detail.inspection.focusDomains.includes(d.id));
  return (
    <>
      <nav aria-label={t('inspection.focus')} className="toc">
        <ul>
          {domains.map((d) => {
            const own = progress.filter((p) => p.domainId === d.id);
            return (
              <li key={d.id}>
                <a href={`#domain-${d.id}`} onClick={(e) => { e.preventDefault(); document.getElementById(`domain-${d.id}`)?.scrollIntoView(); }}>
                  {d.title[lang]}
                </a>{' '}
                <span className="muted">({own.filter((p) => p.rated).length}/{own.length})</span>
              </li>
            );
          })}
        </ul>
      </nav>
      {domains.map((domain) => (
        <section key={domain.id} id={`domain-${domain.id}`} aria-labelledby={`domain-${domain.id}-title`}>
          <h2 id={`domain-${domain.id}-title`}>{domain.title[lang]}</h2>
          <p className="muted">{domain.summary[lang]}</p>
          {domain.id === 'school_climate' && <ClimateQuadrant />}
          {domain.indicators.map((indicator) => (
            <RatingEditor key={indicator.id} indicator={indicator} readOnly={readOnly} />
          ))}
        </section>
      ))}
    </>
  );
}
