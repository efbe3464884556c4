import { listExchangeLog } from '../../db/repositories/sync';
import type { HandlerMap } from '../handler-types';
import { requireInspection } from '../inspections';
import { listConflicts, resolveConflict } from './conflicts';
import { exportPackage } from './export';
import { importUploadedPackage, readPackageChunk, uploadPackageChunk } from './transfer';

export const exchangeHandlers = {
  exportPackage: (ctx, input) => exportPackage(ctx, input),
  readPackageChunk: (ctx, input) => readPackageChunk(ctx, input),
  uploadPackageChunk: (ctx, input) => uploadPackageChunk(ctx, input),
  importPackage: (ctx, input) => importUploadedPackage(ctx, input),
  listConflicts: (ctx, input) => listConflicts(ctx, input),
  resolveConflict: (ctx, input) => resolveConflict(ctx, input),
  listExchanges: async (ctx, input) => listExchangeLog(ctx.db, (await requireInspection(ctx, input.inspectionId, 'inspectionId')).id),
} satisfies HandlerMap<'exportPackage' | 'readPackageChunk' | 'uploadPackageChunk' | 'importPackage' | 'listConflicts' | 'resolveConflict' | 'listExchanges'>;
