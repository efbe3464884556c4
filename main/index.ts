import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, net, protocol, session } from 'electron';
import { openServices, type Services } from './app/open-services';
import { CONTENT_SECURITY_POLICY } from './host/http';
import { registerIpcHost } from './host/ipc';
import { APP_HOST, APP_SCHEME, isAppFrameUrl } from './host/origin';

/**
 * The desktop app: serves the built renderer from app://doorlicht, exposes
 * the contract over IPC, and denies everything the workbench does not need.
 */
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

const rendererDir = join(import.meta.dirname, '..', 'renderer');
const devUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
let services: Services | undefined;

function serveRenderer(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const { pathname } = new URL(request.url);
    const file = join(rendererDir, decodeURIComponent(pathname === '/' ? '/index.html' : pathname));
    if (!file.startsWith(rendererDir)) return new Response('forbidden', { status: 403 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    return new Response(response.body, { status: response.status, headers });
  });
}

function createWindow(): void {
  const window = new BrowserWindow({
    width: 1360,
    height: 880,
    title: 'Doorlicht',
    show: false,
    webPreferences: {
      preload: join(import.meta.dirname, '..', 'preload', 'index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.webContents.on('will-navigate', (event, url) => {
    if (!isAppFrameUrl(url, devUrl)) event.preventDefault();
  });
  if (devUrl) void window.loadURL(devUrl);
  else void window.loadURL(`${APP_SCHEME}://${APP_HOST}/index.html`);
}

app.whenReady().then(async () => {
  session.defaultSession.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  serveRenderer();
  try {
    services = await openServices({ dataDir: app.getPath('userData'), seedDemo: true });
  } catch (error) {
    dialog.showErrorBox('Doorlicht kan niet starten', (error as Error).message);
    app.exit(1);
    return;
  }
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
