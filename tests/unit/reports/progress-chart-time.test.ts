import { describe, expect, it } from 'vitest';
import { chartOption, legendRows, renderChartSvg } from '../../../main/reports/charts';
import { goalProgressChart } from '../../../main/reports/progress-chart';

const goals = [
  { title: 'Rust en routines bij de start van elke les, in alle klassen van de eerste en tweede graad', timeline: [{ date: '2027-01-10', level: 'beneden' as const }, { date: '2027-01-24', level: 'beneden' as const }, { date: '2027-06-10', level: 'benadert' as const }] },
  { title: 'Antipestbeleid', timeline: [{ date: '2027-01-10', level: 'benadert' as const }, { date: '2027-06-10', level: 'volgens' as const }] },
];

describe('the progress chart', () => {
  it('spaces visits by their dates: a point 4½ months on sits ten times as far as one two weeks on', () => {
    const option = chartOption(goalProgressChart(goals)) as { xAxis: { type: string }; series: Array<{ data: Array<[number, number]> }> };
    expect(option.xAxis.type).toBe('time');
    const [first, second, third] = option.series[0].data.map(([x]) => x);
    expect((third - second) / (second - first)).toBeCloseTo(137 / 14, 5);
    // A goal not judged at a visit joins its own judgements, no gap.
    expect(option.series[1].data.map(([, y]) => y)).toEqual([2, 3]);
  });
  it('keeps every goal’s whole title in the legend and leaves room for each legend row', () => {
    const spec = goalProgressChart(goals);
    expect(spec.series[0].name).toBe(goals[0].title);
    const svg = renderChartSvg(spec);
    for (const word of ['graad', 'Antipestbeleid']) expect(svg).toContain(word);
    expect(legendRows(['kort'], 640)).toBe(1);
    expect(legendRows([goals[0].title, 'Antipestbeleid', 'Nog een doel met een lange naam die moet afbreken'], 640)).toBeGreaterThan(1);
  });
});
