/**
 * Runs the loopback HTTP host in its own process (for tests that must see
 * whether a request brings the whole process down). Prints one JSON line
 * {port, token} when listening; stops on SIGTERM.
 *   node --import tsx tests/helpers/http-host-child.ts <staticDir> <dataDir>
 */
import { startHttpHost } from '../../main/host/http';
import { openTestServices } from './services';

const [staticDir, dataDir] = process.argv.slice(2);
if (!staticDir || !dataDir) throw new Error('usage: http-host-child.ts <staticDir> <dataDir>');
const services = await openTestServices({ dataDir });
const host = await startHttpHost({ ctx: services.ctx, staticDir });
process.stdout.write(`${JSON.stringify({ port: host.port, token: host.token })}\n`);
process.on('SIGTERM', () => {
  void host
    .close()
    .then(() => services.close({ keepDir: true }))
    .finally(() => process.exit(0));
});
