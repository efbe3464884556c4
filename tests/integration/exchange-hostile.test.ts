import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPackageTo, importPackageFrom } from '../../main/cli/package-transfer';
import { writePackage } from '../../main/exchange/container';
import type { ServiceContext } from '../../main/services/context';
import { useLaptops } from '../helpers/exchange';
import { ownReferral } from '../helpers/own-referral';
import { call, callOk, tableCounts, type TestServices } from '../helpers/services';

/**
 * Packages built by hand to do harm, and the cases a careless merge gets
 * wrong: each refusal leaves the record and the data folder as they were.
 */

const laptops = useLaptops();
const laptop = (actor: string, seedDemo = true) => laptops.laptop(actor, { seedDemo });

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function inspectionWithAttachment(ctx: ServiceContext, bytes: Buffer, names: string[]) {
  const schools = await callOk<{ instellingsnummer: string }[]>(ctx, 'listSchools', {});
  const inspectionId = (await callOk(ctx, 'createInspection', { instellingsnummer: schools[1].instellingsnummer, type: 'full' })).id as string;
  const evidence = await callOk(ctx, 'saveEvidence', { inspectionId, source: 'document_analysis', role: 'leadership', date: '2026-11-02', note: 'Reglement', indicatorIds: ['tb.1'] });
  for (const fileName of names) await callOk(ctx, 'addAttachment', { inspectionId, evidenceId: evidence.id, fileName, mimeType: 'image/jpeg', base64: bytes.toString('base64') });
  return inspectionId;
}

async function craft(inspectionId: string, records: unknown, parts: { name: string; data: Buffer }[] = []) {
  const file = join(laptops.dir(), `crafted-${randomUUID().slice(0, 8)}.dlpkg`);
  await writePackage(file, { packageId: randomUUID(), kind: 'inspection', subjectId: inspectionId, createdAt: '2026-11-02T10:00:00.000Z', createdBy: 'Mallory', appVersion: '0.1.0' }, [{ name: 'records.json', data: Buffer.from(JSON.stringify(records)) }, ...parts]);
  return file;
}

/** Every file in the data folder except the database's own and the exchange work area. */
function dataFiles(s: TestServices): string[] {
  const attachments = join(s.dataDir, 'attachments');
  return existsSync(attachments) ? readdirSync(attachments).sort() : [];
}

async function expectRefused(s: TestServices, file: string, message: RegExp) {
  const counts = await tableCounts(s.ctx);
  const files = dataFiles(s);
  const error = await importPackageFrom(s.ctx, file).then(() => null, (e: Error) => e);
  expect(error?.message).toMatch(message);
  expect(await tableCounts(s.ctx)).toEqual(counts);
  expect(dataFiles(s)).toEqual(files);
}

describe('hostile packages change nothing, files included', () => {
  it('refuses a part whose bytes are not what the attachment record names', async () => {
    const an = await laptop('An');
    const bart = await laptop('Bart');
    const real = Buffer.from('echte bijlage');
    const inspectionId = await inspectionWithAttachment(an.ctx, real, ['foto.jpg']);
    const records = await laptops.recordsOf(an.ctx, inspectionId);
    const file = await craft(inspectionId, records, [{ name: `attachments/${sha(real)}`, data: Buffer.from('andere inhoud') }]);
    await expectRefused(bart, file, /foto\.jpg heeft niet de inhoud die haar naam belooft/);
  });

  it('refuses a stored name that leaves the attachments folder, before writing any file', async () => {
    const an = await laptop('An');
    const bart = await laptop('Bart');
    const bytes = Buffer.from('bijlage');
    const inspectionId = await inspectionWithAttachment(an.ctx, bytes, ['a.jpg']);
    const records = await laptops.recordsOf(an.ctx, inspectionId);
    const attachment = records.entries.find((e: any) => e.entity === 'attachment');
    attachment.heads[0].record.stored_name = `${sha(bytes)}/../../geplant.txt`;
    const file = await craft(inspectionId, records, [{ name: `attachments/${sha(bytes)}`, data: bytes }]);
    await expectRefused(bart, file, /ongeldige bestandsnaam van de bijlage/);
    expect(existsSync(join(bart.dataDir, 'geplant.txt'))).toBe(false);
  });

  it('refuses a framework text that does not match its name, or differs from the one shipped', async () => {
    const an = await laptop('An');
    const bart = await laptop('Bart');
    const inspectionId = await inspectionWithAttachment(an.ctx, Buffer.from('x'), []);
    const records = await laptops.recordsOf(an.ctx, inspectionId);
    await expectRefused(bart, await craft(inspectionId, { ...records, framework: { ...records.framework, content: '{"kapot": true}' } }), /referentiekader/);
    const other = JSON.parse(records.framework.content);
    other.title.nl = 'Een ander kader onder dezelfde naam';
    const content = JSON.stringify(other);
    await expectRefused(bart, await craft(inspectionId, { ...records, framework: { ...records.framework, content, sha256: sha(Buffer.from(content)) } }), /klopt niet met zijn naam of met het meegeleverde kader/);
  });

  it('refuses a known version id that arrives with other content', async () => {
    const an = await laptop('An');
    const bart = await laptop('Bart');
    const inspectionId = await inspectionWithAttachment(an.ctx, Buffer.from('x'), []);
    const file = join(laptops.dir(), 'eerste.dlpkg');
    await exportPackageTo(an.ctx, { inspectionId }, file);
    await importPackageFrom(bart.ctx, file);
    const records = await laptops.recordsOf(an.ctx, inspectionId);
    const evidence = records.entries.find((e: any) => e.entity === 'evidence');
    evidence.heads[0].record.note = 'stilletjes herschreven';
    evidence.heads[0].record.updated_at = '2099-01-01T00:00:00.000Z';
    await expectRefused(bart, await craft(inspectionId, records), /heeft hier een andere inhoud/);
  });
});

describe('cases a careless merge gets wrong', () => {
  it('the same bytes attached twice under two names arrive as both files', async () => {
    const an = await laptop('An');
    const bart = await laptop('Bart');
    const bytes = Buffer.from('dezelfde foto');
    const inspectionId = await inspectionWithAttachment(an.ctx, bytes, ['a.jpg', 'a.jpeg']);
    const file = join(laptops.dir(), 'twee.dlpkg');
    await exportPackageTo(an.ctx, { inspectionId }, file);
    expect((await importPackageFrom(bart.ctx, file)).added).toBe(4);
    for (const ext of ['.jpg', '.jpeg']) expect(readFileSync(join(bart.dataDir, 'attachments', `${sha(bytes)}${ext}`))).toEqual(bytes);
  });

  it('an edit typed while a conflict is open is kept as a version, and "keep mine" keeps it', async () => {
    const an = await laptop('An');
    const bart = await laptop('Bart');
    const inspectionId = await inspectionWithAttachment(an.ctx, Buffer.from('x'), []);
    const obs = { inspectionId, className: '3A', subject: 'wiskunde', observedAt: '2026-11-02T09:10', scores: {}, notes: {}, onTask: 5, offTask: 1 };
    const shared = await callOk(an.ctx, 'saveObservation', obs);
    const first = join(laptops.dir(), 'a.dlpkg');
    await exportPackageTo(an.ctx, { inspectionId }, first);
    await importPackageFrom(bart.ctx, first);
    await callOk(bart.ctx, 'saveObservation', { ...obs, id: shared.id, subject: 'Frans' });
    await callOk(an.ctx, 'saveObservation', { ...obs, id: shared.id, subject: 'Latijn' });
    const back = join(laptops.dir(), 'b.dlpkg');
    await exportPackageTo(bart.ctx, { inspectionId }, back);
    await importPackageFrom(an.ctx, back);
    const [before] = await callOk<any[]>(an.ctx, 'listConflicts', { inspectionId });
    const mine = before.versions.find((v: any) => v.author === 'An');

    // An types into the observation on screen (her own version, the later one) while the conflict is open.
    await callOk(an.ctx, 'saveObservation', { ...obs, id: shared.id, subject: 'Latijn (4 lestijden)' });
    const stale = await call(an.ctx, 'resolveConflict', { inspectionId, entity: 'observation', entityId: before.entityId, keep: mine.rev });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict', field: 'keep', message: expect.stringMatching(/intussen gewijzigd/) } });
    const [now] = await callOk<any[]>(an.ctx, 'listConflicts', { inspectionId });
    expect(now.versions.map((v: any) => v.record.subject)).toEqual(['Latijn (4 lestijden)', 'Frans']);
    await callOk(an.ctx, 'resolveConflict', { inspectionId, entity: 'observation', entityId: now.entityId, keep: now.versions[0].rev });
    const saved = (await callOk(an.ctx, 'getOnsite', { inspectionId })).observations.find((o: any) => o.id === shared.id);
    expect(saved.subject).toBe('Latijn (4 lestijden)');
    expect(await callOk(an.ctx, 'listConflicts', { inspectionId })).toEqual([]);
  });

  it('hands a task-force plan over again and again, even though its inspection is final', async () => {
    const tf = await laptop('An');
    const colleague = await laptop('Bart', false);
    const [school] = await callOk<any[]>(tf.ctx, 'listSchools', { limit: 1 });
    const referral = { id: (await ownReferral(tf.ctx, school.instellingsnummer, { final: true })).referralId };
    const file = join(laptops.dir(), 'traject-1.dlpkg');
    await exportPackageTo(tf.ctx, { referralId: referral.id }, file);
    await importPackageFrom(colleague.ctx, file);
    const plan = await callOk(colleague.ctx, 'getReferral', { id: referral.id });
    await callOk(colleague.ctx, 'saveMilestone', { referralId: referral.id, title: 'Tweede evaluatie', dueDate: '2027-03-01', reachedOn: null });
    // The colleague rewrites a visit without its progress: that removal must travel, not come back.
    const visit = plan.visits[0];
    await callOk(colleague.ctx, 'saveVisit', { referralId: referral.id, id: visit.id, date: visit.date, participants: visit.participants, notes: visit.notes, progress: [] });
    const back = join(laptops.dir(), 'traject-2.dlpkg');
    await exportPackageTo(colleague.ctx, { referralId: referral.id }, back);
    const merged = await importPackageFrom(tf.ctx, back);
    expect(merged.conflicts).toBe(0);
    const after = await callOk(tf.ctx, 'getReferral', { id: referral.id });
    expect(after.milestones.map((m: any) => m.title)).toContain('Tweede evaluatie');
    expect(after.visits.find((v: any) => v.id === visit.id).progress).toEqual([]);
    // And a third hand-over the other way still works.
    const third = join(laptops.dir(), 'traject-3.dlpkg');
    await exportPackageTo(tf.ctx, { referralId: referral.id }, third);
    expect((await importPackageFrom(colleague.ctx, third)).conflicts).toBe(0);
  });

  it('the inspection status travels with the package', async () => {
    const an = await laptop('An');
    const bart = await laptop('Bart');
    const inspectionId = await inspectionWithAttachment(an.ctx, Buffer.from('x'), []);
    const file = join(laptops.dir(), 's.dlpkg');
    await exportPackageTo(an.ctx, { inspectionId }, file);
    await importPackageFrom(bart.ctx, file);
    const status = async (ctx: ServiceContext) => (await callOk(ctx, 'getInspection', { id: inspectionId })).inspection.status;
    expect(await status(bart.ctx)).toBe(await status(an.ctx));
    expect(await status(bart.ctx)).toBe('on_site');
  });
});
