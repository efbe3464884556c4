import type { ValidatedInput } from '../api/contract';
import { AppError } from '../api/envelope';
import { type Drill, parseDrill } from '../domain/monitoring/drill';
import { matchesOverviewFilter, type OverviewFilter } from '../domain/monitoring/filter';
import type { MonitoringTable, TableCell } from '../domain/monitoring/table';
import { ratePer100 } from '../domain/figures';
import type { School } from '../domain/school';
import { PIPELINE_STEP_RULES } from '../domain/taskforce/caseload';
import type { ServiceContext } from './context';
import { evaluationFacts, indicatorsOf, reinspectionsAfter2B } from './evaluation';
import { fill, type Lang, OVERVIEW_WORDS } from './overview-words';
import { flandersData } from './signals';
import { outcomeDrillTable } from './outcomes';

const num = (value: number | null, format: TableCell['format'] = 'count'): TableCell => ({ value, format });
const txt = (value: string): TableCell => ({ value, format: 'text' });
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'nl');

/** A school's first three cells: its name (a link to its page), its number and its municipality. */
function schoolCells(school: Pick<School, 'instellingsnummer' | 'name' | 'municipality'>): TableCell[] {
  return [{ value: school.name, format: 'text', school: school.instellingsnummer }, txt(school.instellingsnummer), txt(school.municipality)];
}

/**
 * The schools behind one figure of Overzicht, with the figure's values per
 * school: the same filter and the same rules as the figure itself (a per-school
 * value is the indicator's own rule applied to that school's facts), so the
 * list always adds up to what the figure counted.
 */
export async function overviewDrillTable(ctx: ServiceContext, drill: Drill, filter: OverviewFilter, lang: Lang): Promise<MonitoringTable> {
  const w = OVERVIEW_WORDS[lang];
  const head = [w.school, w.number, w.municipality].map((label) => ({ label, numeric: false }));
  const id = `drill-${drill.kind}`;
  if (drill.kind === 'level' || drill.kind === 'measure' || drill.kind === 'severity') {
    const { schools, figures, index } = await flandersData(ctx);
    const counted = new Map(schools.filter((s) => matchesOverviewFilter(s, filter)).map((s) => [s.instellingsnummer, s]));
    if (drill.kind === 'severity') {
      const rows = index
        .rowsOfYear(drill.schoolYear)
        .filter((r) => counted.has(index.rows[r].school.instellingsnummer) && index.rowSeverity(r).max === drill.severity)
        .map((r) => ({ school: counted.get(index.rows[r].school.instellingsnummer)!, flagged: index.rowSeverity(r).flagged }))
        .sort((a, b) => b.flagged - a.flagged || byName(a.school, b.school));
      return {
        id,
        title: fill(w.drill.severity, { severity: w.severity[drill.severity], year: drill.schoolYear }),
        columns: [...head, { label: w.levelForm, numeric: false }, { label: w.flagged, numeric: true }],
        rows: rows.map(({ school, flagged }) => [...schoolCells(school), txt(w.level[school.level]), num(flagged)]),
      };
    }
    const ofYear = figures.filter((f) => f.schoolYear === drill.schoolYear && counted.get(f.instellingsnummer)?.level === drill.level);
    if (drill.kind === 'level') {
      const rows = ofYear.map((f) => ({ school: counted.get(f.instellingsnummer)!, pupils: f.pupils })).sort((a, b) => byName(a.school, b.school));
      return {
        id,
        title: fill(w.drill.level, { level: w.level[drill.level], year: drill.schoolYear }),
        columns: [...head, { label: w.pupils, numeric: true }],
        rows: rows.map(({ school, pupils }) => [...schoolCells(school), num(pupils)]),
      };
    }
    const measure = drill.measure;
    const rows = ofYear
      .filter((f) => f[measure] !== null)
      .map((f) => ({ school: counted.get(f.instellingsnummer)!, pupils: f.pupils, count: f[measure]!, rate: ratePer100(f[measure]!, f.pupils) }))
      .sort((a, b) => (b.rate ?? -1) - (a.rate ?? -1) || byName(a.school, b.school));
    return {
      id,
      title: fill(w.drill.measure, { level: w.level[drill.level], measure: w.measure[measure].toLowerCase(), year: drill.schoolYear }),
      columns: [...head, { label: w.pupils, numeric: true }, { label: w.count, numeric: true }, { label: w.per100, numeric: true }],
      rows: rows.map((r) => [...schoolCells(r.school), num(r.pupils), num(r.count), num(r.rate === null ? null : Math.round(r.rate * 100) / 100, 'decimal')]),
    };
  }
  if (drill.kind === 'outcome') return outcomeDrillTable(ctx, drill, filter, lang);
  const facts = await evaluationFacts(ctx, filter);
  const schoolOf = (n: string) => facts.schools.get(n) ?? { instellingsnummer: n, name: n, municipality: '' };
  if (drill.kind === 'evaluation') {
    const numbers = new Set(
      (drill.indicator === 'teaching_time' ? facts.observations : drill.indicator === 'feeling_safe' ? facts.surveys : drill.indicator === 'qualified_outflow' ? facts.secondaryFigures : facts.figures)
        .filter((f) => f.schoolYear === drill.schoolYear)
        .map((f) => f.instellingsnummer),
    );
    const pupils = drill.indicator === 'disciplinary_measures' || drill.indicator === 'qualified_outflow';
    const rows = [...numbers]
      .map((n) => {
        const only = <T extends { instellingsnummer: string; schoolYear: string }>(rows: readonly T[]) => rows.filter((r) => r.instellingsnummer === n && r.schoolYear === drill.schoolYear);
        const own = indicatorsOf({ observations: only(facts.observations), surveys: only(facts.surveys), figures: only(facts.figures), secondaryFigures: only(facts.secondaryFigures) });
        return { school: schoolOf(n), point: own.find((i) => i.id === drill.indicator)!.latest };
      })
      .filter((r) => r.point !== null)
      .sort((a, b) => byName(a.school, b.school));
    const unitLabel = drill.indicator === 'teaching_time' ? w.lessons : drill.indicator === 'feeling_safe' ? w.respondents : w.pupils;
    return {
      id,
      title: fill(w.drill.evaluation, { indicator: w.indicator[drill.indicator], year: drill.schoolYear }),
      columns: [...head, { label: w.value, numeric: true }, { label: unitLabel, numeric: true }, ...(pupils ? [] : [{ label: w.inspections, numeric: true }])],
      rows: rows.map(({ school, point }) => [...schoolCells(school), num(point!.value, 'decimal'), num(point!.units), ...(pupils ? [] : [num(point!.inspections)])]),
    };
  }
  if (drill.kind === 'pipeline') {
    const rows = facts.referrals.filter(PIPELINE_STEP_RULES[drill.step]).sort((a, b) => a.schoolName.localeCompare(b.schoolName, 'nl') || a.referralDate.localeCompare(b.referralDate));
    return {
      id,
      title: fill(w.drill.pipeline, { step: w.step[drill.step].toLowerCase() }),
      columns: [...head, { label: w.advice, numeric: false }, { label: w.referralDate, numeric: false }, { label: w.phaseCol, numeric: false }],
      rows: rows.map((r) => [...schoolCells({ ...schoolOf(r.instellingsnummer), name: r.schoolName }), txt(r.advice), txt(r.referralDate), txt(w.phase[r.phase] ?? r.phase)]),
    };
  }
  const rows = (await reinspectionsAfter2B(ctx)).filter((r) => r.chosen === drill.advice && facts.schools.has(r.instellingsnummer));
  return {
    id,
    title: fill(w.drill.reinspection, { advice: drill.advice }),
    columns: [...head, { label: w.reportDate, numeric: false }],
    rows: rows.map((r) => [...schoolCells(schoolOf(r.instellingsnummer)), txt(r.reportDate ?? '')]),
  };
}

export function drillOrRefuse(key: string): Drill {
  const drill = parseDrill(key);
  if (!drill) throw new AppError('invalid_input', `Onbekende doorklik: ${key}`, 'drill');
  return drill;
}

export async function overviewDrill(ctx: ServiceContext, input: ValidatedInput<'getOverviewDrill'>) {
  const table = await overviewDrillTable(ctx, drillOrRefuse(input.drill), input.filter ?? {}, input.lang ?? 'nl');
  return { drill: input.drill, table };
}
