import type { ValidatedInput } from '../api/contract';
import { AppError } from '../api/envelope';
import { flandersTotals, SEVERITIES, severityRank, type SignalSeverity } from '../domain/signals';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handler-types';
import { overviewTrendCharts } from './overview-charts';
import { flandersData } from './signals';
import { evaluationIndicators } from './evaluation';

/**
 * The Flanders-wide overview: totals and rates per school year and niveau (all
 * years, for the trend), and for the chosen year the number of schools per
 * signal severity and the schools with the strongest signals.
 */
export async function getOverview(ctx: ServiceContext, input: ValidatedInput<'getOverview'>) {
  const { schools, figures, index } = await flandersData(ctx);
  const totals = flandersTotals(schools, figures);
  const schoolYears = [...new Set(totals.map((t) => t.schoolYear))];
  const schoolYear = input.schoolYear ?? schoolYears[schoolYears.length - 1] ?? null;
  if (input.schoolYear && !schoolYears.includes(input.schoolYear)) {
    throw new AppError('not_found', `Geen cijfers voor schooljaar ${input.schoolYear} (wel: ${schoolYears.join(', ') || 'geen'})`, 'schoolYear');
  }
  const schoolByNumber = new Map(schools.map((s) => [s.instellingsnummer, s]));
  const severityCounts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<SignalSeverity, number>;
  const rows = schoolYear ? index.rowsOfYear(schoolYear) : [];
  for (const r of rows) severityCounts[index.rowSeverity(r).max]++;
  const strongest = rows
    .map((r) => ({ r, ...index.rowSeverity(r) }))
    .filter((x) => x.max !== 'none')
    .sort((a, b) => severityRank(b.max) - severityRank(a.max) || b.flagged - a.flagged || a.r - b.r)
    .slice(0, input.top ?? 25)
    .map(({ r }) => {
      const signals = index.materialise(r);
      const school = schoolByNumber.get(signals.instellingsnummer)!;
      return {
        instellingsnummer: school.instellingsnummer,
        name: school.name,
        level: school.level,
        form: school.form,
        municipality: school.municipality,
        maxSeverity: signals.maxSeverity,
        flagged: signals.flagged,
        signals: signals.signals.filter((s) => s.severity !== 'none'),
      };
    });
  // § 6 of the plan: the three evaluation indicators, with what each rests on.
  const evaluation = await evaluationIndicators(ctx, input.lang ?? 'nl');
  return { schoolYear, schoolYears, totals, severityCounts, strongest, trendCharts: overviewTrendCharts(totals, input.lang ?? 'nl'), evaluation };
}

export const overviewHandlers = {
  getOverview,
} satisfies HandlerMap<'getOverview'>;
