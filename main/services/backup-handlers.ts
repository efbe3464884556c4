import type { HandlerMap } from './handler-types';
import { backupFileByName, createBackup, listBackups, restoreFrom, verifyDatabase } from './backup';

export const backupHandlers = {
  listBackups: async (ctx) => listBackups(ctx),
  createBackup: (ctx) => createBackup(ctx, 'manual'),
  restoreBackup: (ctx, input) => restoreFrom(ctx, backupFileByName(ctx, input.name)),
  verifyDatabase: (ctx) => verifyDatabase(ctx),
} satisfies HandlerMap<'listBackups' | 'createBackup' | 'restoreBackup' | 'verifyDatabase'>;
