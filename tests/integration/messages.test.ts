import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { call, openTestServices, REPO_ROOT, type TestServices } from '../helpers/services';

/** Each unclear message of issue 13 item 10, as a user meets it. */
const run = promisify(execFile);
let services: TestServices | undefined;
afterEach(async () => {
  await services?.close();
  services = undefined;
});

async function cli(dataDir: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(join(REPO_ROOT, 'node_modules', '.bin', 'tsx'), ['main/cli/index.ts', ...args, '--data-dir', dataDir], { cwd: REPO_ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    return error as { code: number; stdout: string; stderr: string };
  }
}

describe('messages that name the file and what is wrong', () => {
  it('cli import and restore of a folder, an empty file; no stack trace, no EISDIR', async () => {
    services = await openTestServices();
    const dataDir = services.dataDir;
    await services.close({ keepDir: true });
    const folder = join(dataDir, 'een-map');
    mkdirSync(folder);
    const empty = join(dataDir, 'leeg.csv');
    writeFileSync(empty, '');
    const cases: [string[], string][] = [
      [['import', folder], `Fout: ${folder} is een map, geen bestand. Geef een CSV- of XLSX-bestand op.`],
      [['import', empty], 'Fout: leeg.csv: het bestand is leeg (0 bytes). Er is niets geïmporteerd.'],
      [['import', '/dev/null'], 'Fout: /dev/null is geen gewoon bestand (maar bv. een apparaat of pijp). Geef een CSV- of XLSX-bestand op.'],
      [['restore', folder], `Fout: Herstellen geweigerd: ${folder} is een map, geen reservekopie. Er is niets gewijzigd.`],
      [['restore', empty], 'Fout: Herstellen geweigerd: leeg.csv is leeg (0 bytes), geen reservekopie. Er is niets gewijzigd.'],
    ];
    for (const [args, message] of cases) {
      const result = await cli(dataDir, ...args);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stderr.trim()).toBe(message);
    }
    services = await openTestServices({ dataDir });
  }, 60_000);

  it('an empty file through the API says so', async () => {
    services = await openTestServices();
    const answer = await call(services.ctx, 'previewImport', { fileName: 'leeg.csv', base64: '' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'base64', message: 'Ongeldige invoer voor base64: het bestand is leeg (0 bytes)' } });
  });

  it('a reply to 1,000,000 unknown keys names the first and counts the rest (before: 12.9 MB)', async () => {
    services = await openTestServices();
    const input: Record<string, number> = {};
    for (let i = 0; i < 1_000_000; i++) input[`k${i}`] = 1;
    const answer = await call(services.ctx, 'listSchools', input);
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'k0', message: 'Ongeldige invoer voor k0: onbekend veld (en nog 999999 onbekende velden)' } });
    expect(JSON.stringify(answer).length).toBeLessThan(300);
  });
});
