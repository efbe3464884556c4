import { create } from 'zustand';

/**
 * Browser mode only: set when the local server refuses a call for want of the
 * token or the session cookie. Retrying cannot help then; the app shows how
 * to get back in instead of the page.
 */
export const useSession = create<{ lost: boolean }>(() => ({ lost: false }));

export function markSessionLost(): void {
  useSession.setState({ lost: true });
}
