import { describe, expect, it } from 'vitest';
import { renderChartSvg } from '../../../main/reports/charts';
import { buildInspectionReport } from '../../../main/reports/inspection-report';
import type { PeerRates } from '../../../main/reports/figure-charts';
import { plainText, type FigureBlock } from '../../../main/reports/model';
import { fixture } from './fixture';

const YEARS = ['2019-2020', '2020-2021', '2021-2022', '2022-2023', '2023-2024'];
/** Similar schools' rates per 100 pupils; definitive exclusions have too few similar schools. */
const PEERS: PeerRates = {
  preventiveSuspensions: Object.fromEntries(YEARS.map((y, i) => [y, { median: 2.5 + i * 0.1, p25: 1.5 + i * 0.1, p75: 3.5 + i * 0.1 }])),
  temporaryExclusions: Object.fromEntries(YEARS.map((y) => [y, { median: 0.8, p25: 0.4, p75: 1.2 }])),
};

const peerFigures = (peers: PeerRates) => {
  const doc = buildInspectionReport({ ...fixture(), peers });
  return { doc, figures: doc.blocks.filter((b): b is FigureBlock => b.kind === 'figure' && b.chart.band !== undefined) };
};

describe('the peer band in the report', () => {
  it('draws one chart per measure that has similar schools to compare with, with the band, the median and the school', () => {
    const { figures } = peerFigures(PEERS);
    expect(figures.map((f) => f.chart.title)).toEqual([
      'Preventieve schorsingen per 100 leerlingen, met vergelijkbare scholen',
      'Tijdelijke uitsluitingen per 100 leerlingen, met vergelijkbare scholen',
    ]);
    const [prev] = figures;
    expect(prev.chart.band?.lower).toEqual([1.5, 1.6, 1.7, 1.8, 1.9]);
    expect(prev.chart.band?.upper).toEqual([3.5, 3.6, 3.7, 3.8, 3.9]);
    expect(prev.chart.series.map((s) => s.name)).toEqual(['Deze school', 'Mediaan vergelijkbare scholen']);
    expect(prev.chart.series[0].values).toEqual([2.96, 2.17, 3.67, 4.41, 4.81]);
  });

  it('keeps the school line under the publication rule: a year with 1 to 4 cases is hidden, not drawn', () => {
    const [, temp] = peerFigures(PEERS).figures;
    // 4 temporary exclusions in 2020-2021 would give the count away.
    expect(temp.chart.series[0].values[1]).toBeNull();
    expect(temp.chart.series[0].hidden?.[1]).toBe(true);
  });

  it('says in the alt text where the school stands against the band, and where it started', () => {
    const [prev, temp] = peerFigures(PEERS).figures;
    expect(prev.alt).toBe(
      'Lijngrafiek preventieve schorsingen per 100 leerlingen, met vergelijkbare scholen, 2019-2020 tot 2023-2024. Deze school: 4,81 in 2023-2024; vergelijkbare scholen: mediaan 2,9, middelste helft van 1,9 tot 3,9. In 2019-2020 was dat 2,96.',
    );
    expect(temp.alt).toContain('vergelijkbare scholen: mediaan 0,8');
  });

  it('names the band, the median and the school in the legend of the drawn chart', () => {
    const svg = renderChartSvg(peerFigures(PEERS).figures[0].chart);
    // The band's long name wraps onto a second legend line rather than being cut off.
    for (const name of ['Middelste helft vergelijkbare scholen', '(P25–P75)', 'Mediaan vergelijkbare scholen', 'Deze school']) expect(svg).toContain(name);
  });

  it('says so when no measure has similar schools to compare with, and draws no band', () => {
    const { doc, figures } = peerFigures({});
    expect(figures).toHaveLength(0);
    const texts = doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [plainText(b.runs)] : []));
    expect(texts).toContain('Voor deze schooljaren zijn er te weinig vergelijkbare scholen om de cijfers mee te vergelijken.');
  });
});
