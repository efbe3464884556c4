import { AppError } from '../api/envelope';
import type { ValidatedInput } from '../api/contract';
import * as schoolsRepo from '../db/repositories/schools';
import { listInspections } from '../db/repositories/inspections';
import { disciplinaryRates } from '../domain/figures';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handler-types';

export function listSchools(ctx: ServiceContext, input: ValidatedInput<'listSchools'>) {
  return schoolsRepo.listSchools(ctx.db, input.search, input.limit ?? 500);
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
  return { school, figures, rates: disciplinaryRates(figures), inspections };
}

export const schoolHandlers = {
  listSchools,
  getSchool,
} satisfies HandlerMap<'listSchools' | 'getSchool'>;
