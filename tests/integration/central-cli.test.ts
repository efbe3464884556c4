import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requirePostgres, startCentral, type TestCentral } from '../helpers/central';
import { makeTempDir, REPO_ROOT, removeTempDir } from '../helpers/services';

/** `npm run central -- …` and `npm run cli -- enrol|sync` as a script calls them: exit codes and messages. */
const run = promisify(execFile);
const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');

async function command(script: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, [script, ...args], { cwd: REPO_ROOT, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let available = false;
let central: TestCentral | undefined;
let dataDir = '';
beforeAll(async () => {
  available = await requirePostgres();
  if (!available) return;
  central = await startCentral({ schools: 5 });
  dataDir = makeTempDir();
}, 60_000);
afterAll(async () => {
  await central?.close();
  if (dataDir) removeTempDir(dataDir);
});

describe('central and laptop commands', () => {
  it('add-user prints a code; enrol takes it once; sync reports; revoke-device stops the next sync', async () => {
    if (!available) return;
    const db = central!.databaseUrl;
    const added = await command('central/cli.ts', ['add-user', '--database', db, '--name', 'Anna', '--role', 'inspector', '--team', 'Gent', '--json']);
    expect(added.code).toBe(0);
    const { code } = JSON.parse(added.stdout) as { code: string };
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);

    const wrong = await command('main/cli/index.ts', ['enrol', '--server', central!.url, '--code', 'AAAA-BBBB-CCCC', '--data-dir', dataDir]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/aanmeldcode is onbekend/);

    const enrolled = await command('main/cli/index.ts', ['enrol', '--server', central!.url, '--code', code, '--data-dir', dataDir, '--json']);
    expect(enrolled.code).toBe(0);
    const { deviceId } = JSON.parse(enrolled.stdout) as { deviceId: string };

    const synced = await command('main/cli/index.ts', ['sync', '--data-dir', dataDir, '--json']);
    expect(synced.code).toBe(0);
    expect(JSON.parse(synced.stdout)).toMatchObject({ pushed: 0, pulled: 0, conflicts: 0, schools: 5 });

    expect((await command('central/cli.ts', ['revoke-device', '--database', db, '--device', deviceId])).code).toBe(0);
    const refused = await command('main/cli/index.ts', ['sync', '--data-dir', dataDir]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/ingetrokken/);

    const badRole = await command('central/cli.ts', ['add-user', '--database', db, '--name', 'X', '--role', 'chef']);
    expect(badRole.code).toBe(1);
    expect(badRole.stderr).toMatch(/rol 'chef' bestaat niet/);
  }, 120_000);

  it('serve refuses to listen beyond loopback without TLS', async () => {
    if (!available) return;
    const result = await command('central/cli.ts', ['serve', '--database', central!.databaseUrl, '--port', '0', '--host', '0.0.0.0']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/alleen met TLS: geef --tls-cert en --tls-key/);
  }, 60_000);

  it('says plainly when the server cannot be reached', async () => {
    if (!available) return;
    const fresh = makeTempDir();
    try {
      const result = await command('main/cli/index.ts', ['enrol', '--server', 'http://127.0.0.1:1', '--code', 'AAAA-BBBB-CCCC', '--data-dir', fresh]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/niet bereikbaar/);
    } finally {
      removeTempDir(fresh);
    }
  }, 60_000);
});
