import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';
import { formatDutchDate, formatDutchNumber } from './dutch-format';

/**
 * A chart as plain data. It is serialisable (no functions), so the same
 * definition can travel over IPC to the UI, sit in a report model and be
 * drawn by both report renderers; `chartOption` turns it into ECharts input.
 */
export interface ChartSeries {
  name: string;
  /** One value per category; null is a gap (unknown or not publishable). */
  values: (number | null)[];
  /** A colour that means something (a rating level); else the palette's. */
  color?: string;
  /** Per category: a value exists but is not published (privacy); drawn apart from a value that is unknown. */
  hidden?: boolean[];
}

/** The legend entry of the marks for values kept out of a publication. */
export const HIDDEN_SERIES_NAME = 'Niet gepubliceerd (1 tot 4 gevallen)';

/** The categories where any series hides a value: one mark per category, so marks never pile up. */
export function hiddenCategories(spec: ChartSpec): number[] {
  return spec.categories.map((_, i) => i).filter((i) => spec.series.some((s) => s.hidden?.[i]));
}

/** A shaded range behind the lines, e.g. P25–P75 of the peer group; drawn only in line charts. */
export interface ChartBand {
  name: string;
  lower: (number | null)[];
  upper: (number | null)[];
}

export interface ChartSpec {
  kind: 'line' | 'bar';
  title: string;
  categories: string[];
  series: ChartSeries[];
  band?: ChartBand;
  yAxisLabel: string;
  /** A fixed scale with whole steps, e.g. 1–4 for the rating levels, optionally with a word per step. */
  yScale?: { min: number; max: number; labels?: string[] };
  /** Bars: stacked into one bar per category, and drawn across (categories down the side) for long names. */
  stacked?: boolean;
  horizontal?: boolean;
  /**
   * The ISO date of each category: the x axis then spaces the points by time
   * (a visit three months after the last sits three times as far as one a
   * month after), instead of evenly.
   */
  categoryDates?: string[];
  /** Size in CSS pixels (1/96 inch); reports place it at this size. */
  width: number;
  height: number;
}

/** Calm, print-friendly colours that stay distinguishable in greyscale. */
export const CHART_PALETTE = ['#1f4e79', '#c0792b', '#4f7f4e', '#7a5c8a', '#5f6b78'] as const;
/**
 * Colour is never the only cue (see DESIGN: "always with a text or shape
 * beside it"): each series also gets its own marker and line pattern.
 */
const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'emptyCircle'] as const;
const LINE_TYPES = ['solid', 'dashed', 'dotted', 'solid', 'dashed'] as const;

/** The family the SVG asks for; Roboto is what both renderers have on hand. */
export const CHART_FONT_FAMILY = 'Roboto';
/** On screen the SVG sits in an <img> and cannot load Roboto, so it falls back to the system's sans-serif. */
export const SCREEN_CHART_FONT_FAMILY = "Roboto, 'Segoe UI', Arial, Helvetica, sans-serif";
const TEXT_COLOUR = '#333333';

function dutch(value: unknown): string {
  return typeof value === 'number' && Number.isFinite(value) ? formatDutchNumber(value) : '';
}

/** Widest legend text before it wraps onto a second line (never cut off). */
const LEGEND_TEXT_WIDTH = 240;
const LEGEND_ROW_HEIGHT = 22;

/**
 * How many rows the legend takes: ECharts wraps a plain legend when its items
 * do not fit the width, so the plot must leave room for every row. Text width
 * is estimated at 7 px per character (12 px Roboto), capped where it wraps.
 */
export function legendRows(names: readonly string[], width: number): number {
  const available = width - 40;
  let rows = 1;
  let used = 0;
  for (const name of names) {
    const item = 28 + 5 + Math.min(name.length * 7, LEGEND_TEXT_WIDTH) + 10;
    if (used > 0 && used + item > available) {
      rows += 1;
      used = 0;
    }
    used += item;
    // A name wider than the cap wraps: its extra lines make the row taller.
    rows += Math.ceil((name.length * 7) / LEGEND_TEXT_WIDTH) - 1;
  }
  return rows;
}

const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** The ECharts option for a spec: the one place that decides how charts look. */
export function chartOption(spec: ChartSpec, fontFamily: string = CHART_FONT_FAMILY): EChartsOption {
  const option = verticalChartOption(spec, fontFamily);
  return spec.kind === 'bar' && spec.horizontal ? acrossBarOption(spec, option, fontFamily) : option;
}

/** Bars across the page: the long category names down the left, the counts along the bottom. */
function acrossBarOption(spec: ChartSpec, option: EChartsOption, fontFamily: string): EChartsOption {
  return {
    ...option,
    grid: { left: 210, right: 32, top: 52, bottom: 84, containLabel: false },
    xAxis: {
      type: 'value',
      name: spec.yAxisLabel,
      nameLocation: 'middle',
      nameGap: 28,
      minInterval: 1,
      nameTextStyle: { fontFamily, fontSize: 12, color: TEXT_COLOUR },
      axisLabel: { fontFamily, fontSize: 12, color: TEXT_COLOUR, formatter: (v: number) => dutch(v) },
      splitLine: { lineStyle: { color: '#e3e5e8' } },
    },
    yAxis: {
      type: 'category',
      data: spec.categories,
      inverse: true,
      axisTick: { show: false },
      axisLabel: { fontFamily, fontSize: 12, color: TEXT_COLOUR, width: 196, overflow: 'break', lineHeight: 14 },
      axisLine: { lineStyle: { color: '#8a8f98' } },
    },
  };
}

function verticalChartOption(spec: ChartSpec, fontFamily: string): EChartsOption {
  const many = spec.categories.length > 6;
  // A series without any value gets no legend entry: it would promise a line that is not there.
  const legendNames = [
    ...(spec.band && spec.kind === 'line' ? [spec.band.name] : []),
    ...spec.series.filter((s) => s.values.some((v) => v !== null && (spec.kind === 'line' || v !== 0))).map((s) => s.name),
    ...(spec.kind === 'line' && hiddenCategories(spec).length > 0 ? [HIDDEN_SERIES_NAME] : []),
  ];
  const legendHeight = legendRows(legendNames, spec.width) * LEGEND_ROW_HEIGHT;
  const dates = spec.kind === 'line' ? spec.categoryDates : undefined;
  // On a time axis each series joins its own judgements: a goal not judged at one visit has no gap there.
  const point = (values: (number | null)[]) => (dates ? values.flatMap((v, i) => (v === null ? [] : [[dayMs(dates[i]), v]])) : values);
  return {
    animation: false,
    backgroundColor: '#ffffff',
    color: [...CHART_PALETTE],
    textStyle: { fontFamily, color: TEXT_COLOUR, fontSize: 12 },
    title: {
      text: spec.title,
      left: 'center',
      top: 8,
      textStyle: { fontFamily, fontSize: 15, fontWeight: 'bold', color: TEXT_COLOUR },
    },
    legend: {
      bottom: 8,
      itemWidth: 28,
      // Long names wrap instead of being cut off.
      textStyle: { fontFamily, fontSize: 12, color: TEXT_COLOUR, width: LEGEND_TEXT_WIDTH, overflow: 'break' },
      data: legendNames,
    },
    // Room for the title above, the legend below (every row of it) and the axis name on the left.
    grid: { left: spec.yScale?.labels ? 100 : 72, right: 48, top: 52, bottom: 52 + legendHeight, containLabel: false },
    xAxis: dates
      ? {
          type: 'time',
          // A little room either side so the first and last visit are not on the frame.
          min: dayMs(dates[0]) - 7 * 86_400_000,
          max: dayMs(dates[dates.length - 1]) + 7 * 86_400_000,
          axisLabel: { fontFamily, fontSize: 12, color: TEXT_COLOUR, hideOverlap: true, formatter: (ms: number) => formatDutchDate(new Date(ms).toISOString().slice(0, 10)) },
          axisLine: { lineStyle: { color: '#8a8f98' } },
          splitLine: { show: false },
        }
      : {
      type: 'category',
      data: spec.categories,
      boundaryGap: spec.kind === 'bar',
      axisTick: { alignWithLabel: true },
      axisLabel: { fontFamily, fontSize: 12, color: TEXT_COLOUR, rotate: many ? 30 : 0, interval: 0 },
      axisLine: { lineStyle: { color: '#8a8f98' } },
    },
    yAxis: {
      type: 'value',
      name: spec.yAxisLabel,
      nameLocation: 'middle',
      nameRotate: 90,
      // Word labels (a rating scale) are wider than numbers: move the axis name out of their way.
      nameGap: spec.yScale?.labels ? 76 : 48,
      nameTextStyle: { fontFamily, fontSize: 12, color: TEXT_COLOUR },
      min: spec.yScale?.min ?? 0,
      ...(spec.yScale ? { max: spec.yScale.max, interval: 1 } : {}),
      axisLabel: {
        fontFamily,
        fontSize: 12,
        color: TEXT_COLOUR,
        formatter: (v: number) => spec.yScale?.labels?.[v - spec.yScale.min] ?? dutch(v),
      },
      splitLine: { lineStyle: { color: '#e3e5e8' } },
    },
    series: [...bandSeries(spec), ...hiddenSeries(spec), ...spec.series.map((s, i) =>
      spec.kind === 'line'
        ? {
            type: 'line' as const,
            name: s.name,
            data: point(s.values),
            symbol: SYMBOLS[i % SYMBOLS.length],
            symbolSize: 8,
            // Explicit, so that a band drawn first does not shift the palette.
            itemStyle: { color: CHART_PALETTE[i % CHART_PALETTE.length] },
            lineStyle: { width: 2.5, type: LINE_TYPES[i % LINE_TYPES.length], color: CHART_PALETTE[i % CHART_PALETTE.length] },
            connectNulls: false,
          }
        : {
            type: 'bar' as const,
            name: s.name,
            data: s.values,
            barMaxWidth: spec.horizontal ? 22 : 36,
            ...(spec.stacked ? { stack: 'total' } : {}),
            ...(s.color ? { itemStyle: { color: s.color } } : {}),
            label: {
              show: true,
              position: spec.stacked ? ('inside' as const) : ('top' as const),
              fontSize: 11,
              color: spec.stacked ? '#ffffff' : TEXT_COLOUR,
              // A stacked zero has no width to carry a label.
              formatter: (p: { value: unknown }) => (spec.stacked && p.value === 0 ? '' : dutch(p.value)),
            },
          },
    )],
  };
}

const BAND_COLOUR = '#c9d6e3';

/**
 * Values kept out for privacy as hollow grey diamonds on the axis, one per
 * year, with their own legend entry: a gap in the line alone would read as
 * "no data". An unknown value stays a plain gap.
 */
function hiddenSeries(spec: ChartSpec) {
  if (spec.kind !== 'line') return [];
  const at = hiddenCategories(spec);
  if (at.length === 0) return [];
  const base = spec.yScale?.min ?? 0;
  return [{ type: 'scatter' as const, name: HIDDEN_SERIES_NAME, data: at.map((i) => [i, base]), symbol: 'emptyDiamond', symbolSize: 11, silent: true, itemStyle: { color: '#6b7280', borderWidth: 1.5 }, z: 1 }];
}

/**
 * The band as two stacked series: an invisible base at `lower` and a filled
 * layer of height upper − lower on top of it. The lines' colours keep their
 * palette order because the band sets its own colour.
 */
function bandSeries(spec: ChartSpec) {
  if (!spec.band || spec.kind !== 'line') return [];
  const { name, lower, upper } = spec.band;
  const height = upper.map((u, i) => (u === null || lower[i] === null ? null : Math.max(0, u - lower[i]!)));
  const common = { type: 'line' as const, stack: 'band', symbol: 'none', silent: true, connectNulls: false };
  return [
    { ...common, name: `${name} (ondergrens)`, data: lower, lineStyle: { opacity: 0 }, itemStyle: { color: BAND_COLOUR } },
    { ...common, name, data: height, lineStyle: { opacity: 0 }, itemStyle: { color: BAND_COLOUR }, areaStyle: { color: BAND_COLOUR, opacity: 0.9 } },
  ];
}

/**
 * Draws the chart to an SVG string with ECharts' server-side renderer, no DOM.
 * The instance is always disposed: a live instance keeps timers that stop
 * Node (and the test runner) from exiting.
 */
export function renderChartSvg(spec: ChartSpec, fontFamily: string = CHART_FONT_FAMILY): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: spec.width, height: spec.height });
  try {
    chart.setOption(chartOption(spec, fontFamily));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** A data point of a chart where the screen can put a link: its series and category, in the SVG's pixels. */
export interface ChartPoint {
  series: number;
  category: number;
  x: number;
  y: number;
}

/**
 * Where each value of a vertical chart (line point, top of a bar) sits in
 * the drawn SVG, from the same ECharts layout that draws it: the screen lays
 * a link over each, so every point of a chart leads somewhere. Category axes
 * only (a time axis has no index to point at); unknown values have no point.
 */
export function chartPoints(spec: ChartSpec): ChartPoint[] {
  return renderChartWithPoints(spec).points;
}

/** The SVG and its points from one ECharts instance: laying a chart out costs as much as drawing it, so it is done once. */
export function renderChartWithPoints(spec: ChartSpec, fontFamily: string = CHART_FONT_FAMILY): { svg: string; points: ChartPoint[] } {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: spec.width, height: spec.height });
  try {
    chart.setOption(chartOption(spec, fontFamily));
    const points: ChartPoint[] = [];
    if (!spec.horizontal && !(spec.kind === 'line' && spec.categoryDates)) {
      spec.series.forEach((s, series) =>
        s.values.forEach((value, category) => {
          if (value === null) return;
          const [x, y] = chart.convertToPixel({ gridIndex: 0 }, [category, value]) as number[];
          if (Number.isFinite(x) && Number.isFinite(y)) points.push({ series, category, x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 });
        }),
      );
    }
    return { svg: chart.renderToSVGString(), points };
  } finally {
    chart.dispose();
  }
}

let fontFiles: string[] | undefined;

/**
 * resvg draws no text without fonts. The Roboto files that pdfmake ships are
 * the same fonts the PDF uses, so the PNG in Word looks like the PDF chart
 * and does not depend on what happens to be installed on the laptop.
 */
export function chartFontFiles(): string[] {
  if (!fontFiles) {
    const require = createRequire(import.meta.url);
    const folder = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
    fontFiles = ['Regular', 'Medium', 'Italic', 'MediumItalic'].map((style) => join(folder, `Roboto-${style}.ttf`));
  }
  return fontFiles;
}

/** The chart as PNG (for Word, which shows SVG only in recent versions); `scale` 2 keeps it sharp in print. */
export function renderChartPng(spec: ChartSpec, scale = 2): Buffer {
  const resvg = new Resvg(renderChartSvg(spec), {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: { fontFiles: chartFontFiles(), loadSystemFonts: false, defaultFontFamily: CHART_FONT_FAMILY },
  });
  return resvg.render().asPng();
}
