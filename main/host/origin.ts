/**
 * Pure checks the hosts use to decide whether a caller is the workbench's own
 * page. Origins are compared after parsing with `URL`, never by string prefix.
 */

/** The Host header values the loopback host answers to; anything else may be DNS rebinding. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function isAllowedHost(hostHeader: string | undefined, port: number): boolean {
  return hostHeader !== undefined && allowedHosts(port).includes(hostHeader.toLowerCase());
}

export function parseOrigin(value: string): string | null {
  try {
    const url = new URL(value);
    return url.origin === 'null' ? null : url.origin;
  } catch {
    return null;
  }
}

/** True when the Origin header is absent (a non-browser client) or is the host itself. */
export function isAllowedOrigin(originHeader: string | undefined, port: number): boolean {
  if (originHeader === undefined) return true;
  const origin = parseOrigin(originHeader);
  return origin !== null && allowedHosts(port).some((host) => origin === `http://${host}`);
}

/** The custom protocol and host the desktop app loads its page from. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'doorlicht';

/**
 * True for a frame showing the app's own page. A custom scheme has an opaque
 * origin in `URL`, so scheme and host are compared; `devOrigin` admits the
 * electron-vite dev server during development only.
 */
export function isAppFrameUrl(frameUrl: string | undefined, devOrigin?: string): boolean {
  if (frameUrl === undefined) return false;
  try {
    const url = new URL(frameUrl);
    if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST) return true;
    return devOrigin !== undefined && url.origin !== 'null' && url.origin === parseOrigin(devOrigin);
  } catch {
    return false;
  }
}
