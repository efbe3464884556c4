import type { WebPreferences } from 'electron';

/**
 * The one place the page's powers are decided. Every window the app opens is
 * built from this, so a new window cannot forget isolation or the sandbox.
 * Only the preload path varies; the rest is fixed by the Electron checklist.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    enableBlinkFeatures: undefined,
    webviewTag: false,
    // Middle-click would otherwise open links in a new window, outside the navigation guard.
    disableBlinkFeatures: 'Auxclick',
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
  };
}

/** The settings that must hold; used by the tests and by `assertSecureWebPreferences`. */
export const REQUIRED_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
} as const satisfies Partial<WebPreferences>;

/** Names every required setting a preferences object gets wrong (empty when all hold). */
export function webPreferenceViolations(prefs: WebPreferences): string[] {
  const violations: string[] = [];
  for (const [key, expected] of Object.entries(REQUIRED_WEB_PREFERENCES)) {
    if (prefs[key as keyof WebPreferences] !== expected) violations.push(`${key} must be ${String(expected)}`);
  }
  if (prefs.enableBlinkFeatures) violations.push('enableBlinkFeatures must be unset');
  if (!(prefs.disableBlinkFeatures ?? '').split(',').includes('Auxclick')) violations.push('disableBlinkFeatures must include Auxclick');
  return violations;
}
