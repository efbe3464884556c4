import type { ValidatedInput } from '../api/contract';
import { AppError } from '../api/envelope';
import { saveEntry } from './entries';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handler-types';

/** One file of the disciplinary-file sample (action 16); the hand-over is asked only for a definitive exclusion. */
export async function saveDisciplinaryFile(ctx: ServiceContext, input: ValidatedInput<'saveDisciplinaryFile'>) {
  const { inspectionId, id, ...fields } = input;
  if (fields.measure === 'definitive_exclusion' && fields.handover === null) {
    throw new AppError('invalid_input', 'Bij een definitieve uitsluiting: geef aan of de overdracht naar de volgende school gebeurde.', 'handover');
  }
  return saveEntry(ctx, 'disciplinary_file', inspectionId, id, { ...fields, handover: fields.measure === 'definitive_exclusion' ? fields.handover : null });
}

export const sampleHandlers = { saveDisciplinaryFile } satisfies HandlerMap<'saveDisciplinaryFile'>;
