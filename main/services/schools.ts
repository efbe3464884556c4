import { AppError } from '../api/envelope';
import type { ValidatedInput } from '../api/contract';
import * as schoolsRepo from '../db/repositories/schools';
import { listInspections } from '../db/repositories/inspections';
import { disciplinaryRates } from '../domain/figures';
import type { ServiceContext } from './context';
import { demoSchoolsAmong } from './demo';
import type { HandlerMap } from './handler-types';
import { flandersData, signalSummaries } from './signals';
import { schoolSignalCharts } from './signals-charts';

/**
 * The list with each school's latest-year signal summary. The summaries come
 * from the Flanders-wide computation cached per data revision (in memory, and
 * beside the database for the next start), so a list request costs a lookup
 * per school, not a computation.
 */
export async function listSchools(ctx: ServiceContext, input: ValidatedInput<'listSchools'>) {
  const rows = await schoolsRepo.listSchools(ctx.db, input.search, input.limit ?? 500);
  const summaryOf = await signalSummaries(ctx);
  return rows.map((row) => ({ ...row, signals: summaryOf(row.instellingsnummer) ?? null }));
}

export async function requireSchool(ctx: ServiceContext, instellingsnummer: string) {
  const school = await schoolsRepo.getSchool(ctx.db, instellingsnummer);
  if (!school) throw new AppError('not_found', `Geen school met instellingsnummer ${instellingsnummer}`, 'instellingsnummer');
  return school;
}

export async function getSchool(ctx: ServiceContext, input: ValidatedInput<'getSchool'>) {
  const school = await requireSchool(ctx, input.instellingsnummer);
  const figures = await schoolsRepo.getFigures(ctx.db, input.instellingsnummer);
  const inspections = await listInspections(ctx.db, input.instellingsnummer);
  const { index } = await flandersData(ctx);
  const demo = (await demoSchoolsAmong(ctx.db, [school.instellingsnummer])).has(school.instellingsnummer);
  return { school, demo, figures, rates: disciplinaryRates(figures), inspections, signals: index.signalsOf(school.instellingsnummer) };
}

/** Every school year's signals of one school, oldest first, with explanations (CLI `signals`). */
export async function getSchoolSignals(ctx: ServiceContext, input: ValidatedInput<'getSchoolSignals'>) {
  const school = await requireSchool(ctx, input.instellingsnummer);
  const { index } = await flandersData(ctx);
  return { school, years: index.signalsOf(school.instellingsnummer) };
}

/** The school page's rate charts against the peer band, drawn to SVG here so the page stays a plain <img>. */
export async function getSchoolSignalCharts(ctx: ServiceContext, input: ValidatedInput<'getSchoolSignalCharts'>) {
  const school = await requireSchool(ctx, input.instellingsnummer);
  const figures = await schoolsRepo.getFigures(ctx.db, input.instellingsnummer);
  const { index } = await flandersData(ctx);
  return figures.length === 0 ? [] : schoolSignalCharts(school, figures, index, input.lang);
}

export const schoolHandlers = {
  listSchools,
  getSchool,
  getSchoolSignals,
  getSchoolSignalCharts,
} satisfies HandlerMap<'listSchools' | 'getSchool' | 'getSchoolSignals' | 'getSchoolSignalCharts'>;
