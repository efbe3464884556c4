import { isAppFrameUrl } from '../host/origin';

export type NavigationDecision = 'allow' | 'deny';

/**
 * In-page navigation: only to the app's own page (app://doorlicht, or the dev
 * server while developing). Origins are compared after parsing with `URL`
 * (see host/origin.ts), so `app://doorlicht.evil.example` or
 * `http://localhost:5173@evil.example` do not pass.
 */
export function decideNavigation(targetUrl: string, devOrigin?: string): NavigationDecision {
  return isAppFrameUrl(targetUrl, devOrigin) ? 'allow' : 'deny';
}

/**
 * New windows (window.open, target=_blank) are never opened by the app itself;
 * an allowed external link is handed to the system browser instead.
 */
export function decideWindowOpen(targetUrl: string, isAllowedExternal: (url: string) => boolean): { action: 'deny'; openExternally: boolean } {
  return { action: 'deny', openExternally: isAllowedExternal(targetUrl) };
}
