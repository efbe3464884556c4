import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../components/format';
import type { ApiResult } from '../../api/client';
import { explainSignalText } from './explain';
import { SignalBadge } from './SignalBadge';

type YearSignals = ApiResult<'getSchool'>['signals'][number];

/** The latest year's signals with their explanations, then every signal in a table. */
export function SignalsSection({ years }: { years: YearSignals[] }) {
  const { t } = useTranslation();
  const latest = years[years.length - 1];
  if (!latest) return null;
  const lit = latest.signals.filter((s) => s.severity !== 'none').sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'severe' ? -1 : 1));
  const peerCount = Math.max(...latest.signals.map((s) => s.peerCount));

  return (
    <section aria-labelledby="signals-title">
      <h2 id="signals-title">{t('signals.page.title')}</h2>
      <p className="muted">{t('signals.page.intro', { year: latest.schoolYear, peers: `${formatNumber(peerCount)} ${t('signals.page.peers')}` })}</p>
      {lit.length === 0 ? (
        <p>{t('signals.page.none', { year: latest.schoolYear })}</p>
      ) : (
        <ul className="signal-list">
          {lit.map((s) => (
            <li key={s.id} className={`severity-${s.severity}`}>
              <SignalBadge severity={s.severity} /> <strong>{t(`signals.ids.${s.id}`)}</strong>
              {s.direction !== 'none' && <span className="meta"> — {t(`signals.direction.${s.direction}`)}</span>}
              <p>{explainSignalText(t, s)}</p>
              {s.action !== null && <p className="meta">{t('signals.page.actionN', { n: s.action })} — Goed gedragen</p>}
            </li>
          ))}
        </ul>
      )}
      <table className="data">
        <caption>{t('signals.page.table', { year: latest.schoolYear })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('signals.columns.signal')}</th>
            <th scope="col" className="num">{t('signals.page.value')}</th>
            <th scope="col" className="num">{t('signals.page.median')}</th>
            <th scope="col" className="num">{t('signals.page.percentile')}</th>
            <th scope="col">{t('signals.page.severity')}</th>
            <th scope="col">{t('signals.page.action')}</th>
          </tr>
        </thead>
        <tbody>
          {latest.signals.map((s) => (
            <tr key={s.id}>
              <th scope="row">{t(`signals.ids.${s.id}`)}</th>
              <td className="num">{formatNumber(s.value)}</td>
              <td className="num">{formatNumber(s.peerMedian)}</td>
              <td className="num">{formatNumber(s.percentile)}</td>
              <td>
                <SignalBadge severity={s.severity} />
              </td>
              <td>{s.action ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {years.length > 1 && (
        <>
          <h3>{t('signals.page.history')}</h3>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t('signals.page.year')}</th>
                <th scope="col">{t('signals.columns.signal')}</th>
                <th scope="col" className="num">{t('signals.columns.flagged')}</th>
              </tr>
            </thead>
            <tbody>
              {years.map((y) => (
                <tr key={y.schoolYear}>
                  <th scope="row">{y.schoolYear}</th>
                  <td>
                    <SignalBadge severity={y.maxSeverity} />
                  </td>
                  <td className="num">{y.flagged}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
