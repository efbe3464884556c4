import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { ServiceContext } from '../../main/services/context';
import { useLaptops } from '../helpers/exchange';
import { callOk, REPO_ROOT } from '../helpers/services';

const run = promisify(execFile);
const laptops = useLaptops();

/** The CLI as a user runs it, on a laptop's data folder, with the passphrase in the environment. */
async function cli(dataDir: string, env: Record<string, string>, ...args: string[]) {
  return run(join(REPO_ROOT, 'node_modules', '.bin', 'tsx'), ['main/cli/index.ts', ...args, '--data-dir', dataDir], {
    cwd: REPO_ROOT,
    timeout: 120_000,
    env: { ...process.env, ...env },
  }).then(
    ({ stdout }) => ({ code: 0, stdout, stderr: '' }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

const laptop = (actor: string) => laptops.laptop(actor);

async function observe(ctx: ServiceContext, inspectionId: string, className: string) {
  return callOk(ctx, 'saveObservation', { inspectionId, className, subject: '', observedAt: '2026-11-02T09:10', scores: {}, notes: {}, onTask: 3, offTask: 1 });
}

describe('CLI export-package and import-package', () => {
  it('moves an encrypted package between two data folders and prints what the merge did', { timeout: 180_000 }, async () => {
    const an = await laptop('An');
    const bart = await laptop('Bart');
    const schools = await callOk<{ instellingsnummer: string }[]>(an.ctx, 'listSchools', {});
    const inspectionId = (await callOk(an.ctx, 'createInspection', { instellingsnummer: schools[3].instellingsnummer, type: 'full' })).id as string;
    await observe(an.ctx, inspectionId, '1A');
    const dir = laptops.dir();
    const file = join(dir, 'team.dlpkg');
    const secret = { DOORLICHT_PASSPHRASE: 'een lange wachtwoordzin' };

    const exported = await cli(an.dataDir, secret, 'export-package', '--inspection', inspectionId, '--out', file, '--passphrase-env', 'DOORLICHT_PASSPHRASE');
    expect(exported.stderr).toBe('');
    expect(exported.stdout).toMatch(/team\.dlpkg geschreven: 2 items, 0 bijlagen, \d+ bytes, versleuteld/);

    const wrong = await cli(bart.dataDir, { DOORLICHT_PASSPHRASE: 'iets anders' }, 'import-package', file, '--passphrase-env', 'DOORLICHT_PASSPHRASE');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/Fout: De wachtwoordzin past niet bij team\.dlpkg/);
    const missing = await cli(bart.dataDir, {}, 'import-package', file, '--passphrase-env', 'NIET_GEZET');
    expect(missing.stderr).toMatch(/omgevingsvariabele NIET_GEZET is leeg of bestaat niet/);

    const imported = await cli(bart.dataDir, secret, 'import-package', file, '--passphrase-env', 'DOORLICHT_PASSPHRASE');
    expect(imported.stdout).toMatch(/Pakket van An .* samengevoegd in inspectie/);
    expect(imported.stdout).toMatch(/toegevoegd: 2 {2}bijgewerkt: 0 {2}gelijk: 0 {2}conflicten: 0/);

    // Both change the same observation; the second exchange reports the conflict and `conflicts` shows it.
    const [obs] = (await callOk(bart.ctx, 'getOnsite', { inspectionId })).observations;
    await callOk(bart.ctx, 'saveObservation', { inspectionId, id: obs.id, className: '1A', subject: 'Frans', observedAt: obs.observedAt, scores: {}, notes: {}, onTask: 3, offTask: 1 });
    await callOk(an.ctx, 'saveObservation', { inspectionId, id: obs.id, className: '1A', subject: 'Latijn', observedAt: obs.observedAt, scores: {}, notes: {}, onTask: 3, offTask: 1 });
    const back = join(dir, 'terug.dlpkg');
    await cli(bart.dataDir, {}, 'export-package', '--inspection', inspectionId, '--out', back);
    const merged = await cli(an.dataDir, {}, 'import-package', back);
    expect(merged.stdout).toMatch(/toegevoegd: 0 {2}bijgewerkt: 0 {2}gelijk: 1 {2}conflicten: 1/);
    expect(merged.stdout).toContain(`conflict: observation ["${obs.id}"]`);
    const listed = await cli(an.dataDir, {}, 'conflicts', '--inspection', inspectionId);
    expect(listed.stdout).toMatch(/subject .*Latijn .*Frans/);
  });
});
