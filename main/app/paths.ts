import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const APP_NAME = 'Doorlicht';
export const DATABASE_FILE = 'doorlicht.sqlite';

/**
 * The folder Electron uses as `userData` for this app, computed the same way
 * outside Electron so that the desktop app, browser mode and the CLI share
 * one record by default.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.DOORLICHT_DATA_DIR) return resolve(env.DOORLICHT_DATA_DIR);
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME);
}

/**
 * The `resources/` folder: beside the sources in development, the CLI and
 * browser mode, and beside the bundle in `out/` after a build.
 */
export function findResourcesDir(start = dirname(fileURLToPath(import.meta.url))): string {
  let dir = start;
  for (;;) {
    const candidate = join(dir, 'resources', 'frameworks');
    if (existsSync(candidate)) return join(dir, 'resources');
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`resources/ not found above ${start}`);
    dir = parent;
  }
}
