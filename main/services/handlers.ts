import type { OperationName } from '../api/contract';
import { adviceHandlers } from './advice';
import { appHandlers } from './app-info';
import { backupHandlers } from './backup-handlers';
import { demoHandlers } from './demo';
import type { HandlerMap } from './handler-types';
import { exchangeHandlers } from './exchange/handlers';
import { importHandlers } from './import';
import { inspectionHandlers } from './inspections';
import { onsiteFeatureHandlers } from './onsite-handlers';
import { overviewHandlers } from './overview';
import { reportHandlers } from './reports';
import { retentionHandlers } from './retention';
import { schoolHandlers } from './schools';
import { syncHandlers } from './sync/sync';
import { taskforceHandlers } from './taskforce';
import { taskforceReportHandlers } from './taskforce-report';
import { calendarHandlers } from './taskforce-calendar';
import { trajectoryHandlers } from './trajectory';
import { visitRecordHandlers } from './visit-records';

/**
 * The implementation of every operation in the contract, gathered from one
 * map per feature. `satisfies` makes the compiler insist on exactly one
 * handler per operation; the result types flow from here to the client.
 */
export const handlers = {
  ...appHandlers,
  ...schoolHandlers,
  ...overviewHandlers,
  ...inspectionHandlers,
  ...onsiteFeatureHandlers,
  ...reportHandlers,
  ...adviceHandlers,
  ...taskforceHandlers,
  ...retentionHandlers,
  ...demoHandlers,
  ...taskforceReportHandlers,
  ...trajectoryHandlers,
  ...visitRecordHandlers,
  ...calendarHandlers,
  ...backupHandlers,
  ...importHandlers,
  ...exchangeHandlers,
  ...syncHandlers,
} satisfies HandlerMap<OperationName>;

export type Handlers = typeof handlers;
