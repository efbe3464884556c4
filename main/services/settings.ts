import type { ValidatedInput } from '../api/contract';
import { AppError } from '../api/envelope';
import type { SqlExecutor } from '../db/connection';
import { getSetting, putSetting } from '../db/repositories/settings';
import { type Author, isProfileRole } from '../domain/people';
import { problem } from '../domain/problems';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handler-types';

const PROFILE_NAME = 'profile.name';
const PROFILE_ROLE = 'profile.role';

/** The profile of who is working on this record, or null before the first start has asked. */
export async function readProfile(db: SqlExecutor): Promise<Author | null> {
  const name = (await getSetting(db, PROFILE_NAME))?.trim();
  const role = await getSetting(db, PROFILE_ROLE);
  if (!name) return null;
  return { name, role: isProfileRole(role) ? role : 'inspecteur' };
}

/**
 * The author of a change: the person in the profile. Without a profile
 * nothing is written — the first start asks for it — so no operating-system
 * account ever becomes an author. The demo data set is written by its own
 * fictitious team (ctx.authorOverride).
 */
export async function currentAuthor(ctx: ServiceContext, db: SqlExecutor = ctx.db): Promise<Author> {
  if (ctx.authorOverride) return ctx.authorOverride;
  const profile = await readProfile(db);
  if (!profile) throw AppError.refused('forbidden', [problem('profile_required', 'profileName')]);
  return profile;
}

/** The name recorded as author (shorthand for the many places that store only the name). */
export async function currentActor(ctx: ServiceContext, db: SqlExecutor = ctx.db): Promise<string> {
  return (await currentAuthor(ctx, db)).name;
}

export async function getSettings(ctx: ServiceContext) {
  const profile = await readProfile(ctx.db);
  return { profile, profileName: profile?.name ?? '', profileRole: profile?.role ?? null };
}

export async function saveProfile(ctx: ServiceContext, input: ValidatedInput<'saveProfile'>) {
  const at = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    await putSetting(tx, PROFILE_NAME, input.profileName, at);
    await putSetting(tx, PROFILE_ROLE, input.role, at);
  });
  return getSettings(ctx);
}

export const settingsHandlers = {
  getSettings: (ctx) => getSettings(ctx),
  saveProfile,
} satisfies HandlerMap<'getSettings' | 'saveProfile'>;
