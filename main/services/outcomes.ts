import type { ValidatedInput } from '../api/contract';
import { listFinalDecisions, listShortcomingIndicators } from '../db/repositories/advice';
import { ADVICE_CODES } from '../domain/advice/catalogue';
import { type DecidedAdvice, schoolYearOfDate, summarizeOutcomes } from '../domain/advice/outcomes';
import { isBindingShortcoming } from '../domain/findings';
import { drillKey, type Drill } from '../domain/monitoring/drill';
import { matchesOverviewFilter, type OverviewFilter } from '../domain/monitoring/filter';
import type { MonitoringTable, TableCell } from '../domain/monitoring/table';
import type { ServiceContext } from './context';
import { fill, type Lang, OVERVIEW_WORDS } from './overview-words';
import { flandersData } from './signals';

const WORDS = {
  nl: { bySchoolYear: 'Advies per schooljaar (van het verslag)', byLevel: 'Advies per niveau', byDomain: 'Inspecties met minstens één tekort, per domein', group: 'Groep', advice: 'Advies {code}', domain: 'Domein', inspections: 'Inspecties', drillAdvice: 'Advies {code}, {group}: de scholen', drillDomain: 'Tekort in {domain}: de scholen' },
  en: { bySchoolYear: 'Advice per school year (of the report)', byLevel: 'Advice per level', byDomain: 'Inspections with at least one shortcoming, per domain', group: 'Group', advice: 'Advice {code}', domain: 'Domain', inspections: 'Inspections', drillAdvice: 'Advice {code}, {group}: the schools', drillDomain: 'Shortcoming in {domain}: the schools' },
};

/** The final inspections with their advice, of the schools the filter counts, each with the domains of its binding shortcomings. */
async function decidedInspections(ctx: ServiceContext, filter: OverviewFilter) {
  const [decisions, judgements, { schools }] = await Promise.all([listFinalDecisions(ctx.db), listShortcomingIndicators(ctx.db), flandersData(ctx)]);
  const counted = new Map(schools.filter((s) => matchesOverviewFilter(s, filter)).map((s) => [s.instellingsnummer, s]));
  const shortcomings = judgements.filter(isBindingShortcoming);
  const domainOf = new Map<string, Map<string, string>>();
  const decided: Array<DecidedAdvice & { instellingsnummer: string; inspectionId: string }> = [];
  for (const d of decisions) {
    if (!counted.has(d.instellingsnummer)) continue;
    const key = `${d.frameworkId}@${d.frameworkVersion}`;
    if (!domainOf.has(key)) {
      const framework = await ctx.frameworks.pinned(ctx.db, d.frameworkId, d.frameworkVersion);
      domainOf.set(key, new Map(framework.domains.flatMap((domain) => domain.indicators.map((i) => [i.id, domain.id]))));
    }
    const domains = shortcomings.filter((s) => s.inspectionId === d.inspectionId).map((s) => domainOf.get(key)!.get(s.indicatorId) ?? 'onbekend');
    decided.push({ advice: d.advice, reportDate: d.reportDate, level: d.level, shortcomingDomains: domains, instellingsnummer: d.instellingsnummer, inspectionId: d.inspectionId });
  }
  const titles = Object.fromEntries(ctx.frameworks.latest().framework.domains.map((d) => [d.id, d.title]));
  return { decided, counted, titles };
}

/** Journey 6: the outcomes of final inspections, as counts and as tables whose every count leads to its schools. */
export async function getOutcomes(ctx: ServiceContext, input: ValidatedInput<'getOutcomes'>) {
  const lang: Lang = input.lang ?? 'nl';
  const { decided, titles } = await decidedInspections(ctx, input.filter ?? {});
  const summary = summarizeOutcomes(decided);
  return { ...summary, domainTitles: titles, tables: outcomeTables(summary, titles, lang) };
}

function outcomeTables(summary: ReturnType<typeof summarizeOutcomes>, titles: Record<string, { nl: string; en: string }>, lang: Lang): MonitoringTable[] {
  const w = WORDS[lang];
  const adviceColumns = [{ label: w.group, numeric: false }, ...ADVICE_CODES.map((code) => ({ label: fill(w.advice, { code }), numeric: true }))];
  const countsRow = (label: string, counts: Record<string, number>, drill: (code: (typeof ADVICE_CODES)[number]) => Drill): TableCell[] => [
    { value: label, format: 'text' },
    ...ADVICE_CODES.map((code): TableCell => ({ value: counts[code], format: 'count', ...(counts[code] > 0 ? { drill: drillKey(drill(code)) } : {}) })),
  ];
  return [
    { id: 'outcomes-year', title: w.bySchoolYear, columns: adviceColumns, rows: summary.bySchoolYear.map((r) => countsRow(r.schoolYear, r.counts, (advice) => ({ kind: 'outcome', schoolYear: r.schoolYear, advice }))) },
    { id: 'outcomes-level', title: w.byLevel, columns: adviceColumns, rows: summary.byLevel.map((r) => countsRow(OVERVIEW_WORDS[lang].level[r.level], r.counts, (advice) => ({ kind: 'outcome', level: r.level, advice }))) },
    {
      id: 'outcomes-domain',
      title: w.byDomain,
      columns: [{ label: w.domain, numeric: false }, { label: w.inspections, numeric: true }],
      rows: summary.shortcomingsByDomain.map((d) => {
        const drill = drillKey({ kind: 'outcome', domain: d.domain });
        return [{ value: titles[d.domain]?.[lang] ?? d.domain, format: 'text', drill }, { value: d.inspections, format: 'count', drill }];
      }),
    },
  ];
}

/** The schools behind one outcome count: the same inspections the count counted. */
export async function outcomeDrillTable(ctx: ServiceContext, drill: Extract<Drill, { kind: 'outcome' }>, filter: OverviewFilter, lang: Lang): Promise<MonitoringTable> {
  const w = OVERVIEW_WORDS[lang];
  const { decided, counted, titles } = await decidedInspections(ctx, filter);
  const rows = decided
    .filter((d) =>
      drill.domain
        ? d.shortcomingDomains.includes(drill.domain)
        : d.advice === drill.advice && (drill.schoolYear ? schoolYearOfDate(d.reportDate) === drill.schoolYear : d.level === drill.level),
    )
    .map((d) => ({ d, school: counted.get(d.instellingsnummer)! }))
    .sort((a, b) => a.school.name.localeCompare(b.school.name, 'nl') || a.d.reportDate.localeCompare(b.d.reportDate));
  const group = drill.schoolYear ?? (drill.level ? w.level[drill.level] : '');
  return {
    id: 'drill-outcome',
    title: drill.domain ? fill(WORDS[lang].drillDomain, { domain: (titles[drill.domain]?.[lang] ?? drill.domain).toLowerCase() }) : fill(WORDS[lang].drillAdvice, { code: drill.advice ?? '', group }),
    columns: [w.school, w.number, w.municipality, w.advice, w.reportDate].map((label) => ({ label, numeric: false })),
    rows: rows.map(({ d, school }) => [{ value: school.name, format: 'text', school: school.instellingsnummer }, { value: school.instellingsnummer, format: 'text' }, { value: school.municipality, format: 'text' }, { value: d.advice, format: 'text' }, { value: d.reportDate, format: 'text' }]),
  };
}
