import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { isAllowedOrigin } from './origin';

/**
 * Browser mode's session cookie: after one API call with the per-launch token
 * (the header, from the start link's fragment), the host sets a cookie so that
 * a new tab or a reload of the same launch keeps working without the token.
 *
 * - The cookie holds its own random secret, never the token (the token is
 *   what API clients and the start link use; the cookie is only for this
 *   browser). A new launch has a new secret, so an old cookie is worthless.
 * - HttpOnly (no script reads it), SameSite=Strict (no other site's page
 *   makes the browser send it), Path=/api/ (only API calls carry it).
 * - Cookies are per host, not per port: the name carries the port so that two
 *   launches on different ports do not overwrite each other's cookie.
 * - A call that rests on the cookie alone must also prove it comes from the
 *   page itself: an Origin header that is the host's own (browsers always send
 *   it with a POST fetch), no cross-site Sec-Fetch-Site, and a JSON body type
 *   (which a plain HTML form cannot send).
 */
export interface SessionCookie {
  name: string;
  /** The Set-Cookie value to send with an answer to a call that carried the token. */
  header: string;
  /** True when the request carries this launch's cookie and comes from the page itself. */
  authorises(req: IncomingMessage, port: number): boolean;
}

export function cookieName(port: number): string {
  return `doorlicht_session_${port}`;
}

/** The value of one cookie in a Cookie header, or undefined. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

function sameSecret(given: string | undefined, secret: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function createSessionCookie(port: number, secret = randomBytes(32).toString('base64url')): SessionCookie {
  const name = cookieName(port);
  return {
    name,
    header: `${name}=${secret}; HttpOnly; SameSite=Strict; Path=/api/`,
    authorises(req, ownPort) {
      const origin = req.headers.origin;
      if (origin === undefined || !isAllowedOrigin(origin, ownPort)) return false;
      const site = req.headers['sec-fetch-site'];
      if (site !== undefined && site !== 'same-origin') return false;
      if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) return false;
      return sameSecret(readCookie(req.headers.cookie, name), secret);
    },
  };
}
