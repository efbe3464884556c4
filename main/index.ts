import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, net, protocol, session, shell } from 'electron';
import { openServices, type Services } from './app/open-services';
import { registerIpcHost } from './host/ipc';
import { APP_HOST, APP_SCHEME, isAppFrameUrl } from './host/origin';
import { CONTENT_SECURITY_POLICY } from './security/csp';
import { isAllowedExternalUrl } from './security/external-url';
import { decideNavigation, decideWindowOpen } from './security/navigation';
import { decidePermission } from './security/permissions';
import { resolveRendererFile } from './security/renderer-path';
import { startAutomaticBackups } from './services/backup';
import { secureWebPreferences, webPreferenceViolations } from './security/web-preferences';
import { safeStorageSealer } from './security/safe-storage';
import { startSyncSchedule } from './services/sync/sync';

/**
 * The desktop app: serves the built renderer from app://doorlicht, exposes
 * the contract over IPC, and denies everything the workbench does not need.
 * The decisions themselves live in security/ as small pure functions with tests.
 */
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

const rendererDir = join(import.meta.dirname, '..', 'renderer');
const devUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
let services: Services | undefined;

function serveRenderer(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveRendererFile(rendererDir, request.url);
    if (file === null) return new Response('forbidden', { status: 403 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}

function openExternalIfAllowed(url: string): void {
  if (isAllowedExternalUrl(url)) void shell.openExternal(url);
}

/** Session-wide rules, set once before any page loads. */
function lockDownSession(): void {
  const isOwnPage = (url: string | undefined) => isAppFrameUrl(url, devUrl);
  session.defaultSession.setPermissionRequestHandler((webContents, permission, callback) =>
    callback(decidePermission(permission, webContents.getURL(), isOwnPage)),
  );
  session.defaultSession.setPermissionCheckHandler((_webContents, permission, requestingOrigin) =>
    decidePermission(permission, requestingOrigin, isOwnPage),
  );
  // In production every response the page receives carries the strict policy, not only
  // those served by the app:// handler. The dev server needs inline scripts for hot reload.
  if (!devUrl) {
    session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
    });
  }
}

/**
 * Every web contents the app ever gets (windows, subframes' hosts, anything
 * a future feature or a bug creates), not only the main window: new
 * windows denied (an allowed link goes to the system browser), navigation
 * and redirects of any frame only to the app's own page, no <webview>.
 */
function guardAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(({ url }) => {
      const decision = decideWindowOpen(url, isAllowedExternalUrl);
      if (decision.openExternally) openExternalIfAllowed(url);
      return { action: decision.action };
    });
    const guard = (event: { url: string; preventDefault(): void }) => {
      if (decideNavigation(event.url, devUrl) === 'deny') event.preventDefault();
    };
    contents.on('will-navigate', guard);
    contents.on('will-frame-navigate', guard);
    contents.on('will-redirect', guard);
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

function createWindow(): void {
  const webPreferences = secureWebPreferences(join(import.meta.dirname, '..', 'preload', 'index.cjs'));
  // A belt to the builder's braces: never open a window whose page could reach Node.
  const violations = webPreferenceViolations(webPreferences);
  if (violations.length > 0) throw new Error(`Unsafe webPreferences: ${violations.join('; ')}`);
  const window = new BrowserWindow({ width: 1360, height: 880, title: 'Doorlicht', show: false, webPreferences });
  window.once('ready-to-show', () => window.show());
  if (devUrl) void window.loadURL(devUrl);
  else void window.loadURL(`${APP_SCHEME}://${APP_HOST}/index.html`);
}

guardAllWebContents();

app.whenReady().then(async () => {
  lockDownSession();
  serveRenderer();
  try {
    services = await openServices({ dataDir: app.getPath('userData'), seedDemo: true, program: 'desktop', secretSealer: safeStorageSealer() });
  } catch (error) {
    dialog.showErrorBox('Doorlicht kan niet starten', (error as Error).message);
    app.exit(1);
    return;
  }
  startAutomaticBackups(services.ctx);
  // Automatic sync lives here, in the main process, not in the window (the window only shows its state).
  startSyncSchedule(services.ctx);
  registerIpcHost(ipcMain, services.ctx, devUrl);
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', () => {
  void services?.close();
});
