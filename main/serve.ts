import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDataDir, findResourcesDir } from './app/paths';
import { openServices } from './app/open-services';
import { startHttpHost } from './host/http';
import { openInBrowser } from './app/open-browser';
import { startAutomaticBackups } from './services/backup';
import { startSyncSchedule } from './services/sync/sync';

/**
 * Browser mode: the workbench on a loopback HTTP host, for machines without
 * an Electron binary and for end-to-end tests.
 *   npm run serve -- [--port N] [--data-dir DIR] [--static-dir DIR] [--no-open] [--no-demo]
 * --no-demo starts a new record empty (a record for a central server must hold no demo data).
 * DOORLICHT_TOKEN fixes the token for automation.
 */
async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      'no-open': { type: 'boolean', default: false },
      'static-dir': { type: 'string' },
      'no-demo': { type: 'boolean', default: false },
    },
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: geen geldig poortnummer: ${values.port}`);
  const staticDir = resolve(values['static-dir'] ?? join(findResourcesDir(), '..', 'out', 'renderer'));
  if (!existsSync(join(staticDir, 'index.html'))) throw new Error(`Geen gebouwde interface in ${staticDir}: voer eerst "npm run build" uit.`);
  const dataDir = values['data-dir'] ?? defaultDataDir();
  const services = await openServices({ dataDir, seedDemo: !values['no-demo'], program: 'browser' });
  const stopBackups = startAutomaticBackups(services.ctx);
  // Automatic sync lives here, in the main process, not in the page (the page only shows its state).
  const stopSync = startSyncSchedule(services.ctx);
  const host = await startHttpHost({ ctx: services.ctx, staticDir, port, token: process.env.DOORLICHT_TOKEN || undefined });
  console.log(`Doorlicht draait in browsermodus op ${host.url}`);
  console.log(`Gegevens: ${dataDir}`);
  if (!values['no-open'] && !process.env.CI) openInBrowser(host.url);
  const stop = async () => {
    stopBackups();
    stopSync();
    await host.close();
    await services.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(`Doorlicht kon niet starten: ${error.message}`);
  process.exit(1);
});
