import { create } from 'zustand';
import type { ApiResult } from '../../api/client';
import { send } from '../../api/client';

type Settings = ApiResult<'getSettings'>;
export type Profile = NonNullable<Settings['profile']>;
export type ProfileRole = Profile['role'];

interface ProfileState {
  /** undefined while loading; null when nobody has said who is working yet. */
  profile: Profile | null | undefined;
  error: string | null;
}

/** Who is working: one store, so the first-start question, Instellingen and the on-site header show the same person at once. */
export const useProfile = create<ProfileState>(() => ({ profile: undefined, error: null }));

export async function loadProfile(): Promise<void> {
  try {
    const settings = await send('getSettings', {});
    useProfile.setState({ profile: settings.profile, error: null });
  } catch (error) {
    useProfile.setState({ error: (error as Error).message });
  }
}

export async function saveProfile(profileName: string, role: ProfileRole): Promise<void> {
  const settings = await send('saveProfile', { profileName, role });
  useProfile.setState({ profile: settings.profile, error: null });
}
