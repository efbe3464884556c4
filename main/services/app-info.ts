import { readProfile } from './settings';
import { readSchemaVersion } from '../db/migrate';
import { countSchools } from '../db/repositories/schools';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handler-types';

/** The version written into exchange packages and shown in the app. */
export const APP_VERSION = '0.1.0';

export async function appInfo(ctx: ServiceContext) {
  const framework = ctx.frameworks.latest().framework;
  return {
    version: APP_VERSION,
    dataDir: ctx.dataDir,
    databaseFile: ctx.db.file,
    schemaVersion: await readSchemaVersion(ctx.db),
    profile: await readProfile(ctx.db),
    schools: await countSchools(ctx.db),
    framework: { id: framework.id, version: framework.version, title: framework.title },
  };
}

export const appHandlers = {
  appInfo: (ctx) => appInfo(ctx),
  getFramework: async (ctx, input) =>
    input.version
      ? ctx.frameworks.pinned(ctx.db, input.frameworkId ?? ctx.frameworks.latest().framework.id, input.version)
      : ctx.frameworks.latest(input.frameworkId).framework,
} satisfies HandlerMap<'appInfo' | 'getFramework'>;
