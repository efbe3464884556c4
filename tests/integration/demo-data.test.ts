import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { generateDemoData } from '../../main/demo/generate';
import { awaitPreview } from '../../main/services/import';
import { seedDemo } from '../../main/services/demo';
import { seedDemoInspections } from '../../main/services/demo-inspections';
import { ratedInspection } from '../helpers/inspection-builder';
import { call, callOk, openTestServices, type TestServices } from '../helpers/services';

/**
 * Demo data is marked wherever it is held, never overwrites what is real, and
 * goes in one step without touching anything of the user's: real SQLite,
 * the real import path, the real services the UI calls.
 */
const opened: TestServices[] = [];
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
});

async function open(seed: boolean) {
  const s = await openTestServices({ seedDemo: seed });
  opened.push(s);
  await callOk(s.ctx, 'saveProfile', { profileName: 'Ilse Janssens', role: 'inspecteur' });
  return s;
}

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const SCHOOLS_HEADER = 'instellingsnummer;naam;niveau;onderwijsvorm;gemeente';

async function importCsv(s: TestServices, name: string, text: string) {
  const started = await callOk(s.ctx, 'previewImport', { fileName: name, base64: b64(text) });
  const preview = await awaitPreview(started.previewId);
  if (preview.errorCount) throw new Error(`${name}: ${JSON.stringify(preview.errors)}`);
  return { preview, committed: await callOk(s.ctx, 'commitImport', { previewId: started.previewId }) };
}

async function count(s: TestServices, sql: string, params: unknown[] = []): Promise<number> {
  return (await s.ctx.db.get<{ n: number }>(sql, params as never))!.n;
}

async function removeAll(s: TestServices) {
  const shown = await callOk(s.ctx, 'getDemoData', {});
  return callOk(s.ctx, 'removeDemoData', { expected: { schools: shown.removable.schools, inspections: shown.removable.inspections } });
}

describe('demo data', () => {
  it('is marked on a new record and removed whole in one step, leaving no row behind', { timeout: 120_000 }, async () => {
    const s = await open(true);
    const demo = await callOk(s.ctx, 'getDemoData', {});
    expect(demo).toMatchObject({ present: true, schools: 3250, inspections: 5, removable: { schools: 3250, inspections: 5 }, keptSchools: [] });
    const schools = await callOk(s.ctx, 'listSchools', { limit: 5 });
    expect(schools.every((r: { demo: boolean }) => r.demo)).toBe(true);
    const inspections = await callOk(s.ctx, 'listInspections', {});
    expect(inspections).toHaveLength(5);
    expect(inspections.every((i: { demo: boolean }) => i.demo)).toBe(true);
    expect((await callOk(s.ctx, 'getSchool', { instellingsnummer: schools[0].instellingsnummer })).demo).toBe(true);

    const result = await removeAll(s);
    expect(result).toMatchObject({ changed: false, removed: { schools: 3250, inspections: 5 }, demo: { present: false } });
    expect(result.removed.figures).toBe(demo.figures);
    for (const table of ['schools', 'school_year_figures', 'inspections', 'ratings', 'evidence', 'taskforce_referrals', 'taskforce_visits', 'taskforce_decisions', 'advice_decisions', 'audit_log', 'demo_marks']) {
      expect(await count(s, `SELECT count(*) AS n FROM ${table}`), table).toBe(0);
    }
    expect(await s.ctx.db.all('PRAGMA foreign_key_check')).toEqual([]);
    expect((await callOk(s.ctx, 'getDemoData', {})).lastRemoved).toMatchObject({ by: 'Ilse Janssens', schools: 3250, inspections: 5 });
    // Reopened as the app opens it (seeding an empty record): the removed demo does not come back.
    await s.close({ keepDir: true });
    const reopened = await openTestServices({ seedDemo: true, dataDir: s.dataDir });
    opened.push(reopened);
    expect(await count(reopened, 'SELECT count(*) AS n FROM schools')).toBe(0);
    expect((await callOk(reopened.ctx, 'getDemoData', {})).present).toBe(false);
  });

  it('keeps the user’s own inspections, imports and the demo school their inspection stands on', { timeout: 120_000 }, async () => {
    const s = await open(true);
    const demoSchools = (await callOk(s.ctx, 'listSchools', { limit: 3250 })) as Array<{ instellingsnummer: string; name: string }>;
    const demoInspected = new Set((await callOk(s.ctx, 'listInspections', {})).map((i: { instellingsnummer: string }) => i.instellingsnummer));
    const free = demoSchools.filter((d) => !demoInspected.has(d.instellingsnummer));
    const practice = free[0];
    const collided = [...demoInspected][0] as string;
    const own = await ratedInspection(s.ctx, { instellingsnummer: practice.instellingsnummer, ratings: [{ indicatorId: 'km.1', level: 'benadert', text: 'Oefening.' }] });

    // A real file holds one number the demo also uses, and one new school.
    const file = [SCHOOLS_HEADER, `${collided};Sint-Jozefscollege;secundair;gewoon;Aalst`, '999001;Basisschool Het Veld;basis;gewoon;Mol'].join('\n');
    const { preview } = await importCsv(s, 'echte-scholen.csv', file);
    expect(preview.summary).toMatchObject({ rowsForDemoSchools: 1, recordHoldsDemo: true });
    const figures = ['instellingsnummer;schooljaar;leerlingen', `999001;2024-2025;210`, `${free[1].instellingsnummer};2024-2025;333`].join('\n');
    await importCsv(s, 'echte-cijfers.csv', figures);
    const ratingsBefore = await count(s, 'SELECT count(*) AS n FROM ratings WHERE inspection_id = ?', [own]);

    const shown = await callOk(s.ctx, 'getDemoData', {});
    expect(shown.keptSchools.map((k: { instellingsnummer: string }) => k.instellingsnummer).sort()).toEqual([practice.instellingsnummer, free[1].instellingsnummer].sort());
    const result = await removeAll(s);
    expect(result.changed).toBe(false);
    expect(result.removed).toMatchObject({ schools: 3250 - 1 - 2, inspections: 5 });

    // Everything of the user's is there, unchanged.
    expect((await callOk(s.ctx, 'getInspection', { id: own })).ratings).toHaveLength(ratingsBefore);
    expect(await count(s, 'SELECT count(*) AS n FROM audit_log WHERE inspection_id = ?', [own])).toBeGreaterThan(0);
    expect((await callOk(s.ctx, 'getSchool', { instellingsnummer: collided })).school.name).toBe('Sint-Jozefscollege');
    expect((await callOk(s.ctx, 'getSchool', { instellingsnummer: collided })).demo).toBe(false);
    expect((await callOk(s.ctx, 'getSchool', { instellingsnummer: '999001' })).figures).toHaveLength(1);
    expect((await callOk(s.ctx, 'getSchool', { instellingsnummer: free[1].instellingsnummer })).figures.map((f: { pupils: number }) => f.pupils)).toEqual([333]);
    // Every demo figures row went, also those of the schools that stay.
    expect(await count(s, 'SELECT count(*) AS n FROM school_year_figures WHERE instellingsnummer = ?', [collided])).toBe(0);
    expect(await count(s, 'SELECT count(*) AS n FROM school_year_figures WHERE instellingsnummer = ?', [practice.instellingsnummer])).toBe(0);
    expect(await count(s, "SELECT count(*) AS n FROM demo_marks WHERE kind = 'figures'")).toBe(0);
    expect((await callOk(s.ctx, 'listInspections', {})).map((i: { id: string }) => i.id)).toEqual([own]);
    expect(await s.ctx.db.all('PRAGMA foreign_key_check')).toEqual([]);
    // What stays of the demo says so: the practice school is still a demo school.
    expect((await callOk(s.ctx, 'getDemoData', {})).schools).toBe(2);
  });

  it('removes nothing when the counts the user confirmed are no longer true', async () => {
    const s = await open(true);
    const shown = await callOk(s.ctx, 'getDemoData', {});
    const result = await callOk(s.ctx, 'removeDemoData', { expected: { schools: shown.removable.schools, inspections: shown.removable.inspections - 1 } });
    expect(result).toMatchObject({ changed: true, removed: { schools: 0, inspections: 0 } });
    expect(await count(s, 'SELECT count(*) AS n FROM inspections')).toBe(5);
  });

  it('never writes over a real school when seeded into a record that has one', async () => {
    const s = await open(false);
    const first = generateDemoData().schools[0];
    await importCsv(s, 'echt.csv', [SCHOOLS_HEADER, `${first.instellingsnummer};Echte School;${first.level};${first.form};Gent`].join('\n'));
    const seeded = await seedDemo(s.ctx);
    expect(seeded.skippedRealSchools).toBe(1);
    expect((await callOk(s.ctx, 'getSchool', { instellingsnummer: first.instellingsnummer })).school.name).toBe('Echte School');
    expect(await count(s, 'SELECT count(*) AS n FROM school_year_figures WHERE instellingsnummer = ?', [first.instellingsnummer])).toBe(0);
    await removeAll(s);
    expect(await count(s, 'SELECT count(*) AS n FROM schools')).toBe(1);
  });
});

/** A small demo set: fast enough for many random sequences. */
const SMALL = { perGroup: { 'basis-gewoon': 4, 'basis-buitengewoon': 1, 'secundair-gewoon': 6, 'secundair-buitengewoon': 1 }, years: 2 } as const;

type Op =
  | { kind: 'seed' }
  | { kind: 'importSchool'; pick: number; fresh: boolean; name: string }
  | { kind: 'importFigures'; pick: number; pupils: number }
  | { kind: 'ownInspection'; pick: number }
  | { kind: 'remove' };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.constant<Op>({ kind: 'seed' }),
  fc.record({ kind: fc.constant('importSchool' as const), pick: fc.nat(20), fresh: fc.boolean(), name: fc.constantFrom('De Linde', 'Het Kompas', 'Atheneum Zuid') }),
  fc.record({ kind: fc.constant('importFigures' as const), pick: fc.nat(20), pupils: fc.integer({ min: 50, max: 900 }) }),
  fc.record({ kind: fc.constant('ownInspection' as const), pick: fc.nat(20) }),
  fc.constant<Op>({ kind: 'remove' }),
);

describe('demo data under any sequence of seeding, imports, own work and removal', () => {
  it('removal takes every example inspection and never a row of the user’s', { timeout: 600_000 }, async () => {
    const demoSet = generateDemoData(SMALL);
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 7 }), async (ops) => {
        const s = await openTestServices({ seedDemo: false });
        try {
          await callOk(s.ctx, 'saveProfile', { profileName: 'Ilse Janssens', role: 'inspecteur' });
          // What the user made or imported, as the test last wrote it.
          const realNames = new Map<string, string>();
          const realFigures = new Map<string, number>();
          const own = new Set<string>();
          const numbers = () => [...new Set([...demoSet.schools.map((d) => d.instellingsnummer), ...realNames.keys()])];
          for (const op of [...ops, { kind: 'remove' } as Op]) {
            if (op.kind === 'seed') {
              const seeded = await seedDemo(s.ctx, SMALL);
              if ((await count(s, 'SELECT count(*) AS n FROM inspections')) === 0) {
                const secundair = seeded.data.schools.filter((d) => d.level === 'secundair' && d.form === 'gewoon' && !realNames.has(d.instellingsnummer));
                await seedDemoInspections(s.ctx, secundair.slice(0, 5).map((d) => d.instellingsnummer));
              }
            } else if (op.kind === 'importSchool') {
              const nr = op.fresh ? `9${String(op.pick).padStart(5, '0')}` : numbers()[op.pick % numbers().length];
              await importCsv(s, 'scholen.csv', [SCHOOLS_HEADER, `${nr};${op.name};basis;gewoon;Gent`].join('\n'));
              realNames.set(nr, op.name);
            } else if (op.kind === 'importFigures') {
              const held = (await s.ctx.db.all<{ nr: string }>('SELECT instellingsnummer AS nr FROM schools ORDER BY nr')).map((r) => r.nr);
              if (held.length === 0) continue;
              const nr = held[op.pick % held.length];
              await importCsv(s, 'cijfers.csv', ['instellingsnummer;schooljaar;leerlingen', `${nr};2024-2025;${op.pupils}`].join('\n'));
              realFigures.set(nr, op.pupils);
            } else if (op.kind === 'ownInspection') {
              const held = (await s.ctx.db.all<{ nr: string }>('SELECT instellingsnummer AS nr FROM schools ORDER BY nr')).map((r) => r.nr);
              if (held.length === 0) continue;
              const created = await callOk(s.ctx, 'createInspection', { instellingsnummer: held[op.pick % held.length], type: 'unannounced', startDate: '2027-01-11' });
              expect(created.demo).toBe(false);
              own.add(created.id);
            } else {
              const result = await removeAll(s);
              expect(result.changed).toBe(false);
              expect(result.demo.inspections).toBe(0);
              expect(result.demo.figures).toBe(0);
            }
            // After every step: every mark names a row that exists, and nothing of the user's is marked or gone.
            expect(await count(s, "SELECT count(*) AS n FROM demo_marks WHERE kind = 'school' AND key NOT IN (SELECT instellingsnummer FROM schools)")).toBe(0);
            expect(await count(s, "SELECT count(*) AS n FROM demo_marks WHERE kind = 'inspection' AND key NOT IN (SELECT id FROM inspections)")).toBe(0);
            expect(await count(s, "SELECT count(*) AS n FROM demo_marks WHERE kind = 'figures' AND key NOT IN (SELECT instellingsnummer || '|' || school_year FROM school_year_figures)")).toBe(0);
            for (const [nr, name] of realNames) {
              const school = await callOk(s.ctx, 'getSchool', { instellingsnummer: nr });
              expect(school.school.name).toBe(name);
              expect(school.demo).toBe(false);
            }
            for (const [nr, pupils] of realFigures) {
              expect(await count(s, "SELECT pupils AS n FROM school_year_figures WHERE instellingsnummer = ? AND school_year = '2024-2025'", [nr])).toBe(pupils);
            }
            const inspections = (await callOk(s.ctx, 'listInspections', {})) as Array<{ id: string; demo: boolean }>;
            for (const id of own) expect(inspections.find((i) => i.id === id)?.demo).toBe(false);
          }
          expect(await s.ctx.db.all('PRAGMA foreign_key_check')).toEqual([]);
        } finally {
          await s.close();
        }
      }),
      { numRuns: 30 },
    );
  });
});

describe('demo data stays on this workbench', () => {
  it('refuses a package of an example inspection, with the reason, and still packages the user’s own', { timeout: 120_000 }, async () => {
    const s = await open(true);
    const inspections = (await callOk(s.ctx, 'listInspections', {})) as Array<{ id: string; instellingsnummer: string }>;
    const refused = await call(s.ctx, 'exportPackage', { inspectionId: inspections[0].id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', field: 'inspectionId' } });
    expect(JSON.stringify(refused)).toContain('demogegevens verlaten deze werkbank niet');
    const own = await callOk(s.ctx, 'createInspection', { instellingsnummer: inspections[0].instellingsnummer, type: 'unannounced' });
    expect(await call(s.ctx, 'exportPackage', { inspectionId: own.id })).toMatchObject({ ok: true });
  });
});

describe('a demo report says what it is', () => {
  it('names the file Demo-… and says on the cover that it describes no real school; the user’s own report does not', { timeout: 180_000 }, async () => {
    const s = await open(true);
    const inspections = (await callOk(s.ctx, 'listInspections', {})) as Array<{ id: string; instellingsnummer: string; status: string }>;
    const example = inspections.find((i) => i.status === 'final')!;
    const pdf = await callOk(s.ctx, 'exportReport', { inspectionId: example.id, format: 'pdf' });
    expect(pdf.fileName).toMatch(/^Demo-Verslag-/);
    const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: Buffer.from(pdf.base64, 'base64') }).toString('utf8');
    expect(text).toContain('Voorbeeldverslag uit de demogegevens.');
    const own = await callOk(s.ctx, 'createInspection', { instellingsnummer: example.instellingsnummer, type: 'unannounced' });
    const ownPdf = await callOk(s.ctx, 'exportReport', { inspectionId: own.id, format: 'pdf' });
    expect(ownPdf.fileName).toMatch(/^Verslag-/);
    expect(execFileSync('pdftotext', ['-', '-'], { input: Buffer.from(ownPdf.base64, 'base64') }).toString('utf8')).not.toContain('Voorbeeldverslag');
    // The demo's task-force trajectory too.
    const [referral] = await callOk(s.ctx, 'listReferrals', {});
    const progress = await callOk(s.ctx, 'exportProgressReport', { referralId: referral.id, format: 'pdf' });
    expect(progress.fileName).toMatch(/^Demo-Voortgangsrapport-/);
    expect(execFileSync('pdftotext', ['-', '-'], { input: Buffer.from(progress.base64, 'base64') }).toString('utf8')).toContain('Voorbeeldrapport uit de demogegevens.');
  });
});
