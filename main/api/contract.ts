import type { z } from 'zod';
import { adviceOperations } from './operations/advice';
import { appOperations } from './operations/app';
import { backupOperations } from './operations/backup';
import { demoOperations } from './operations/demo';
import { exchangeOperations } from './operations/exchange';
import { importOperations } from './operations/import';
import { inspectionOperations } from './operations/inspections';
import { onsiteOperations } from './operations/onsite';
import { overviewOperations } from './operations/overview';
import { reportOperations } from './operations/reports';
import { retentionOperations } from './operations/retention';
import { schoolOperations } from './operations/schools';
import { syncOperations } from './operations/sync';
import { taskforceOperations } from './operations/taskforce';

/**
 * Every operation the workbench offers, by name, with the schema of its input,
 * gathered from one file per feature in `operations/`. Result types come from
 * the implementations (see `types.ts`), so nothing here is written twice. Both
 * transports validate with exactly these schemas.
 */
export const contract = {
  ...appOperations,
  ...schoolOperations,
  ...overviewOperations,
  ...inspectionOperations,
  ...onsiteOperations,
  ...reportOperations,
  ...adviceOperations,
  ...taskforceOperations,
  ...retentionOperations,
  ...demoOperations,
  ...backupOperations,
  ...importOperations,
  ...exchangeOperations,
  ...syncOperations,
} satisfies Record<string, z.ZodType>;

export type Contract = typeof contract;
export type OperationName = keyof Contract;
export type OperationInput<K extends OperationName> = z.input<Contract[K]>;
export type ValidatedInput<K extends OperationName> = z.output<Contract[K]>;

export const operationNames = Object.keys(contract) as OperationName[];

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
