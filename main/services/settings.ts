import type { ValidatedInput } from '../api/contract';
import { getSetting, putSetting } from '../db/repositories/settings';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handler-types';

const PROFILE_NAME = 'profile.name';

/**
 * Who is recorded as author: the inspector profile set in the settings,
 * else the actor the host was started with (the OS user or DOORLICHT_USER).
 */
export async function currentActor(ctx: ServiceContext): Promise<string> {
  const name = (await getSetting(ctx.db, PROFILE_NAME))?.trim();
  return name || ctx.actor;
}

export async function getSettings(ctx: ServiceContext) {
  return { profileName: (await getSetting(ctx.db, PROFILE_NAME)) ?? '', defaultActor: ctx.actor, actor: await currentActor(ctx) };
}

export async function saveProfile(ctx: ServiceContext, input: ValidatedInput<'saveProfile'>) {
  await ctx.db.transaction((tx) => putSetting(tx, PROFILE_NAME, input.profileName, ctx.now().toISOString()));
  return getSettings(ctx);
}

export const settingsHandlers = {
  getSettings: (ctx) => getSettings(ctx),
  saveProfile,
} satisfies HandlerMap<'getSettings' | 'saveProfile'>;
