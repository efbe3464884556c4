import type { ValidatedInput } from '../api/contract';
import { AppError } from '../api/envelope';
import { saveEntry } from './entries';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handler-types';

export async function saveObservation(ctx: ServiceContext, input: ValidatedInput<'saveObservation'>) {
  const { inspectionId, id, ...fields } = input;
  if (fields.onTask + fields.offTask > 1000) throw new AppError('invalid_input', 'Meer dan 1000 tellingen in één observatie: controleer de telling.', 'onTask');
  return saveEntry(ctx, 'observation', inspectionId, id, fields);
}

export const observationHandlers = { saveObservation } satisfies HandlerMap<'saveObservation'>;
