import { useTranslation } from 'react-i18next';
import { SAMPLE_INDICATOR } from '../../../../main/api/onsite-values';
import type { Indicator, RatingLevel } from '../../../../main/api/types';
import { formatNumber } from '../../components/format';
import { useInspection } from './store';

function pct(value: number | null): string {
  return value === null ? '—' : `${formatNumber(value)} %`;
}

/** Beside each indicator: its evidence and triangulation, the school's figures, and what observations and the sample say. */
export function IndicatorContext({ indicator, level }: { indicator: Indicator; level: RatingLevel | null }) {
  const { t } = useTranslation();
  const onsite = useInspection((s) => s.onsite);
  if (!onsite) return null;
  const kinds = onsite.summary.sourceKinds[indicator.id] ?? [];
  const count = onsite.evidence.filter((e) => e.indicatorIds.includes(indicator.id)).length;
  const signals = onsite.signals.filter((s) => (indicator.dataSignals as string[]).includes(s.signal));
  const observed = onsite.summary.observations.find((o) => o.indicatorId === indicator.id && o.n > 0);
  const sample = indicator.id === SAMPLE_INDICATOR && onsite.summary.sample.files > 0 ? onsite.summary.sample : null;

  return (
    <div className="indicator-context">
      <p className={count === 0 ? 'muted' : undefined}>
        {count === 0 ? t('onsite.noEvidence') : `${t('onsite.evidenceCount', { count })}: ${kinds.map((k) => t(`onsite.sources.${k}`)).join(', ')}`}
      </p>
      {level !== null && kinds.length < 2 && <p className="warning triangulation">{t('onsite.triangulation', { count: kinds.length })}</p>}
      {signals.length > 0 && (
        <div className="onsite-signals">
          <h4>{t('onsite.signalsTitle', { year: signals[0].schoolYear })}</h4>
          <ul className="onsite-signal-list">
            {signals.map((s) => (
              <li key={s.signal}>
                {t(`onsite.signals.${s.signal}`)}:{' '}
                <strong>{s.unit === 'pct' ? pct(s.rate) : `${formatNumber(s.count)} (${formatNumber(s.rate)} ${t('onsite.perHundred')})`}</strong>
              </li>
            ))}
          </ul>
        </div>
      )}
      {observed && (
        <p>
          {t('onsite.observationsTitle', { n: observed.n })}:{' '}
          {t('onsite.suggested', { mean: formatNumber(observed.mean), level: observed.suggested ? t(`ratingLevels.${observed.suggested}`) : '—' })}
        </p>
      )}
      {sample && <p>{t('onsite.sampleTitle', { compliant: sample.compliant, files: sample.files, pct: pct(sample.pct) })}</p>}
    </div>
  );
}
