import { useTranslation } from 'react-i18next';
import { CLIMATE_WORDS } from '../../../../main/api/vocabulary';
import { useInspection } from './store';

const CELLS = [
  { id: 'authoritarian', resp: 'lowResp', dem: 'highDem' },
  { id: 'authoritative', resp: 'highResp', dem: 'highDem' },
  { id: 'indifferent', resp: 'lowResp', dem: 'lowDem' },
  { id: 'lenient', resp: 'highResp', dem: 'lowDem' },
] as const;

/** The four school climates as a 2×2 grid; the current one is marked with text and a border, not colour alone. */
export function ClimateQuadrant() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const climate = useInspection((s) => s.onsite?.summary.climate ?? null);
  return (
    <figure className="quadrant card" aria-labelledby="climate-title">
      <h3 id="climate-title">{t('onsite.climate.title')}</h3>
      <p role="status">{climate ? t('onsite.climate.current', { name: CLIMATE_WORDS[climate][lang].name }) : t('onsite.climate.none')}</p>
      <div className="quadrant-grid">
        {CELLS.map((cell) => (
          <div key={cell.id} className={`quadrant-cell${climate === cell.id ? ' current' : ''}`} aria-current={climate === cell.id ? 'true' : undefined}>
            <strong>
              {climate === cell.id ? '● ' : ''}
              {CLIMATE_WORDS[cell.id][lang].name}
            </strong>
            <small>
              {t(`onsite.climate.${cell.resp}`)} · {t(`onsite.climate.${cell.dem}`)}
            </small>
          </div>
        ))}
      </div>
      <figcaption className="muted">{t('onsite.climate.caption')}</figcaption>
    </figure>
  );
}
