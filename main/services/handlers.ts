import type { OperationName, ValidatedInput } from '../api/contract';
import { appInfo } from './app-info';
import type { ServiceContext } from './context';
import * as inspections from './inspections';
import * as reports from './reports';
import * as schools from './schools';

/**
 * The implementation of every operation in the contract. `satisfies` makes
 * the compiler insist on exactly one handler per operation, taking that
 * operation's validated input; the result types flow from here to the client.
 */
export const handlers = {
  appInfo: (ctx) => appInfo(ctx),
  listSchools: schools.listSchools,
  getSchool: schools.getSchool,
  getSchoolChart: reports.getSchoolChart,
  getFramework: async (ctx, input) => {
    const loaded = input.version
      ? await ctx.frameworks.pinned(ctx.db, input.frameworkId ?? ctx.frameworks.latest().framework.id, input.version)
      : ctx.frameworks.latest(input.frameworkId).framework;
    return loaded;
  },
  listInspections: inspections.listInspections,
  createInspection: inspections.createInspection,
  getInspection: inspections.getInspection,
  saveRating: inspections.saveRating,
  exportReport: reports.exportReport,
  listReportExports: reports.listExports,
} satisfies { [K in OperationName]: (ctx: ServiceContext, input: ValidatedInput<K>) => Promise<unknown> };

export type Handlers = typeof handlers;
