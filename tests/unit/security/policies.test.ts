import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY as HTTP_CSP } from '../../../main/host/http';
import { CONTENT_SECURITY_POLICY, cspViolations } from '../../../main/security/csp';
import { EXTERNAL_HOST_ALLOWLIST, isAllowedExternalUrl } from '../../../main/security/external-url';
import { isTrustedSender } from '../../../main/security/ipc-sender';
import { decideNavigation, decideWindowOpen } from '../../../main/security/navigation';
import { decidePermission, GRANTED_PERMISSIONS } from '../../../main/security/permissions';
import { resolveRendererFile } from '../../../main/security/renderer-path';
import { REQUIRED_WEB_PREFERENCES, secureWebPreferences, webPreferenceViolations } from '../../../main/security/web-preferences';

describe('secureWebPreferences', () => {
  it('isolates, sandboxes and keeps Node out of the page', () => {
    const prefs = secureWebPreferences('/x/preload/index.cjs');
    expect(prefs).toMatchObject(REQUIRED_WEB_PREFERENCES);
    expect(prefs.preload).toBe('/x/preload/index.cjs');
    expect(webPreferenceViolations(prefs)).toEqual([]);
  });
  it.each([
    [{ contextIsolation: false }, 'contextIsolation must be true'],
    [{ sandbox: false }, 'sandbox must be true'],
    [{ nodeIntegration: true }, 'nodeIntegration must be false'],
    [{ webSecurity: false }, 'webSecurity must be true'],
    [{ webviewTag: true }, 'webviewTag must be false'],
    [{ enableBlinkFeatures: 'CSSFoo' }, 'enableBlinkFeatures must be unset'],
  ])('names a weakened setting %j', (override, message) => {
    expect(webPreferenceViolations({ ...secureWebPreferences('p'), ...override })).toContain(message);
  });
});

describe('Content-Security-Policy', () => {
  it('is strict, and the same for both hosts', () => {
    expect(cspViolations(CONTENT_SECURITY_POLICY)).toEqual([]);
    expect(HTTP_CSP).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(eval|inline)/);
  });
  it.each([
    ["default-src 'self'; script-src 'self' 'unsafe-eval'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'", "script-src allows 'unsafe-eval'"],
    ["default-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'", "script-src allows 'unsafe-inline'"],
    ["script-src *; object-src 'none'; base-uri 'none'; frame-ancestors 'none'", 'script-src allows *'],
    ["script-src 'self'; base-uri 'none'; frame-ancestors 'none'", "object-src is not 'none'"],
    ["object-src 'none'", 'no script-src or default-src'],
  ])('flags a weak policy: %s', (policy, message) => {
    expect(cspViolations(policy)).toContain(message);
  });
});

describe('navigation and new windows', () => {
  it.each([
    ['app://doorlicht/index.html', undefined, 'allow'],
    ['app://doorlicht/#/schools/1', undefined, 'allow'],
    ['app://doorlicht.evil.example/', undefined, 'deny'],
    ['app://evil/', undefined, 'deny'],
    ['https://example.org/', undefined, 'deny'],
    ['file:///etc/passwd', undefined, 'deny'],
    ['javascript:alert(1)', undefined, 'deny'],
    ['not a url', undefined, 'deny'],
    ['http://localhost:5173/', 'http://localhost:5173', 'allow'],
    ['http://localhost:5173.evil.example/', 'http://localhost:5173', 'deny'],
    ['http://localhost:5173@evil.example/', 'http://localhost:5173', 'deny'],
    ['http://localhost:5174/', 'http://localhost:5173', 'deny'],
    ['http://localhost:5173/', undefined, 'deny'],
  ])('%s (dev %s) → %s', (url, dev, expected) => {
    expect(decideNavigation(url, dev)).toBe(expected);
  });
  it('never opens a window; hands only allowed links to the system browser', () => {
    expect(decideWindowOpen('https://www.onderwijsinspectie.be/', isAllowedExternalUrl)).toEqual({ action: 'deny', openExternally: true });
    expect(decideWindowOpen('app://doorlicht/', isAllowedExternalUrl)).toEqual({ action: 'deny', openExternally: false });
    expect(decideWindowOpen('https://evil.example/', isAllowedExternalUrl)).toEqual({ action: 'deny', openExternally: false });
  });
});

describe('isAllowedExternalUrl', () => {
  it.each(EXTERNAL_HOST_ALLOWLIST.map((h) => `https://${h}/pad?x=1`))('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });
  it.each([
    'http://www.onderwijsinspectie.be/',
    'https://www.onderwijsinspectie.be.evil.example/',
    'https://evil.example/?https://www.onderwijsinspectie.be/',
    'https://www.onderwijsinspectie.be@evil.example/',
    'https://user:pw@www.onderwijsinspectie.be/',
    'https://www.onderwijsinspectie.be:8443/',
    'file:///C:/Windows/System32/calc.exe',
    'smb://evil.example/share',
    'ms-msdt:/id PCWDiagnostic',
    'javascript:alert(1)',
    'https://xn--onderwijsinspecte-evil.be/',
    '',
    'https://',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
  it('refuses non-strings and absurdly long URLs', () => {
    expect(isAllowedExternalUrl(undefined)).toBe(false);
    expect(isAllowedExternalUrl({ href: 'https://www.vlaanderen.be/' })).toBe(false);
    expect(isAllowedExternalUrl(`https://www.vlaanderen.be/${'a'.repeat(3000)}`)).toBe(false);
  });
});

describe('decidePermission', () => {
  const own = (url: string | undefined) => url?.startsWith('app://doorlicht/') ?? false;
  it.each(['media', 'geolocation', 'notifications', 'midi', 'clipboard-read', 'hid', 'serial', 'usb', 'openExternal', 'fullscreen', 'pointerLock'])(
    'denies %s, even to the own page',
    (permission) => {
      expect(decidePermission(permission, 'app://doorlicht/index.html', own)).toBe(false);
    },
  );
  it('grants nothing today', () => {
    expect(GRANTED_PERMISSIONS.size).toBe(0);
  });
});

describe('isTrustedSender', () => {
  it('accepts only the own top frame', () => {
    expect(isTrustedSender({ url: 'app://doorlicht/index.html', isTopFrame: true })).toBe(true);
    expect(isTrustedSender({ url: 'app://doorlicht/index.html', isTopFrame: false })).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', isTopFrame: true })).toBe(false);
    expect(isTrustedSender({ url: undefined, isTopFrame: true })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender({ url: 'http://localhost:5173/', isTopFrame: true }, 'http://localhost:5173')).toBe(true);
  });
});

describe('resolveRendererFile', () => {
  const root = '/opt/doorlicht/renderer';
  it.each([
    ['app://doorlicht/', `${root}/index.html`],
    ['app://doorlicht/index.html', `${root}/index.html`],
    ['app://doorlicht/assets/app-123.js', `${root}/assets/app-123.js`],
  ])('%s → %s', (url, file) => {
    expect(resolveRendererFile(root, url)).toBe(file);
  });
  it.each([
    ['app://doorlicht/../main/index.js', `${root}/main/index.js`],
    ['app://doorlicht/%2e%2e/%2e%2e/etc/passwd', `${root}/etc/passwd`],
  ])('URL parsing folds dot segments, so %s stays inside: %s', (url, file) => {
    expect(resolveRendererFile(root, url)).toBe(file);
  });
  it.each([
    'app://doorlicht/..%2f..%2fetc%2fpasswd',
    'app://doorlicht/assets/%00.js',
    'app://doorlicht/%E0%A4%A',
  ])('refuses %s', (url) => {
    expect(resolveRendererFile(root, url)).toBeNull();
  });
});

describe('middle-click', () => {
  it('is switched off so it cannot open a window past the navigation guard', () => {
    expect(secureWebPreferences('p').disableBlinkFeatures).toContain('Auxclick');
    expect(webPreferenceViolations({ ...secureWebPreferences('p'), disableBlinkFeatures: undefined })).toContain('disableBlinkFeatures must include Auxclick');
  });
});
