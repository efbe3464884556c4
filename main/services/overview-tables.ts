import { drillKey } from '../domain/monitoring/drill';
import type { MonitoringTable, TableCell } from '../domain/monitoring/table';
import { SEVERITIES, type SignalSeverity } from '../domain/signals';
import { OVERVIEW_MEASURES, type LevelTotals } from '../domain/signals/overview';
import { PIPELINE_STEPS } from '../domain/taskforce/caseload';
import type { evaluationIndicators } from './evaluation';
import { fill, type Lang, OVERVIEW_WORDS } from './overview-words';

type Evaluation = Awaited<ReturnType<typeof evaluationIndicators>>;
const LEVELS = ['secundair', 'basis'] as const;

const count = (value: number | null, drill?: string): TableCell => ({ value, format: 'count', ...(drill ? { drill } : {}) });
const decimal = (value: number | null | undefined, drill?: string): TableCell => ({ value: value ?? null, format: 'decimal', ...(drill ? { drill } : {}) });
const text = (value: string, drill?: string): TableCell => ({ value, format: 'text', ...(drill ? { drill } : {}) });

/** Schools and pupils per niveau in the chosen year: the cards' table. */
export function levelsTable(totals: readonly LevelTotals[], year: string, lang: Lang): MonitoringTable {
  const w = OVERVIEW_WORDS[lang];
  const rows = LEVELS.flatMap((level) => {
    const row = totals.find((t) => t.level === level && t.schoolYear === year);
    if (!row) return [];
    const drill = drillKey({ kind: 'level', level, schoolYear: year });
    return [[text(w.level[level], drill), count(row.schools, drill), count(row.pupils, drill)]];
  });
  return { id: 'levels', title: fill(w.titles.levels, { year }), columns: [{ label: w.levelForm, numeric: false }, { label: w.schools, numeric: true }, { label: w.pupils, numeric: true }], rows };
}

/** Per niveau, each measure's count and rate per 100 pupils, year by year: the trend chart's table. */
export function trendTable(totals: readonly LevelTotals[], level: 'basis' | 'secundair', lang: Lang): MonitoringTable {
  const w = OVERVIEW_WORDS[lang];
  const columns = [{ label: w.year, numeric: false }, ...OVERVIEW_MEASURES.flatMap((m) => [{ label: `${w.measure[m]}: ${w.count}`, numeric: true }, { label: `${w.measure[m]}: ${w.per100}`, numeric: true }])];
  const rows = totals
    .filter((t) => t.level === level)
    .map((t) => [
      text(t.schoolYear, drillKey({ kind: 'level', level, schoolYear: t.schoolYear })),
      ...OVERVIEW_MEASURES.flatMap((measure) => {
        const drill = drillKey({ kind: 'measure', level, schoolYear: t.schoolYear, measure });
        return [count(t.totals[measure], drill), decimal(t.rates[measure], drill)];
      }),
    ]);
  return { id: `trend-${level}`, title: fill(w.titles.trend, { level: w.level[level] }), columns, rows };
}

/** Per niveau, the spread of the schools' own rates in the chosen year. */
export function distributionTable(totals: readonly LevelTotals[], level: 'basis' | 'secundair', year: string, lang: Lang): MonitoringTable | null {
  const w = OVERVIEW_WORDS[lang];
  const row = totals.find((t) => t.level === level && t.schoolYear === year);
  if (!row) return null;
  const columns = [{ label: w.measureCol, numeric: false }, ...['P10', 'P25', w.median, 'P75', 'P90'].map((label) => ({ label, numeric: true }))];
  const rows = OVERVIEW_MEASURES.map((measure) => {
    const d = row.distribution[measure];
    const drill = drillKey({ kind: 'measure', level, schoolYear: year, measure });
    return [text(w.measure[measure], drill), decimal(d?.p10, drill), decimal(d?.p25, drill), decimal(d?.median, drill), decimal(d?.p75, drill), decimal(d?.p90, drill)];
  });
  return { id: `distribution-${level}`, title: fill(w.titles.distribution, { level: w.level[level], year }), columns, rows };
}

/** How many schools have which strongest signal in the chosen year: the cards' table. */
export function severityTable(counts: Record<SignalSeverity, number>, year: string, lang: Lang): MonitoringTable {
  const w = OVERVIEW_WORDS[lang];
  const rows = [...SEVERITIES].reverse().map((severity) => {
    const drill = drillKey({ kind: 'severity', severity, schoolYear: year });
    return [text(w.severity[severity], drill), count(counts[severity], drill)];
  });
  return { id: 'severity', title: fill(w.titles.severity, { year }), columns: [{ label: w.signal, numeric: false }, { label: w.schools, numeric: true }], rows };
}

interface Strongest {
  instellingsnummer: string;
  name: string;
  level: 'basis' | 'secundair';
  form: string;
  municipality: string;
  maxSeverity: SignalSeverity;
  signals: { id: string }[];
}

/** The schools with the strongest signals, each naming its school. */
export function strongestTable(strongest: readonly Strongest[], year: string, lang: Lang): MonitoringTable {
  const w = OVERVIEW_WORDS[lang];
  const rows = strongest.map((s) => [
    { value: s.name, format: 'text' as const, school: s.instellingsnummer },
    text(s.instellingsnummer),
    text(`${w.level[s.level]} · ${w.form[s.form] ?? s.form}`),
    text(s.municipality),
    text(w.severity[s.maxSeverity]),
    text(s.signals.map((x) => w.signalId[x.id] ?? x.id).join('; ')),
  ]);
  const columns = [w.school, w.number, w.levelForm, w.municipality, w.signal, w.signals].map((label) => ({ label, numeric: false }));
  return { id: 'strongest', title: fill(w.titles.strongest, { year }), columns, rows };
}

/** The task force's pipeline: each step's count leads to its schools. */
export function pipelineTable(pipeline: Evaluation['pipeline'], lang: Lang): MonitoringTable {
  const w = OVERVIEW_WORDS[lang];
  const rows: TableCell[][] = PIPELINE_STEPS.map((step) => [text(w.step[step], pipeline.drills[step]), count(pipeline[step], pipeline.drills[step])]);
  rows.push([text(w.titles.averageDays, pipeline.drills.closed), count(pipeline.averageDays, pipeline.drills.closed)]);
  for (const r of pipeline.reinspections) rows.push([text(fill(w.titles.reinspection, { advice: r.chosen }), r.drill), count(r.n, r.drill)]);
  return { id: 'pipeline', title: w.titles.pipeline, columns: [{ label: w.stepCol, numeric: false }, { label: w.schools, numeric: true }], rows };
}

/** The evaluation indicators side by side: baseline and latest, each leading to its schools. */
export function evaluationTable(evaluation: Evaluation, lang: Lang): MonitoringTable {
  const w = OVERVIEW_WORDS[lang];
  const rows = evaluation.indicators.map((i) => [
    text(w.indicator[i.id]),
    text(i.baseline?.schoolYear ?? '—', i.drills.baseline ?? undefined),
    decimal(i.baseline?.value ?? null, i.drills.baseline ?? undefined),
    text(i.latest?.schoolYear ?? '—', i.drills.latest ?? undefined),
    decimal(i.latest?.value ?? null, i.drills.latest ?? undefined),
    count(i.latest?.schools ?? null, i.drills.latest ?? undefined),
  ]);
  const columns = [
    { label: w.indicatorCol, numeric: false },
    { label: w.baselineYear, numeric: false },
    { label: w.baseline, numeric: true },
    { label: w.latestYear, numeric: false },
    { label: w.latest, numeric: true },
    { label: w.schools, numeric: true },
  ];
  return { id: 'evaluation', title: w.titles.evaluation, columns, rows };
}

/** One indicator year by year: its chart's table, each year leading to the schools it rests on. */
export function evaluationSeriesTable(indicator: Evaluation['indicators'][number], lang: Lang): MonitoringTable {
  const w = OVERVIEW_WORDS[lang];
  const unitLabel = indicator.unitKind === 'lessons' ? w.lessons : indicator.unitKind === 'respondents' ? w.respondents : w.pupils;
  const rows = indicator.series.map((p) => {
    const drill = drillKey({ kind: 'evaluation', indicator: indicator.id, schoolYear: p.schoolYear });
    return [text(p.schoolYear, drill), decimal(p.value, drill), count(p.units, drill), count(p.schools, drill), ...(indicator.unitKind === 'pupils' ? [] : [count(p.inspections, drill)])];
  });
  const columns = [
    { label: w.year, numeric: false },
    { label: w.value, numeric: true },
    { label: unitLabel, numeric: true },
    { label: w.schools, numeric: true },
    ...(indicator.unitKind === 'pupils' ? [] : [{ label: w.inspections, numeric: true }]),
  ];
  return { id: `evaluation-${indicator.id}`, title: fill(w.titles.evaluationSeries, { indicator: w.indicator[indicator.id] }), columns, rows };
}
