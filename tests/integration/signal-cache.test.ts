import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../main/app/paths';
import { awaitPreview } from '../../main/services/import';
import { SIGNAL_CACHE_FILE } from '../../main/services/signal-cache';
import { callOk, makeTempDir, openTestServices, removeTempDir } from '../helpers/services';

/**
 * The school list's signal summaries are kept beside the database for the next
 * start. Whatever happens in between — an import, a write by another process,
 * a damaged file — the list a new start shows equals the list computed from
 * scratch.
 */

let dataDir: string;

async function listAfterStart(): Promise<unknown> {
  const s = await openTestServices({ dataDir });
  try {
    return await callOk(s.ctx, 'listSchools', { limit: 10_000 });
  } finally {
    await s.close({ keepDir: true });
  }
}

/** The reference: no cache file, so everything is read and computed. */
async function listFromScratch(): Promise<unknown> {
  rmSync(join(dataDir, SIGNAL_CACHE_FILE), { force: true });
  return listAfterStart();
}

function rawRun(sql: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(join(dataDir, DATABASE_FILE), (err) => {
      if (err) return reject(err);
      db.run(sql, (e) => db.close(() => (e ? reject(e) : resolve())));
    });
  });
}

beforeAll(async () => {
  dataDir = makeTempDir();
  const s = await openTestServices({ dataDir, seedDemo: true });
  await s.close({ keepDir: true });
});
afterAll(() => removeTempDir(dataDir));

describe('the signal summary cache', () => {
  it('is written by the first list and gives the same list on the next start', async () => {
    const computed = await listFromScratch();
    expect(existsSync(join(dataDir, SIGNAL_CACHE_FILE))).toBe(true);
    expect(await listAfterStart()).toEqual(computed);
  });

  it('is not trusted after an import changed a school’s figures', async () => {
    await listAfterStart();
    const s = await openTestServices({ dataDir });
    const [first] = await callOk(s.ctx, 'listSchools', { limit: 1 });
    const before = first.signals;
    const file = ['instellingsnummer;schooljaar;leerlingen;preventieve_schorsingen', `${first.instellingsnummer};${before.schoolYear};100;90`].join('\n');
    const started = await callOk(s.ctx, 'previewImport', { fileName: 'meer.csv', base64: Buffer.from(file).toString('base64') });
    await callOk(s.ctx, 'commitImport', { previewId: (await awaitPreview(started.previewId)).previewId });
    await s.close({ keepDir: true });
    const next = (await listAfterStart()) as { instellingsnummer: string; signals: { values: Record<string, number> } }[];
    expect(next.find((r) => r.instellingsnummer === first.instellingsnummer)!.signals.values.preventiveSuspensions).toBe(90);
    expect(next).toEqual(await listFromScratch());
  });

  it('is not trusted after another process wrote figures directly', async () => {
    const before = await listAfterStart();
    await rawRun('UPDATE school_year_figures SET preventive_suspensions = coalesce(preventive_suspensions, 0) + 77 WHERE instellingsnummer = (SELECT min(instellingsnummer) FROM school_year_figures)');
    const afterWrite = await listAfterStart();
    expect(afterWrite).not.toEqual(before);
    expect(afterWrite).toEqual(await listFromScratch());
  });

  it('a damaged file, or one made under other signal rules, only costs a computation', async () => {
    const computed = await listFromScratch();
    const path = join(dataDir, SIGNAL_CACHE_FILE);
    writeFileSync(path, '{"token": "x", "summ');
    expect(await listAfterStart()).toEqual(computed);
    const good = JSON.parse(readFileSync(path, 'utf8'));
    writeFileSync(path, JSON.stringify({ ...good, fingerprint: 'older-rules', summaries: {} }));
    expect(await listAfterStart()).toEqual(computed);
  });
});
