import type { Handlers } from '../services/handlers';
import type { OperationInput, OperationName } from './contract';
import type { Envelope } from './envelope';

/** What an operation answers, taken from its one implementation. */
export type OperationResult<K extends OperationName> = Awaited<ReturnType<Handlers[K]>>;

/**
 * The typed surface the renderer sees as `window.api`, whatever the
 * transport (IPC in Electron, HTTP in browser mode).
 */
export type Api = { [K in OperationName]: (input: OperationInput<K>) => Promise<Envelope<OperationResult<K>>> };

export type { Envelope, ApiErrorBody, ErrorCode } from './envelope';
export type { OperationInput, OperationName } from './contract';
export type { RatingLevel } from '../domain/rating';
export type { InspectionType, InspectionStatus } from '../domain/inspection';
export type { Framework, FrameworkDomain, Indicator } from '../domain/framework';
export type { School, SchoolYearFigures } from '../domain/school';
