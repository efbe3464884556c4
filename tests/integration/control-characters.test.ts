import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { escapeForTerminal, findControlCharacter } from '../../main/domain/control-characters';
import { parseImportFile } from '../../main/import/parse-file';
import { call, callOk, openTestServices, REPO_ROOT, type TestServices } from '../helpers/services';

const run = promisify(execFile);
let services: TestServices | undefined;
afterEach(async () => {
  await services?.close();
  services = undefined;
});

const HOSTILE = 'X\u0000Y\u001b[31m';
const indicatorId = 'km.1';

/** A fresh, open inspection of a demo school. */
async function openInspection() {
  services = await openTestServices({ seedDemo: true });
  const [school] = await callOk(services!.ctx, 'listSchools', { limit: 1 });
  return { ...(await callOk(services.ctx, 'createInspection', { instellingsnummer: school.instellingsnummer, type: 'full' })), instellingsnummer: school.instellingsnummer };
}

describe('control characters are refused on the way in', () => {
  it('in any string an operation accepts: the field and the character are named, nothing is written', async () => {
    const inspection = await openInspection();
    const changes = async () => (await services!.ctx.db.get<{ n: number }>('SELECT total_changes() AS n'))!.n;
    const before = await changes();
    for (const [field, text, code] of [['motivation', HOSTILE, 'U+0000'], ['strengths', 'a\u0085b', 'U+0085'], ['shortcomings', 'a\u007fb', 'U+007F']] as const) {
      const answer = await call(services!.ctx, 'saveRating', { inspectionId: inspection.id, indicatorId, level: null, motivation: 'ok', [field]: text });
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input', field } });
      expect(answer.ok || answer.error.message).toContain(`Ongeldige invoer voor ${field}: bevat een onzichtbaar stuurteken (${code}, teken 2)`);
    }
    const nested = await call(services!.ctx, 'createInspection', { instellingsnummer: inspection.instellingsnummer, type: 'full', focusDomains: ['ok', 'a\u001bb'] });
    expect(nested).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'focusDomains.1' } });
    expect(await changes()).toBe(before);
  });

  it('tab and newlines stay allowed in free text', async () => {
    const inspection = await openInspection();
    const answer = await call(services!.ctx, 'saveRating', { inspectionId: inspection.id, indicatorId, level: null, motivation: 'lijn 1\r\nlijn 2\n\tingesprongen' });
    expect(answer.ok || answer.error.message).toBe(true);
  });

  it('in an import cell, also far past the first 64 KB: row, column and character are named', async () => {
    const filler = Array.from({ length: 2000 }, (_, i) => `${100000 + i};School ${i} met een wat langere naam;basis;gewoon`).join('\n');
    const text = `instellingsnummer;naam;niveau;onderwijsvorm\n${filler}\n020555;${HOSTILE};basis;gewoon\n`;
    expect(text.indexOf(HOSTILE)).toBeGreaterThan(64 * 1024);
    const parsed = await parseImportFile(Buffer.from(text), { currentYear: 2026 });
    expect(parsed.validator.errors).toEqual([{ row: 2002, column: 'naam', value: 'X\\u0000Y\\u001b[31m', reason: 'bevat een onzichtbaar stuurteken (U+0000, teken 2); laat het weg of typ de tekst opnieuw' }]);
  });

  it('a name already in a record prints escaped on the terminal (cli schools)', async () => {
    services = await openTestServices();
    await services.ctx.db.run("INSERT INTO schools (instellingsnummer, name, level, form, network, board, street, postcode, municipality, lop) VALUES ('010555', ?, 'basis', 'gewoon', '', '', '', '', 'Gent', '')", [HOSTILE]);
    const dataDir = services.dataDir;
    await services.close({ keepDir: true });
    const { stdout } = await run(join(REPO_ROOT, 'node_modules', '.bin', 'tsx'), ['main/cli/index.ts', 'schools', '--data-dir', dataDir], { cwd: REPO_ROOT });
    expect(stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(stdout).toContain('X\\u0000Y\\u001b[31m');
    const json = await run(join(REPO_ROOT, 'node_modules', '.bin', 'tsx'), ['main/cli/index.ts', 'schools', '--json', '--data-dir', dataDir], { cwd: REPO_ROOT });
    expect(JSON.parse(json.stdout)[0].name).toBe(HOSTILE); // the escapes are valid JSON for the same text
    services = await openTestServices({ dataDir });
  }, 30_000);

  it('the rule itself: C0, DEL and C1 found, tab/LF/CR not; terminal escape keeps tab and LF only', () => {
    for (let c = 0; c <= 0x9f; c++) {
      const allowed = c === 9 || c === 10 || c === 13 || (c >= 0x20 && c < 0x7f);
      expect(findControlCharacter(`a${String.fromCharCode(c)}`) === null, `U+${c.toString(16)}`).toBe(allowed);
    }
    expect(escapeForTerminal('a\tb\nc\rd\u001be\u009bf')).toBe('a\tb\nc\\u000dd\\u001be\\u009bf');
  });
});
