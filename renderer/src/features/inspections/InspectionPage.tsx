import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../app/router';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { formatDate } from '../../components/format';
import { AdvicePanel } from '../advice/AdvicePanel';
import { useProfile } from '../profile/store';
import { ConflictBanner } from '../exchange/ConflictBanner';
import { ExchangeTab } from '../exchange/ExchangeTab';
import { AuditTab } from './AuditTab';
import { ExportPanel } from './ExportPanel';
import { EvidenceTab } from './EvidenceTab';
import { FocusEditor } from './FocusEditor';
import { GuideTab } from './GuideTab';
import { ObservationsTab } from './ObservationsTab';
import { QuickCapture } from './QuickCapture';
import { SamplesTab } from './SamplesTab';
import { loadInspection, refreshInspection, useInspection } from './store';
import { SurveysTab } from './SurveysTab';
import { type Tab, TabList, TABS } from './Tabs';
import { UndoButton } from './UndoButton';
import './onsite.css';
import { DemoBadge } from '../demo/DemoBadge';

/** The tab survives a reload of the page, per inspection. */
function useTab(id: string): [Tab, (tab: Tab) => void] {
  const key = `doorlicht.inspection.${id}.tab`;
  const [tab, setTab] = useState<Tab>(() => {
    const stored = sessionStorage.getItem(key);
    return (TABS as readonly string[]).includes(stored ?? '') ? (stored as Tab) : 'guide';
  });
  return [tab, (next) => {
    sessionStorage.setItem(key, next);
    setTab(next);
  }];
}

export function InspectionPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const detail = useInspection((s) => s.detail);
  const onsite = useInspection((s) => s.onsite);
  const error = useInspection((s) => s.error);
  const drafts = useInspection((s) => s.drafts);
  const saveState = useInspection((s) => s.saveState);
  const profile = useProfile((s) => s.profile);
  const [tab, setTab] = useTab(id);

  useEffect(() => {
    void loadInspection(id);
  }, [id]);

  if (error) return <ErrorMessage error={error} onRetry={() => void loadInspection(id)} />;
  if (!detail || !onsite || detail.inspection.id !== id) return <Loading />;
  const { inspection, framework } = detail;
  const indicators = framework.domains.filter((d) => inspection.focusDomains.includes(d.id)).flatMap((d) => d.indicators);
  // A level the server refused (beneden without a shortcoming) is not counted as rated.
  const rated = indicators.filter((i) => drafts[i.id]?.level && typeof saveState[i.id] !== 'object').length;
  const readOnly = inspection.status === 'final';
  const panels: Record<Tab, React.ReactNode> = {
    guide: <GuideTab readOnly={readOnly} />,
    evidence: <EvidenceTab readOnly={readOnly} />,
    observations: <ObservationsTab readOnly={readOnly} />,
    samples: <SamplesTab readOnly={readOnly} />,
    surveys: <SurveysTab readOnly={readOnly} />,
    advice: (
      <>
        <AdvicePanel inspectionId={inspection.id} onStatusChange={() => void refreshInspection()} />
        <ExportPanel inspectionId={inspection.id} />
      </>
    ),
    exchange: <ExchangeTab readOnly={readOnly} />,
    audit: <AuditTab />,
  };

  return (
    <article aria-labelledby="inspection-title">
      <p>
        <a href={hrefFor({ place: 'school', instellingsnummer: inspection.instellingsnummer })}>← {inspection.schoolName}</a>
      </p>
      <h1 id="inspection-title">
        {t(`inspectionTypes.${inspection.type}`)} — {inspection.schoolName}
        {inspection.demo && <DemoBadge />}
      </h1>
      {inspection.demo && <p className="notice demo-notice">{t('demo.inspectionNote')}</p>}
      <dl className="facts">
        <div><dt>{t('school.startDate')}</dt><dd>{formatDate(inspection.startDate)}</dd></div>
        <div><dt>{t('inspections.columns.status')}</dt><dd>{t(`statuses.${inspection.status}`)}</dd></div>
        <div><dt>{t('inspection.framework')}</dt><dd>{framework.title[lang]} · {framework.version}</dd></div>
      </dl>
      <div className="progress" role="group" aria-label={t('inspection.progress', { rated, total: indicators.length })}>
        <progress max={indicators.length} value={rated} aria-hidden="true" />
        <span>{t('inspection.progress', { rated, total: indicators.length })}</span>
        <span className="muted">
          · {t('onsite.progress.toRate', { count: indicators.length - rated })} · {t('onsite.progress.evidenceMissing', { count: onsite.summary.evidenceMissing })}
        </span>
      </div>
      <div className="onsite-bar">
        {!readOnly && <UndoButton />}
        <span className="muted">{t('onsite.author', { actor: profile ? `${profile.name} (${t(`profile.roles.${profile.role}`)})` : '—' })} · {t('onsite.autosave')}</span>
      </div>
      <p className="muted shortcuts">{t('onsite.shortcuts')}</p>
      <ConflictBanner inspectionId={inspection.id} onShow={() => setTab('exchange')} />
      <FocusEditor readOnly={readOnly} />
      <TabList current={tab} onChange={setTab} />
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel">
        {panels[tab]}
      </div>
      <QuickCapture disabled={readOnly} />
    </article>
  );
}
