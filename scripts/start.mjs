// `npm start`: the desktop app. Fetches the Electron binary where it can (the
// install script is switched off in package.json so that `npm ci` never needs
// the network for it); where it cannot, points to browser mode.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));

function electronBinaryPresent() {
  const pathFile = join(electronDir, 'path.txt');
  return existsSync(pathFile) && existsSync(join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()));
}

function run(command, args) {
  return spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' }).status ?? 1;
}

if (!electronBinaryPresent()) {
  console.log('Electron wordt gedownload (eenmalig)…');
  run(process.execPath, [join(electronDir, 'install.js')]);
}
if (!electronBinaryPresent()) {
  console.error(
    '\nDe Electron-toepassing kon niet worden gedownload (geen internet of geen toegang).\n' +
      'Gebruik de browsermodus: npm run serve\n' +
      '(dezelfde werkbank in uw standaardbrowser, met dezelfde gegevens).',
  );
  process.exit(1);
}
process.exit(run('npx', ['electron-vite', 'build']) || run('npx', ['electron-vite', 'preview']));
