import type { TFunction } from 'i18next';
import type { ApiResult } from '../../api/client';
import { formatNumber } from '../../components/format';

type Signal = ApiResult<'getSchool'>['signals'][number]['signals'][number];

/**
 * The signal's sentence in the chosen language, from the same facts the
 * domain's Dutch explanation uses (main/domain/signals/explain.ts; the CLI
 * and the reports keep that one), so the screen follows Instellingen → Taal.
 */
export function explainSignalText(t: TFunction, s: Signal): string {
  const label = t(`signals.ids.${s.id}`);
  if (s.value === null) return t('signals.explain.noData', { label: label.toLowerCase() });
  const value = formatNumber(s.value);
  if (s.peerMedian === null) {
    return s.absoluteHit && s.direction === 'high' ? t('signals.explain.absoluteOnly', { label, value }) : t('signals.explain.fewPeers', { label, value, peers: s.peerCount });
  }
  const median = formatNumber(s.peerMedian);
  if (s.direction === 'high') {
    const percentile = s.percentile === null ? '—' : formatNumber(Math.round(s.percentile));
    const sentence = t('signals.explain.high', { label, value, percentile, median });
    return s.absoluteHit ? `${sentence} ${t('signals.explain.everyCase')}` : sentence;
  }
  if (s.direction === 'low') return t('signals.explain.low', { label, value, median });
  return t('signals.explain.normal', { label, value, median });
}
