import { useTranslation } from 'react-i18next';
import { DrillLink } from './drill';

interface Point {
  x: number;
  y: number;
  drill: string;
  label: string;
}

/**
 * A chart drawn in main (SVG) with a link laid over each of its points, at
 * the place the same ECharts layout put it: every point leads to the schools
 * behind it, by keyboard (Tab), pointer or tap. The image keeps its text
 * alternative; the table beside the chart is the accessible alternative that
 * drills down the same way.
 */
export function DrillChart({ svg, alt, width, height, points }: { svg: string; alt: string; width: number; height: number; points: readonly Point[] }) {
  const { t } = useTranslation();
  return (
    <figure className="chart drill-chart">
      <div className="drill-chart-canvas" style={{ maxWidth: width }}>
        <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`} alt={alt} width={width} height={height} />
        {points.map((p, i) => (
          <DrillLink key={i} drill={p.drill} what={p.label} className="drill-point" style={{ left: `${(100 * p.x) / width}%`, top: `${(100 * p.y) / height}%` }}>
            <span className="drill-point-dot" aria-hidden="true" />
          </DrillLink>
        ))}
      </div>
      <figcaption className="muted small no-print">{t('flanders.chartHint')}</figcaption>
    </figure>
  );
}
