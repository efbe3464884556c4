import { createHash } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportPackageTo, importPackageFrom } from '../../main/cli/package-transfer';
import { Database } from '../../main/db/connection';
import { migrate } from '../../main/db/migrate';
import { migrations } from '../../main/db/migrations';
import { upsertSchools } from '../../main/db/repositories/schools';
import { MAX_ATTACHMENT_BYTES } from '../../main/domain/onsite/evidence';
import { useLaptops } from '../helpers/exchange';
import { ratedInspection } from '../helpers/inspection-builder';
import { call, callOk, makeTempDir, openTestServices, removeTempDir, tableCounts, type TestServices } from '../helpers/services';
import { ownReferral } from '../helpers/own-referral';

/**
 * Visit records of a task-force trajectory on a real SQLite file: files and
 * photos with a visit (the evidence attachments' store: hashed, bounded,
 * JPEG metadata stripped) and the contact log with the school board — each
 * added, corrected, removed and restored through the plan's write path, with
 * the audit trail telling who did what.
 */
let services: TestServices;
const MEMBER = 'An Verstraete';
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const b64 = (b: Buffer) => b.toString('base64');

beforeEach(async () => {
  services = await openTestServices({ now: () => new Date('2027-04-20T10:00:00.000Z') });
  await callOk(services.ctx, 'saveProfile', { profileName: MEMBER, role: 'inspecteur' });
  await services.ctx.db.transaction((tx) =>
    upsertSchools(tx, [{ instellingsnummer: '012345', name: 'Basisschool De Linde', level: 'basis', form: 'gewoon', network: 'GO!', board: 'Scholengroep Gent', street: 'Lindelaan 1', postcode: '9000', municipality: 'Gent', lop: 'LOP Gent' }]),
  );
});
afterEach(() => services.close());

async function planWithVisit() {
  const ctx = services.ctx;
  const inspectionId = await ratedInspection(ctx, { instellingsnummer: '012345', ratings: [{ indicatorId: 'km.1', level: 'beneden', text: 'Lessen starten laat.' }] });
  await callOk(ctx, 'decideAdvice', { inspectionId, chosen: '2B', motivation: 'Tekorten in alle klassen.', guidanceObliged: true, reportDate: '2027-03-12' });
  const referralId = (await callOk(ctx, 'openReferral', { inspectionId })).referral.id as string;
  const plan = await callOk(ctx, 'saveVisit', { referralId, date: '2027-04-15', held: true, participants: 'Directie', notes: 'Eerste bezoek', progress: [] });
  return { inspectionId, referralId, visitId: plan.visits[0].id as string };
}

const auditOf = (inspectionId: string) => callOk<Array<{ entity: string; entityId: string; field: string; actor: string; oldValue: string | null; newValue: string | null }>>(services.ctx, 'listAudit', { inspectionId });

/** A JPEG with an APP1 Exif segment holding a GPS-like marker, then a table and the scan (SOS) with its data. */
function jpegWithExif(): Buffer {
  const exif = Buffer.concat([Buffer.from('Exif\0\0'), Buffer.from('GPS 51.05N 3.72E')]);
  const app1 = Buffer.concat([Buffer.from([0xff, 0xe1]), Buffer.from([0, exif.length + 2]), exif]);
  const dqt = Buffer.concat([Buffer.from([0xff, 0xdb, 0, 67, 0]), Buffer.alloc(64, 1)]);
  const sos = Buffer.from([0xff, 0xda, 0, 8, 1, 1, 0, 0, 63, 0, 0x12, 0x34, 0xff, 0xd9]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app1, dqt, sos]);
}

describe('attachments of a task-force visit', () => {
  it('adds a file to a visit in the evidence attachments’ store, opens it checked against its hash, audited', async () => {
    const { inspectionId, referralId, visitId } = await planWithVisit();
    const bytes = Buffer.from('Verslag van het bezoek: rustige start in 3B.');
    const plan = await callOk(services.ctx, 'addVisitAttachment', { referralId, visitId, fileName: 'verslag.txt', mimeType: 'text/plain', base64: b64(bytes) });
    expect(plan.attachments).toEqual([expect.objectContaining({ visitId, fileName: 'verslag.txt', mimeType: 'text/plain', bytes: bytes.length, sha256: sha(bytes), createdBy: MEMBER, removedAt: null })]);
    const [attachment] = plan.attachments;
    // One store: the attachments table and the data folder's attachments/, named by the hash.
    expect(await services.ctx.db.get('SELECT evidence_id AS evidenceId, visit_id AS visitId FROM attachments WHERE id = ?', [attachment.id])).toEqual({ evidenceId: null, visitId });
    expect(existsSync(join(services.dataDir, 'attachments', `${sha(bytes)}.txt`))).toBe(true);
    const opened = await callOk(services.ctx, 'getAttachment', { id: attachment.id });
    expect(Buffer.from(opened.base64, 'base64')).toEqual(bytes);
    expect(await auditOf(inspectionId)).toContainEqual(expect.objectContaining({ entity: 'visit_attachment', entityId: attachment.id, field: 'added', actor: MEMBER, newValue: `verslag.txt (${sha(bytes)})` }));
  });

  it('strips a photo’s Exif before hashing, like evidence photos', async () => {
    const { referralId, visitId } = await planWithVisit();
    const photo = jpegWithExif();
    const plan = await callOk(services.ctx, 'addVisitAttachment', { referralId, visitId, fileName: 'foto.jpg', mimeType: 'image/jpeg', base64: b64(photo) });
    const stored = Buffer.from((await callOk(services.ctx, 'getAttachment', { id: plan.attachments[0].id })).base64, 'base64');
    expect(stored.includes(Buffer.from('GPS'))).toBe(false);
    expect(stored.length).toBeLessThan(photo.length);
    expect(plan.attachments[0].sha256).toBe(sha(stored));
  });

  it('refuses a file past the size limit, an empty one, or one for a visit of another plan, and changes nothing', async () => {
    const { inspectionId, referralId, visitId } = await planWithVisit();
    const before = await tableCounts(services.ctx);
    const trail = (await auditOf(inspectionId)).length;
    const big = await call(services.ctx, 'addVisitAttachment', { referralId, visitId, fileName: 'groot.bin', base64: b64(Buffer.alloc(MAX_ATTACHMENT_BYTES + 1, 7)) });
    expect(big).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'base64' } });
    expect((big as { error: { message: string } }).error.message).toContain('groot.bin is te groot');
    expect(await call(services.ctx, 'addVisitAttachment', { referralId, visitId, fileName: 'leeg.txt', base64: '' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await call(services.ctx, 'addVisitAttachment', { referralId, visitId: 'elders', fileName: 'a.txt', base64: b64(Buffer.from('a')) })).toMatchObject({ ok: false, error: { code: 'not_found', field: 'visitId' } });
    expect(await tableCounts(services.ctx)).toEqual(before);
    expect((await auditOf(inspectionId)).length).toBe(trail);
  });

  it('will not hand out a file whose bytes no longer match the recorded hash', async () => {
    const { referralId, visitId } = await planWithVisit();
    const plan = await callOk(services.ctx, 'addVisitAttachment', { referralId, visitId, fileName: 'nota.txt', mimeType: 'text/plain', base64: b64(Buffer.from('origineel')) });
    writeFileSync(join(services.dataDir, 'attachments', plan.attachments[0].storedName), 'vervalst');
    expect(await call(services.ctx, 'getAttachment', { id: plan.attachments[0].id })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('removes and restores an attachment like a plan entry; a removed visit takes its attachments out of sight', async () => {
    const { inspectionId, referralId, visitId } = await planWithVisit();
    let plan = await callOk(services.ctx, 'addVisitAttachment', { referralId, visitId, fileName: 'nota.txt', mimeType: 'text/plain', base64: b64(Buffer.from('nota')) });
    const id = plan.attachments[0].id;
    plan = await callOk(services.ctx, 'removePlanEntry', { referralId, kind: 'visit_attachment', id });
    expect(plan.attachments).toEqual([]);
    expect(plan.removed.attachments).toEqual([expect.objectContaining({ id, removedAt: expect.any(String) })]);
    // Removed, the record and its file stay: it can still be opened from the history.
    expect((await callOk(services.ctx, 'getAttachment', { id })).fileName).toBe('nota.txt');
    plan = await callOk(services.ctx, 'restorePlanEntry', { referralId, kind: 'visit_attachment', id });
    expect(plan.attachments.map((a: { id: string }) => a.id)).toEqual([id]);
    expect(plan.removed.attachments).toEqual([]);
    const fields = (await auditOf(inspectionId)).filter((r) => r.entity === 'visit_attachment').map((r) => r.field);
    expect(fields).toEqual(expect.arrayContaining(['added', 'removed', 'restored']));

    plan = await callOk(services.ctx, 'removePlanEntry', { referralId, kind: 'visit', id: visitId });
    expect(plan.attachments).toEqual([]);
    plan = await callOk(services.ctx, 'restorePlanEntry', { referralId, kind: 'visit', id: visitId });
    expect(plan.attachments).toHaveLength(1);
    expect(await call(services.ctx, 'removePlanEntry', { referralId, kind: 'visit_attachment', id: 'onbekend' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('the contact log with the school board', () => {
  it('logs, corrects, removes and restores a contact; every version stays visible and audited', async () => {
    const { inspectionId, referralId } = await planWithVisit();
    const first = { referralId, date: '2027-04-02', people: 'Mevr. Peeters (voorzitter), Dhr. Claes (directeur)', channel: 'meeting', summary: 'Plan besproken.', agreements: 'Bestuur bezorgt het nascholingsplan tegen 30 april.' };
    let plan = await callOk(services.ctx, 'saveBoardContact', first);
    expect(plan.contacts).toEqual([expect.objectContaining({ date: '2027-04-02', channel: 'meeting', people: first.people, agreements: first.agreements, updatedBy: MEMBER })]);
    const id = plan.contacts[0].id;
    plan = await callOk(services.ctx, 'saveBoardContact', { ...first, id, channel: 'phone', summary: 'Plan telefonisch besproken.' });
    expect(plan.contacts).toHaveLength(1);
    expect(plan.contacts[0]).toMatchObject({ id, channel: 'phone', summary: 'Plan telefonisch besproken.' });
    // Its history: the first version and the correction, each with who and when.
    expect(plan.contacts[0].versions.map((v: { by: string; record: { channel: string } }) => [v.by, v.record.channel])).toEqual([[MEMBER, 'meeting'], [MEMBER, 'phone']]);

    const record = (await auditOf(inspectionId)).filter((r) => r.entity === 'board_contact' && r.field === 'record');
    expect(record).toHaveLength(2);
    const correction = record.find((r) => r.oldValue !== null)!;
    expect(JSON.parse(correction.oldValue!)).toMatchObject({ channel: 'meeting', summary: 'Plan besproken.' });
    expect(JSON.parse(correction.newValue!)).toMatchObject({ channel: 'phone', summary: 'Plan telefonisch besproken.' });

    plan = await callOk(services.ctx, 'removePlanEntry', { referralId, kind: 'board_contact', id });
    expect(plan.contacts).toEqual([]);
    expect(plan.removed.contacts).toEqual([expect.objectContaining({ id, removedAt: expect.any(String) })]);
    plan = await callOk(services.ctx, 'restorePlanEntry', { referralId, kind: 'board_contact', id });
    expect(plan.contacts.map((c: { id: string }) => c.id)).toEqual([id]);
    expect((await auditOf(inspectionId)).filter((r) => r.entity === 'board_contact').map((r) => r.field)).toEqual(expect.arrayContaining(['removed', 'restored']));
  });

  it('refuses an unknown channel, a contact without people or summary, and a correction of an unknown contact', async () => {
    const { referralId } = await planWithVisit();
    const ok = { referralId, date: '2027-04-02', people: 'Voorzitter', channel: 'email', summary: 'Mail over de planning.', agreements: '' };
    expect(await call(services.ctx, 'saveBoardContact', { ...ok, channel: 'fax' })).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'channel' } });
    expect(await call(services.ctx, 'saveBoardContact', { ...ok, people: ' ' })).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'people' } });
    expect(await call(services.ctx, 'saveBoardContact', { ...ok, summary: '' })).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'summary' } });
    expect(await call(services.ctx, 'saveBoardContact', { ...ok, id: 'onbekend' })).toMatchObject({ ok: false, error: { code: 'not_found', field: 'id' } });
    expect((await callOk(services.ctx, 'getReferral', { id: referralId })).contacts).toEqual([]);
  });
});

describe('visit records travel with the plan', () => {
  const laptops = useLaptops();

  it('a referral package carries the visits’ attachments with their files, and the contact log', async () => {
    const an = (await laptops.laptop('An', { seedDemo: true })).ctx;
    const bart = (await laptops.laptop('Bart', { seedDemo: false })).ctx;
    const [school] = await callOk<Array<{ instellingsnummer: string }>>(an, 'listSchools', { limit: 1 });
    const referral = { id: (await ownReferral(an, school.instellingsnummer)).referralId };
    let plan = await callOk(an, 'getReferral', { id: referral.id });
    const visitId = plan.visits[0].id;
    const bytes = Buffer.from('Afsprakennota na het bezoek');
    await callOk(an, 'addVisitAttachment', { referralId: referral.id, visitId, fileName: 'afspraken.txt', mimeType: 'text/plain', base64: b64(bytes) });
    plan = await callOk(an, 'addVisitAttachment', { referralId: referral.id, visitId, fileName: 'weg.txt', mimeType: 'text/plain', base64: b64(Buffer.from('weg')) });
    await callOk(an, 'removePlanEntry', { referralId: referral.id, kind: 'visit_attachment', id: plan.attachments[1].id });
    await callOk(an, 'saveBoardContact', { referralId: referral.id, date: '2026-10-20', people: 'Voorzitter', channel: 'letter', summary: 'Brief over de opvolging.', agreements: 'Antwoord binnen 14 dagen.' });
    const original = await callOk(an, 'getReferral', { id: referral.id });

    const file = join(laptops.dir(), 'traject.dlpkg');
    await exportPackageTo(an, { referralId: referral.id }, file);
    await importPackageFrom(bart, file);
    const copy = await callOk(bart, 'getReferral', { id: referral.id });
    expect(copy.attachments).toEqual(original.attachments);
    expect(copy.removed.attachments).toEqual(original.removed.attachments);
    expect(copy.contacts.map(({ versions: _, ...c }: { versions: unknown }) => c)).toEqual(original.contacts.map(({ versions: _, ...c }: { versions: unknown }) => c));
    // The file came along and still matches its hash.
    const opened = await callOk(bart, 'getAttachment', { id: copy.attachments[0].id });
    expect(Buffer.from(opened.base64, 'base64')).toEqual(bytes);
  });
});

describe('migration 14 on a record that already has evidence attachments', () => {
  it('keeps every evidence attachment as it was, and an attachment belongs to evidence or a visit, never both or neither', async () => {
    const dir = makeTempDir();
    const db = await Database.open(join(dir, 'oud.sqlite'));
    try {
      await db.exec('PRAGMA foreign_keys = ON');
      await migrate(db, migrations.filter((m) => m.version < 14));
      await db.run("INSERT INTO schools (instellingsnummer, name, level, form) VALUES ('012345', 'De Linde', 'basis', 'gewoon')");
      // The inspection's required columns as the steps so far define them (its framework is not needed for this check).
      const icols = await db.all<{ name: string; notnull: number; dflt_value: unknown }>("PRAGMA table_info('inspections')");
      const irequired = icols.filter((c) => c.notnull && c.dflt_value === null).map((c) => c.name);
      const value = (c: string) => ({ id: 'i1', instellingsnummer: '012345', type: 'full', status: 'preparing', framework_id: 'goed-gedragen', framework_version: '1.1' })[c] ?? '2027-01-01';
      await db.exec('PRAGMA foreign_keys = OFF');
      await db.run(`INSERT INTO inspections (${irequired.join(', ')}) VALUES (${irequired.map(() => '?').join(', ')})`, irequired.map(value));
      await db.run("INSERT INTO evidence (id, inspection_id, source, date, created_at, created_by, updated_at, updated_by) VALUES ('e1', 'i1', 'document', '2027-01-01', 't', 'An', 't', 'An')");
      await db.run(`INSERT INTO attachments (id, evidence_id, file_name, stored_name, mime_type, bytes, sha256, created_at, created_by) VALUES ('a1', 'e1', 'nota.txt', '${'d'.repeat(64)}.txt', 'text/plain', 4, '${'d'.repeat(64)}', '2027-01-01T08:00:00.000Z', 'An')`);
      await db.exec('PRAGMA foreign_keys = ON');

      expect(await migrate(db)).toBe(Math.max(...migrations.map((m) => m.version)));
      expect(await db.all('SELECT id, evidence_id, visit_id, file_name, bytes, sha256, created_by, deleted_at FROM attachments')).toEqual([
        { id: 'a1', evidence_id: 'e1', visit_id: null, file_name: 'nota.txt', bytes: 4, sha256: 'd'.repeat(64), created_by: 'An', deleted_at: null },
      ]);
      const insert = (evidence: string | null) =>
        db.run(`INSERT INTO attachments (id, evidence_id, visit_id, file_name, stored_name, mime_type, bytes, sha256, created_at, created_by) VALUES (?, ?, NULL, 'x', 'x', 'x', 1, '${'e'.repeat(64)}', 't', 'An')`, [`x${evidence}`, evidence]);
      await expect(insert(null)).rejects.toThrow(/CHECK/);
      expect(await db.get("SELECT count(*) AS n FROM sqlite_master WHERE name IN ('attachments_evidence', 'attachments_visit')")).toEqual({ n: 2 });
    } finally {
      await db.close();
      removeTempDir(dir);
    }
  });
});
