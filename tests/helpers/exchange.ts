import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { exportPackageTo } from '../../main/cli/package-transfer';
import { openPackage } from '../../main/exchange/container';
import type { ServiceContext } from '../../main/services/context';
import { callOk, makeTempDir, openTestServices, removeTempDir, type TestServices } from './services';

/**
 * Laptops for exchange tests: each a workbench on its own data folder with
 * its inspector's profile, plus a folder for the packages passed between
 * them; all removed after each test.
 */
export function useLaptops() {
  const opened: TestServices[] = [];
  let dir = '';
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(async () => {
    for (const s of opened.splice(0)) await s.close();
    removeTempDir(dir);
  });
  return {
    opened,
    /** Where packages are written between laptops (fresh for each test). */
    dir: () => dir,
    /** The records.json of a freshly exported package of the inspection, read back through the container. */
    async recordsOf(ctx: ServiceContext, inspectionId: string) {
      const file = join(dir, `${randomUUID()}.dlpkg`);
      await exportPackageTo(ctx, { inspectionId }, file);
      const pkg = await openPackage(file, { tempDir: dir });
      try {
        return JSON.parse((await pkg.readPart('records.json')).toString('utf8'));
      } finally {
        await pkg.dispose();
      }
    },
    async laptop(actor: string, options: { seedDemo?: boolean; now?: () => Date } = {}): Promise<TestServices> {
      const s = await openTestServices({ seedDemo: options.seedDemo ?? true, actor, now: options.now });
      opened.push(s);
      await callOk(s.ctx, 'saveProfile', { profileName: actor, role: 'inspecteur' });
      return s;
    },
  };
}
