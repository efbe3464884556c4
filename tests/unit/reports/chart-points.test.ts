import { describe, expect, it } from 'vitest';
import { renderChartSvg, renderChartWithPoints, SCREEN_CHART_FONT_FAMILY, type ChartSpec } from '../../../main/reports/charts';

const spec: ChartSpec = {
  kind: 'line',
  title: 'Trend',
  categories: ['2021-2022', '2022-2023', '2023-2024'],
  series: [
    { name: 'A', values: [1, 2, null] },
    { name: 'B', values: [3, 1, 2] },
  ],
  yAxisLabel: 'per 100',
  width: 640,
  height: 320,
};

describe('chart points for drill-down links', () => {
  it('draws the same SVG as the plain renderer, with a point per known value inside the plot', () => {
    const { svg, points } = renderChartWithPoints(spec, SCREEN_CHART_FONT_FAMILY);
    // Each ECharts instance names its CSS classes anew (zr0-cls-0, zr1-cls-5); the shapes and words drawn are the same.
    const drawing = (text: string) => [...text.matchAll(/ d="([^"]+)"|>([^<>]+)</g)].map((m) => m[1] ?? m[2]);
    expect(drawing(svg)).toEqual(drawing(renderChartSvg(spec, SCREEN_CHART_FONT_FAMILY)));
    expect(points.map((p) => [p.series, p.category])).toEqual([[0, 0], [0, 1], [1, 0], [1, 1], [1, 2]]);
    // Categories left to right, a higher value higher up (smaller y).
    const b = points.filter((p) => p.series === 1);
    expect(b[0].x).toBeLessThan(b[1].x);
    expect(b[1].x).toBeLessThan(b[2].x);
    expect(b[0].y).toBeLessThan(b[2].y);
    expect(points.every((p) => p.x > 0 && p.x < spec.width && p.y > 0 && p.y < spec.height)).toBe(true);
  });

  it('gives no points where there is no category to point at (a time axis)', () => {
    expect(renderChartWithPoints({ ...spec, categoryDates: ['2022-01-01', '2022-06-01', '2023-01-01'] }).points).toEqual([]);
  });
});
