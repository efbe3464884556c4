import { PACKAGE_SCHEMA_VERSION } from '../../main/exchange/container';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPackageTo, importPackageFrom } from '../../main/cli/package-transfer';
import { SYNC_TABLES } from '../../main/db/repositories/sync-tables';
import { writePackage } from '../../main/exchange/container';
import type { ServiceContext } from '../../main/services/context';
import { useLaptops } from '../helpers/exchange';
import { call, callOk, steppingClock, tableCounts } from '../helpers/services';
import { ownReferral } from '../helpers/own-referral';

/**
 * Two (or three) workbenches, each on its own data folder, exchanging
 * packages of one inspection through the same operations the UI uses.
 */

const laptops = useLaptops();

async function laptop(actor: string, seedDemo = false) {
  const s = await laptops.laptop(actor, { seedDemo, now: steppingClock(actor === 'An' ? '2026-11-02T08:00:00.000Z' : '2026-11-02T09:00:00.000Z') });
  return s.ctx;
}

async function newInspection(ctx: ServiceContext) {
  const schools = await callOk<{ instellingsnummer: string }[]>(ctx, 'listSchools', {});
  return (await callOk(ctx, 'createInspection', { instellingsnummer: schools[0].instellingsnummer, type: 'full' })).id as string;
}

let fileNo = 0;
async function send(from: ServiceContext, to: ServiceContext, inspectionId: string, passphrase?: string) {
  const file = join(laptops.dir(), `pakket-${++fileNo}.dlpkg`);
  await exportPackageTo(from, { inspectionId, passphrase }, file);
  return { file, result: await importPackageFrom(to, file, passphrase) };
}

/** The synced tables of one inspection as plain rows, sorted: what "the same state" means between two laptops. */
async function content(ctx: ServiceContext, inspectionId: string) {
  const out: Record<string, unknown[]> = {};
  for (const t of SYNC_TABLES) {
    const rows = await ctx.db.all<Record<string, unknown>>(`SELECT * FROM ${t.table} WHERE ${t.scope}`, [inspectionId]);
    const cleaned = rows.map((r) => (t.entity === 'inspection' ? { ...r, updated_at: null } : r));
    out[t.entity] = cleaned.map((r) => JSON.stringify(r)).sort();
  }
  return out;
}

const observation = (inspectionId: string, fields: Partial<Record<string, unknown>> = {}) => ({
  inspectionId,
  className: '3A',
  subject: 'wiskunde',
  observedAt: '2026-11-02T09:10',
  scores: { relatie: 'volgens' },
  notes: { relatie: 'rustige start' },
  onTask: 20,
  offTask: 2,
  ...fields,
});

describe('exchanging an inspection between laptops', () => {
  it('brings the whole inspection, attachments included, to a workbench that has never seen it', async () => {
    const an = await laptop('An', true);
    const bart = await laptop('Bart');
    const inspectionId = await newInspection(an);
    const evidence = await callOk(an, 'saveEvidence', { inspectionId, source: 'document_analysis', role: 'leadership', date: '2026-11-02', note: 'Tuchtreglement 2025', indicatorIds: ['tb.1'] });
    const bytes = Buffer.from('%PDF-1.4 tuchtreglement');
    await callOk(an, 'addAttachment', { inspectionId, evidenceId: evidence.id, fileName: 'reglement.pdf', mimeType: 'application/pdf', base64: bytes.toString('base64') });
    await callOk(an, 'saveObservation', observation(inspectionId));
    await callOk(an, 'saveRating', { inspectionId, indicatorId: 'km.1', level: 'volgens', motivation: 'Heldere routines' });

    const { result } = await send(an, bart, inspectionId);
    expect(result).toMatchObject({ inspectionId, author: 'An', updated: 0, same: 0, conflicts: 0 });
    expect(result.added).toBe(5); // inspection, evidence, attachment, observation, rating
    expect(await content(bart, inspectionId)).toEqual(await content(an, inspectionId));
    const sha = createHash('sha256').update(bytes).digest('hex');
    const { dataDir } = laptops.opened[1];
    expect(readFileSync(join(dataDir, 'attachments', `${sha}.pdf`))).toEqual(bytes);
    // Merging the same package again changes nothing at all.
    const before = await tableCounts(bart);
    const { result: again } = await send(an, bart, inspectionId);
    expect(again).toMatchObject({ added: 0, updated: 0, conflicts: 0, same: 5 });
    expect({ ...(await tableCounts(bart)), exchange_log: 0, audit_log: 0 }).toEqual({ ...before, exchange_log: 0, audit_log: 0 });
  });

  it('merges concurrent work both ways to the same result, with one conflict the lead resolves', async () => {
    const an = await laptop('An', true);
    const bart = await laptop('Bart');
    const inspectionId = await newInspection(an);
    const shared = await callOk(an, 'saveObservation', observation(inspectionId));
    await send(an, bart, inspectionId);

    // On site, apart: both change the shared observation differently, both rate km.1 the same way, each adds own work.
    await callOk(an, 'saveObservation', observation(inspectionId, { id: shared.id, onTask: 25 }));
    await callOk(bart, 'saveObservation', observation(inspectionId, { id: shared.id, onTask: 18, notes: { relatie: 'onrustig na de pauze' } }));
    await callOk(an, 'saveRating', { inspectionId, indicatorId: 'km.1', level: 'volgens', motivation: 'Heldere routines' });
    await callOk(bart, 'saveRating', { inspectionId, indicatorId: 'km.1', level: 'volgens', motivation: 'Heldere routines' });
    await callOk(an, 'saveObservation', observation(inspectionId, { className: '4B' }));
    await callOk(bart, 'saveRating', { inspectionId, indicatorId: 'km.2', level: 'benadert', motivation: 'Wisselend' });

    const { file: fromAn } = await send(an, bart, inspectionId);
    const { result: intoAn } = await send(bart, an, inspectionId);
    expect(intoAn).toMatchObject({ added: 1, conflicts: 1 });
    expect(intoAn.conflictEntries).toEqual([{ entity: 'observation', entityId: JSON.stringify([shared.id]) }]);
    expect(await content(an, inspectionId)).toEqual(await content(bart, inspectionId));

    // The lead sees both versions side by side, her own first, with the fields that differ.
    const [conflict] = await callOk<any[]>(an, 'listConflicts', { inspectionId });
    expect(conflict.versions.map((v: any) => v.author)).toEqual(['An', 'Bart']);
    expect(conflict.differing.sort()).toEqual(['notes', 'on_task']);
    // Re-importing An's earlier package into Bart changes nothing.
    expect((await importPackageFrom(bart, fromAn)).conflicts).toBe(0);

    // She edits: Bart's note with her count.
    const bartsVersion = conflict.versions[1];
    await callOk(an, 'resolveConflict', { inspectionId, entity: 'observation', entityId: conflict.entityId, keep: bartsVersion.rev, edited: { on_task: 25 } });
    expect(await callOk(an, 'listConflicts', { inspectionId })).toEqual([]);
    const onsite = await callOk(an, 'getOnsite', { inspectionId });
    expect(onsite.observations.find((o: any) => o.id === shared.id)).toMatchObject({ onTask: 25, notes: { relatie: 'onrustig na de pauze' } });

    // Her resolution reaches Bart and settles his copy too.
    const { result: resolved } = await send(an, bart, inspectionId);
    expect(resolved).toMatchObject({ conflicts: 0, updated: 1 });
    expect(await callOk(bart, 'listConflicts', { inspectionId })).toEqual([]);
    expect(await content(bart, inspectionId)).toEqual(await content(an, inspectionId));

    // The audit trail says where each change came from.
    const audit = await callOk<any[]>(an, 'listAudit', { inspectionId });
    expect(audit.find((a) => a.field === 'merge_conflict')?.origin).toMatch(/pakket .* van Bart/);
    expect(audit.find((a) => a.field === 'merge_resolved')?.origin).toMatch(/conflict opgelost door An: bewerkt vanuit de versie van Bart/);
  });

  it('three laptops that exchange in different orders end in the same state, with one conflict of three versions', async () => {
    const an = await laptop('An', true);
    const bart = await laptop('Bart');
    const chris = await laptop('Chris');
    const inspectionId = await newInspection(an);
    const shared = await callOk(an, 'saveObservation', observation(inspectionId));
    await send(an, bart, inspectionId);
    await send(an, chris, inspectionId);
    for (const [ctx, onTask, own] of [[an, 21, '1A'], [bart, 22, '2B'], [chris, 23, '3C']] as const) {
      await callOk(ctx, 'saveObservation', observation(inspectionId, { id: shared.id, onTask }));
      await callOk(ctx, 'saveObservation', observation(inspectionId, { className: own }));
    }
    // Bart hears from Chris first, An from Bart then Chris, Chris from An last.
    await send(chris, bart, inspectionId);
    await send(bart, an, inspectionId);
    await send(chris, an, inspectionId);
    await send(an, chris, inspectionId);
    await send(an, bart, inspectionId);
    const state = await content(an, inspectionId);
    expect(await content(bart, inspectionId)).toEqual(state);
    expect(await content(chris, inspectionId)).toEqual(state);
    const [conflict] = await callOk<any[]>(chris, 'listConflicts', { inspectionId });
    expect(conflict.versions.map((v: any) => v.author)).toEqual(['Chris', 'Bart', 'An']);
    expect(conflict.versions.map((v: any) => v.record.on_task).sort()).toEqual([21, 22, 23]);
    expect(state.observation).toHaveLength(4);
  });

  it('hands a task-force plan to a colleague as a referral package', async () => {
    const tf = await laptop('An', true);
    const colleague = await laptop('Bart');
    const [school] = await callOk<any[]>(tf, 'listSchools', { limit: 1 });
    const own = await ownReferral(tf, school.instellingsnummer);
    const referral = { id: own.referralId, inspectionId: own.inspectionId };
      const file = join(laptops.dir(), 'traject.dlpkg');
    await exportPackageTo(tf, { referralId: referral.id }, file);
    const result = await importPackageFrom(colleague, file);
    expect(result.kind).toBe('referral');
    const plan = await callOk(colleague, 'getReferral', { id: referral.id });
    const original = await callOk(tf, 'getReferral', { id: referral.id });
    expect(plan.goals).toEqual(original.goals);
    expect(plan.visits).toEqual(original.visits);
    // A referral package carries the plan, not the on-site record.
    expect((await callOk(colleague, 'getOnsite', { inspectionId: referral.inspectionId })).evidence).toEqual([]);
  });
});

describe('a package that is not right is refused and changes nothing', () => {
  async function prepared() {
    const an = await laptop('An', true);
    const bart = await laptop('Bart', true);
    const inspectionId = await newInspection(an);
    await callOk(an, 'saveObservation', observation(inspectionId));
      return { an, bart, inspectionId };
  }

  async function refused(ctx: ServiceContext, file: string, passphrase?: string) {
    const before = await tableCounts(ctx);
    const error = await importPackageFrom(ctx, file, passphrase).then(
      () => null,
      (e: { code: string; message: string; field?: string }) => e,
    );
    expect(await tableCounts(ctx)).toEqual(before);
    if (!error) throw new Error('the package was accepted');
    return error;
  }

  it('tampered, cut short, wrong or missing passphrase', async () => {
    const { an, bart, inspectionId } = await prepared();
    const plain = join(laptops.dir(), 'plain.dlpkg');
    await exportPackageTo(an, { inspectionId }, plain);
    const bytes = readFileSync(plain);
    const flipped = Buffer.from(bytes);
    flipped[Math.floor(bytes.length / 2)] ^= 0x20;
    writeFileSync(join(laptops.dir(), 'flipped.dlpkg'), flipped);
    expect((await refused(bart, join(laptops.dir(), 'flipped.dlpkg'))).message).toMatch(/flipped\.dlpkg is gewijzigd of beschadigd/);
    writeFileSync(join(laptops.dir(), 'short.dlpkg'), bytes.subarray(0, bytes.length - 100));
    expect((await refused(bart, join(laptops.dir(), 'short.dlpkg'))).message).toMatch(/short\.dlpkg is onvolledig/);

    const secret = join(laptops.dir(), 'secret.dlpkg');
    await exportPackageTo(an, { inspectionId, passphrase: 'correct horse battery' }, secret);
    expect(readFileSync(secret).includes(Buffer.from('rustige start'))).toBe(false);
    expect(await refused(bart, secret)).toMatchObject({ field: 'passphrase', message: expect.stringMatching(/versleuteld/) });
    expect(await refused(bart, secret, 'wrong horse battery')).toMatchObject({ field: 'passphrase', message: expect.stringMatching(/wachtwoordzin past niet/) });
    expect((await importPackageFrom(bart, secret, 'correct horse battery')).added).toBe(2);
  });

  it('made by a newer schema, or reaching into another inspection, or with unknown columns', async () => {
    const { an, bart, inspectionId } = await prepared();
    const plain = join(laptops.dir(), 'base.dlpkg');
    await exportPackageTo(an, { inspectionId }, plain);
    const records = await laptops.recordsOf(an, inspectionId);
    const write = (name: string, body: unknown, schemaVersion?: number) =>
      writePackage(join(laptops.dir(), name), { packageId: crypto.randomUUID(), kind: 'inspection', subjectId: inspectionId, createdAt: '2026-11-02T10:00:00.000Z', createdBy: 'An', appVersion: '9.9.9' }, [{ name: 'records.json', data: Buffer.from(JSON.stringify(body)) }], { schemaVersion });

    await write('newer.dlpkg', records, PACKAGE_SCHEMA_VERSION + 1);
    expect((await refused(bart, join(laptops.dir(), 'newer.dlpkg'))).message).toContain(`nieuwere versie van Doorlicht (schema ${PACKAGE_SCHEMA_VERSION + 1})`);

    const other = await newInspection(bart);
    const reaching = structuredClone(records);
    reaching.entries.find((e: any) => e.entity === 'observation').heads[0].record.inspection_id = other;
    await write('reaching.dlpkg', reaching);
    expect((await refused(bart, join(laptops.dir(), 'reaching.dlpkg'))).message).toMatch(/reaching\.dlpkg: entries\[\d+\] \(observation .*\): hoort bij een andere inspectie/);

    const extra = structuredClone(records);
    extra.entries.find((e: any) => e.entity === 'observation').heads[0].record.secret_column = 'x';
    await write('extra.dlpkg', extra);
    expect((await refused(bart, join(laptops.dir(), 'extra.dlpkg'))).message).toMatch(/kolom 'secret_column' bestaat niet in observations/);
  });

  it('into an inspection that is already final', async () => {
    const { an, inspectionId } = await prepared();
    const bart = await laptop('Bart', true);
    await send(an, bart, inspectionId);
    await bart.db.run(`UPDATE inspections SET status = 'final' WHERE id = ?`, [inspectionId]);
    // The same versions again change nothing, whatever the record's state: accepted as "same" (sync repeats constantly).
    const again = join(laptops.dir(), 'again.dlpkg');
    await exportPackageTo(an, { inspectionId }, again);
    const repeated = await importPackageFrom(bart, again);
    expect({ added: repeated.added, updated: repeated.updated, conflicts: repeated.conflicts }).toEqual({ added: 0, updated: 0, conflicts: 0 });
    // Only a real change to the final record is refused.
    await callOk(an, 'saveObservation', observation(inspectionId, { className: '4B' }));
    const file = join(laptops.dir(), 'late.dlpkg');
    await exportPackageTo(an, { inspectionId }, file);
    expect((await refused(bart, file)).message).toMatch(/definitief; heropen ze eerst/);
  });
});

describe('nothing is lost in the data folder', () => {
  it('removes an exported package once it has been read out', async () => {
    const an = await laptop('An', true);
    const inspectionId = await newInspection(an);
      const exported = await exportPackageTo(an, { inspectionId }, join(laptops.dir(), 'x.dlpkg'));
    expect(existsSync(join(laptops.opened[0].dataDir, 'exchange', 'outgoing', `${exported.packageId}.dlpkg`))).toBe(false);
  });
});

describe('undo after a merge', () => {
  it('does not take back a change from before the merge, so merged work is never undone silently', async () => {
    const an = await laptop('An', true);
    const bart = await laptop('Bart');
    const inspectionId = await newInspection(an);
    await callOk(an, 'saveRating', { inspectionId, indicatorId: 'km.1', level: 'volgens', motivation: 'eerste' });
    await send(an, bart, inspectionId);
    await callOk(bart, 'saveRating', { inspectionId, indicatorId: 'km.1', level: 'volgens', motivation: 'aangevuld door Bart' });
    await send(bart, an, inspectionId);
    const refused = await call(an, 'undoLastChange', { inspectionId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/vóór het samenvoegen/) } });
    expect((await callOk(an, 'getInspection', { id: inspectionId })).ratings[0].motivation).toBe('aangevuld door Bart');
    // A change made after the merge can be undone as always.
    await callOk(an, 'saveRating', { inspectionId, indicatorId: 'km.2', level: 'benadert', motivation: 'na de merge' });
    expect((await call(an, 'undoLastChange', { inspectionId })).ok).toBe(true);
  });
});
