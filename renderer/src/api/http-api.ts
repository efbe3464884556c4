import type { Api, Envelope } from '../../../main/api/types';
import { markSessionLost } from '../app/session';

const TOKEN_HEADER = 'x-doorlicht-token';
const TOKEN_KEY = 'doorlicht.token';

/**
 * Takes the per-launch token from the address's fragment (#token=…), keeps
 * it for this tab only, and removes it from the address bar. Other tabs and
 * reloads go on with the HttpOnly session cookie the server sets on the first
 * call with the token (see main/host/session-cookie.ts).
 */
export function takeToken(location: Location, storage: Storage): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(location.hash);
  if (match) {
    storage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', `${location.pathname}${location.search}#/scholen`);
    return match[1];
  }
  return storage.getItem(TOKEN_KEY);
}

/** Browser mode's `window.api`: the same functions as the Electron preload, spoken over HTTP. */
export function createHttpApi(token: string | null): Api {
  const call = async (name: string, input: unknown): Promise<Envelope<unknown>> => {
    try {
      const response = await fetch(`/api/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: token ? { 'content-type': 'application/json', [TOKEN_HEADER]: token } : { 'content-type': 'application/json' },
        body: JSON.stringify(input ?? {}),
        credentials: 'same-origin',
      });
      if (response.status === 401) markSessionLost();
      return (await response.json()) as Envelope<unknown>;
    } catch {
      return { ok: false, error: { code: 'internal', message: 'De lokale Doorlicht-server antwoordt niet. Draait "npm run serve" nog?' } };
    }
  };
  return new Proxy({} as Api, {
    get: (_target, name) => (typeof name === 'string' ? (input: unknown) => call(name, input) : undefined),
  });
}
