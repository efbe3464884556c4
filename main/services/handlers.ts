import type { OperationName } from '../api/contract';
import { appHandlers } from './app-info';
import type { HandlerMap } from './handler-types';
import { inspectionHandlers } from './inspections';
import { reportHandlers } from './reports';
import { schoolHandlers } from './schools';

/**
 * The implementation of every operation in the contract, gathered from one
 * map per feature. `satisfies` makes the compiler insist on exactly one
 * handler per operation; the result types flow from here to the client.
 */
export const handlers = {
  ...appHandlers,
  ...schoolHandlers,
  ...inspectionHandlers,
  ...reportHandlers,
} satisfies HandlerMap<OperationName>;

export type Handlers = typeof handlers;
