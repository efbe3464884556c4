import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { chartFontFiles, chartOption, HIDDEN_SERIES_NAME, renderChartPng, renderChartSvg, type ChartSpec } from '../../../main/reports/charts';
import { existsSync } from 'node:fs';

const spec: ChartSpec = {
  kind: 'line',
  title: 'Tuchtmaatregelen per 100 leerlingen',
  categories: ['2019-2020', '2020-2021', '2021-2022'],
  series: [
    { name: 'Preventieve schorsingen', values: [0.5, 1.25, null] },
    { name: 'Tijdelijke uitsluitingen', values: [null, 0.75, 1.5] },
  ],
  yAxisLabel: 'Aantal per 100 leerlingen',
  width: 600,
  height: 320,
};

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('chartOption', () => {
  it('is a static chart with a legend and one series per spec series', () => {
    const option = chartOption(spec) as Record<string, any>;
    expect(option.animation).toBe(false);
    expect(option.legend.data).toEqual(['Preventieve schorsingen', 'Tijdelijke uitsluitingen']);
    expect(option.series).toHaveLength(2);
    expect(option.series.map((s: any) => s.type)).toEqual(['line', 'line']);
    // Gaps stay gaps: a masked year must not be drawn as zero.
    expect(option.series[1].data[0]).toBeNull();
    expect(option.yAxis.name).toBe('Aantal per 100 leerlingen');
  });

  it('gives each series its own marker, so colour is not the only cue', () => {
    const option = chartOption(spec) as Record<string, any>;
    expect(option.series[0].symbol).not.toBe(option.series[1].symbol);
  });
});

describe('renderChartSvg', () => {
  const svg = renderChartSvg(spec);

  it('draws an SVG of the asked size with the title, axis label and legend', () => {
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('width="600"');
    expect(svg).toContain('height="320"');
    expect(svg).toContain('Tuchtmaatregelen per 100 leerlingen');
    expect(svg).toContain('Aantal per 100 leerlingen');
    expect(svg).toContain('Preventieve schorsingen');
    expect(svg).toContain('Tijdelijke uitsluitingen');
    expect(svg).toContain('2020-2021');
  });

  it('writes axis numbers with a decimal comma and never NaN', () => {
    expect(svg).not.toMatch(/NaN|undefined|Infinity/);
    expect(svg).toMatch(/>\d,\d+</); // e.g. "0,5" on the value axis
    expect(svg).not.toMatch(/>\d\.\d+</);
  });

  it('draws bar charts too', () => {
    const bars = renderChartSvg({ ...spec, kind: 'bar' });
    expect(bars).toContain('Preventieve schorsingen');
    expect(bars).not.toContain('NaN');
    expect(bars).not.toBe(svg);
  });
});

describe('renderChartPng', () => {
  it('uses font files that exist', () => {
    expect(chartFontFiles().length).toBeGreaterThan(0);
    for (const file of chartFontFiles()) expect(existsSync(file), file).toBe(true);
  });

  it('produces a PNG scaled by the given factor', () => {
    const png = renderChartPng(spec, 2);
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    // IHDR: width and height are big-endian at bytes 16 and 20.
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(640);
  });

  it('really draws text: charts differing only in their title give different images', () => {
    // Without fonts resvg silently skips all text, and both images would be identical.
    const a = renderChartPng({ ...spec, title: 'Aaaa' }, 1);
    const b = renderChartPng({ ...spec, title: 'Wéééé ëü' }, 1);
    expect(a.equals(b)).toBe(false);
  });

  it('would draw no text without those fonts (guards the test above)', () => {
    const svg = renderChartSvg({ ...spec, title: 'Aaaa' });
    const noFonts = (s: string) => new Resvg(s, { font: { loadSystemFonts: false, fontFiles: [] } }).render().asPng();
    expect(noFonts(svg).equals(noFonts(svg.replace('Aaaa', 'Wéééé')))).toBe(true);
  });
});

describe('charts that do not mislead', () => {
  const years = ['2021-2022', '2022-2023', '2023-2024'];
  const spec: ChartSpec = {
    kind: 'line',
    title: 'Tuchtmaatregelen per 100 leerlingen',
    categories: years,
    series: [
      { name: 'Preventieve schorsingen', values: [2.1, null, 3.4], hidden: [false, true, false] },
      { name: 'Tijdelijke uitsluitingen', values: [null, null, null] },
      { name: 'Definitieve uitsluitingen', values: [0, 0, null], hidden: [false, false, true] },
    ],
    yAxisLabel: 'Aantal per 100 leerlingen',
    width: 640,
    height: 340,
  };

  it('marks hidden values once per year with their own legend entry; unknown ones stay a gap', () => {
    const option = chartOption(spec) as { series: Array<{ type: string; name: string; data: unknown[] }>; legend: { data: string[] } };
    const marks = option.series.find((s) => s.type === 'scatter')!;
    expect(marks.name).toBe(HIDDEN_SERIES_NAME);
    expect(marks.data).toEqual([[1, 0], [2, 0]]);
    expect(option.legend.data).toContain(HIDDEN_SERIES_NAME);
  });

  it('gives no legend entry to a series without any value, and keeps one whose values are zero', () => {
    const legend = (chartOption(spec) as { legend: { data: string[] } }).legend.data;
    expect(legend).not.toContain('Tijdelijke uitsluitingen');
    expect(legend).toContain('Definitieve uitsluitingen');
  });
});
