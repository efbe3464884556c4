import { z } from 'zod';
import { empty } from '../schemas';

/** A backup is named by its file name in <dataDir>/backups/, never by a path: the page cannot point at other files. */
const backupName = z.string().regex(/^(auto|manual|before-restore)-\d{8}-\d{6}(?:-\d+)?\.sqlite$/, 'geen naam van een reservekopie');

export const backupOperations = {
  listBackups: empty,
  createBackup: empty,
  restoreBackup: z.object({ name: backupName }).strict(),
  verifyDatabase: empty,
};
