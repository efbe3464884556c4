import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openServices } from '../../../main/app/open-services';
import { call, callOk, FRAMEWORK_FILE, openTestServices, RESOURCES_DIR, steppingClock, type TestServices } from '../../helpers/services';

let services: TestServices | undefined;
afterEach(async () => {
  await services?.close();
  services = undefined;
});

async function start(options: { actor?: string } = {}) {
  services = await openTestServices({ seedDemo: true, now: steppingClock(), ...options });
  const schools = await callOk<{ instellingsnummer: string }[]>(services.ctx, 'listSchools', {});
  const inspection = await callOk(services.ctx, 'createInspection', { instellingsnummer: schools[0].instellingsnummer, type: 'unannounced' });
  return { ctx: services.ctx, inspectionId: inspection.id as string, dataDir: services.dataDir };
}

describe('ratings: the shortcoming rule, the audit trail and undo', () => {
  it('refuses beneden without a shortcoming and writes nothing', async () => {
    const { ctx, inspectionId } = await start();
    const refused = await call(ctx, 'saveRating', { inspectionId, indicatorId: 'km.1', level: 'beneden', motivation: 'x' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'shortcomings' } });
    expect(refused).toMatchObject({ ok: false, error: { rule: 'shortcoming_required', params: { indicatorId: 'km.1' } } });
    expect(refused.ok || refused.error.message).toContain('tekort');
    // Only the creation is in the trail: the refused rating wrote nothing.
    expect((await callOk(ctx, 'listAudit', { inspectionId })).map((r: { field: string }) => r.field)).toEqual(['created']);
    const { ratings } = await callOk(ctx, 'getInspection', { id: inspectionId });
    expect(ratings).toEqual([]);
    const saved = await callOk(ctx, 'saveRating', { inspectionId, indicatorId: 'km.1', level: 'beneden', motivation: 'x', shortcomings: 'Geen routines bij wissels.' });
    expect(saved).toMatchObject({ level: 'beneden', shortcomings: 'Geen routines bij wissels.' });
  });

  it('keeps every change (who, when, old, new) and undoes the last one, one step at a time', async () => {
    const { ctx, inspectionId } = await start({ actor: 'An Peeters' });
    await callOk(ctx, 'saveRating', { inspectionId, indicatorId: 'km.2', level: 'benadert', motivation: 'eerste', strengths: 'sterk' });
    await callOk(ctx, 'saveRating', { inspectionId, indicatorId: 'km.2', level: 'volgens', motivation: 'tweede' });
    const audit = await callOk<any[]>(ctx, 'listAudit', { inspectionId });
    const level = audit.filter((a) => a.field === 'level');
    expect(level.map((a) => [a.oldValue, a.newValue])).toEqual([['benadert', 'volgens'], [null, 'benadert']]);
    expect(audit.every((a) => a.actor === 'An Peeters' && /^2024-10-01T/.test(a.at))).toBe(true);
    // The second save left strengths alone: it is not in that change.
    expect(audit.filter((a) => a.field === 'strengths')).toHaveLength(1);

    await callOk(ctx, 'undoLastChange', { inspectionId });
    let rating = (await callOk(ctx, 'getInspection', { id: inspectionId })).ratings[0];
    expect(rating).toMatchObject({ level: 'benadert', motivation: 'eerste', strengths: 'sterk' });
    await callOk(ctx, 'undoLastChange', { inspectionId });
    rating = (await callOk(ctx, 'getInspection', { id: inspectionId })).ratings[0];
    expect(rating).toMatchObject({ level: null, motivation: '', strengths: '' });
    // Undone changes and the undos themselves stay in the trail.
    const after = await callOk<any[]>(ctx, 'listAudit', { inspectionId });
    expect(after.length).toBeGreaterThan(audit.length);
    expect(await call(ctx, 'undoLastChange', { inspectionId })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('undo only takes back the acting inspector’s own changes; the profile name is the author', async () => {
    const { ctx, inspectionId } = await start({ actor: 'host-user' });
    await callOk(ctx, 'saveRating', { inspectionId, indicatorId: 'km.1', level: 'volgens', motivation: 'van host-user' });
    await callOk(ctx, 'saveProfile', { profileName: 'Inspecteur B', role: 'hoofdinspecteur' });
    expect(await callOk(ctx, 'getSettings', {})).toMatchObject({ profile: { name: 'Inspecteur B', role: 'hoofdinspecteur' } });
    const evidence = await callOk(ctx, 'saveEvidence', { inspectionId, source: 'interview_pupils', role: 'pupils', date: '2024-10-01', note: 'gesprek', indicatorIds: ['km.1'] });
    expect(evidence).toMatchObject({ createdBy: 'Inspecteur B', updatedBy: 'Inspecteur B' });
    expect(evidence.id).toMatch(/^[0-9a-f-]{36}$/);
    await callOk(ctx, 'undoLastChange', { inspectionId });
    expect((await callOk(ctx, 'getOnsite', { inspectionId })).evidence).toHaveLength(0);
    // Inspecteur B has nothing left to undo; host-user's rating stays.
    expect(await call(ctx, 'undoLastChange', { inspectionId })).toMatchObject({ ok: false });
    expect((await callOk(ctx, 'getInspection', { id: inspectionId })).ratings[0].level).toBe('volgens');
  });

  it('undoes an edit, a delete and a focus change of entries', async () => {
    const { ctx, inspectionId } = await start();
    const file = { inspectionId, label: 'D1', measure: 'temporary_exclusion', measureDate: '2024-03-01', guidance: 'yes', hearing: true, classCouncil: true, clb: true, handover: null, note: '' };
    const saved = await callOk(ctx, 'saveDisciplinaryFile', file);
    await callOk(ctx, 'saveDisciplinaryFile', { ...file, id: saved.id, guidance: 'no' });
    await callOk(ctx, 'deleteEntry', { inspectionId, kind: 'disciplinary_file', id: saved.id });
    expect((await callOk(ctx, 'getOnsite', { inspectionId })).files).toHaveLength(0);
    await callOk(ctx, 'undoLastChange', { inspectionId });
    expect((await callOk(ctx, 'getOnsite', { inspectionId })).files[0].guidance).toBe('no');
    await callOk(ctx, 'undoLastChange', { inspectionId });
    const onsite = await callOk(ctx, 'getOnsite', { inspectionId });
    expect(onsite.files[0]).toMatchObject({ id: saved.id, guidance: 'yes' });
    expect(onsite.summary.sample).toMatchObject({ files: 1, compliant: 1, pct: 100 });

    const focused = await callOk(ctx, 'setFocus', { inspectionId, focusDomains: ['disciplinary_policy', 'classroom_management'] });
    expect(focused.focusDomains).toEqual(['classroom_management', 'disciplinary_policy']);
    await callOk(ctx, 'undoLastChange', { inspectionId });
    expect((await callOk(ctx, 'getInspection', { id: inspectionId })).inspection.focusDomains).toEqual(['classroom_management', 'school_climate']);
    expect(await call(ctx, 'setFocus', { inspectionId, focusDomains: ['nope'] })).toMatchObject({ ok: false, error: { field: 'focusDomains' } });
  });
});

describe('evidence and attachments', () => {
  it('copies an attachment into the data folder with a matching SHA-256', async () => {
    const { ctx, inspectionId, dataDir } = await start();
    const evidence = await callOk(ctx, 'saveEvidence', { inspectionId, source: 'document_analysis', role: 'leadership', date: '2024-10-01', note: 'schoolreglement', indicatorIds: ['km.4', 'km.2'] });
    const bytes = Buffer.from('%PDF-1.4 schoolreglement\n'.repeat(100));
    const attachment = await callOk(ctx, 'addAttachment', { inspectionId, evidenceId: evidence.id, fileName: 'reglement.pdf', mimeType: 'application/pdf', base64: bytes.toString('base64') });
    const expected = createHash('sha256').update(bytes).digest('hex');
    expect(attachment).toMatchObject({ sha256: expected, bytes: bytes.length, storedName: `${expected}.pdf` });
    const onDisk = readFileSync(join(dataDir, 'attachments', attachment.storedName));
    expect(createHash('sha256').update(onDisk).digest('hex')).toBe(expected);
    const back = await callOk(ctx, 'getAttachment', { id: attachment.id });
    expect(Buffer.from(back.base64, 'base64').equals(bytes)).toBe(true);
    // A file changed behind our back is refused, not served.
    writeFileSync(join(dataDir, 'attachments', attachment.storedName), 'tampered');
    expect(await call(ctx, 'getAttachment', { id: attachment.id })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('refuses bad base64, an empty file and an oversized one, writing nothing', async () => {
    const { ctx, inspectionId, dataDir } = await start();
    const evidence = await callOk(ctx, 'saveEvidence', { inspectionId, source: 'data', role: 'leadership', date: '2024-10-01', note: '', indicatorIds: ['km.4'] });
    const base = { inspectionId, evidenceId: evidence.id, fileName: 'x.txt' };
    expect(await call(ctx, 'addAttachment', { ...base, base64: 'not base64!' })).toMatchObject({ ok: false, error: { field: 'base64' } });
    expect(await call(ctx, 'addAttachment', { ...base, base64: '' })).toMatchObject({ ok: false, error: { field: 'base64' } });
    const big = Buffer.alloc(10 * 1024 * 1024 + 1).toString('base64');
    expect(await call(ctx, 'addAttachment', { ...base, base64: big })).toMatchObject({ ok: false });
    expect(existsSync(join(dataDir, 'attachments'))).toBe(false);
    expect((await callOk(ctx, 'getOnsite', { inspectionId })).attachments).toHaveLength(0);
  });

  it('validates evidence: unknown indicator, no indicator, a role rather than a name', async () => {
    const { ctx, inspectionId } = await start();
    const base = { inspectionId, source: 'interview_pupils', role: 'pupils', date: '2024-10-01', note: '' };
    expect(await call(ctx, 'saveEvidence', { ...base, indicatorIds: ['zz.9'] })).toMatchObject({ ok: false, error: { field: 'indicatorIds' } });
    expect(await call(ctx, 'saveEvidence', { ...base, indicatorIds: [] })).toMatchObject({ ok: false, error: { field: 'indicatorIds' } });
    expect(await call(ctx, 'saveEvidence', { ...base, role: 'Jan Janssens', indicatorIds: ['km.1'] })).toMatchObject({ ok: false, error: { field: 'role' } });
  });

  it('derives progress, triangulation, observations, compliance and surveys in getOnsite', async () => {
    const { ctx, inspectionId } = await start();
    await callOk(ctx, 'saveEvidence', { inspectionId, source: 'classroom_observation', role: 'inspector', date: '2024-10-01', note: '', indicatorIds: ['km.1'] });
    await callOk(ctx, 'saveRating', { inspectionId, indicatorId: 'km.1', level: 'volgens', motivation: 'm' });
    let onsite = await callOk(ctx, 'getOnsite', { inspectionId });
    const km1 = () => onsite.summary.progress.find((p: any) => p.indicatorId === 'km.1');
    expect(km1()).toMatchObject({ rated: true, evidenceCount: 1, triangulationWarning: true });
    await callOk(ctx, 'saveEvidence', { inspectionId, source: 'interview_teachers', role: 'teacher', date: '2024-10-01', note: '', indicatorIds: ['km.1'] });
    await callOk(ctx, 'saveObservation', { inspectionId, className: '3B', subject: 'Wiskunde', observedAt: '2024-10-01T09:00', scores: { rust: 'volgens', routine: 'volgens', regelmaat: 'benadert', relatie: 'overstijgt' }, notes: { rust: 'kalm' }, onTask: 8, offTask: 2 });
    await callOk(ctx, 'saveSurveyTally', { inspectionId, question: 'pupils_safe_respected', groupName: '2de graad', agree: 30, respondents: 40 });
    expect(await call(ctx, 'saveSurveyTally', { inspectionId, question: 'pupils_safe_respected', groupName: 'x', agree: 5, respondents: 4 })).toMatchObject({ ok: false, error: { field: 'agree' } });
    onsite = await callOk(ctx, 'getOnsite', { inspectionId });
    // Two evidence items and the observation's two scores that inform km.1 (rust, routine).
    expect(km1()).toMatchObject({ evidenceCount: 4, triangulationWarning: false });
    // An observation is a source too: km.3 rests on it alone, so it counts one kind.
    expect(onsite.summary.sourceKinds['km.3']).toEqual(['classroom_observation']);
    expect(onsite.summary.timeOnTask).toMatchObject({ pct: 80 });
    expect(onsite.summary.observations.find((o: any) => o.indicatorId === 'km.3')).toMatchObject({ suggested: 'overstijgt' });
    expect(onsite.summary.surveys[0]).toMatchObject({ agree: 30, respondents: 40, pct: 75 });
    expect(onsite.signals.length).toBeGreaterThan(0);
    const totals = await callOk(ctx, 'surveyTotals', {});
    expect(totals[0]).toMatchObject({ agree: 30, respondents: 40 });
  });
});

describe('framework versions are pinned', () => {
  it('a newer framework file does not change an old inspection', async () => {
    const resourcesDir = mkdtempSync(join(tmpdir(), 'doorlicht-res-'));
    const dataDir = mkdtempSync(join(tmpdir(), 'doorlicht-data-'));
    try {
      // A copy of the shipped resources, so that a newer framework file can be added beside v1.
      cpSync(RESOURCES_DIR, resourcesDir, { recursive: true });
      const frameworksDir = join(resourcesDir, 'frameworks');
      const first = await openServices({ dataDir, resourcesDir, seedDemo: true, actor: 't' });
      const [school] = await callOk(first.ctx, 'listSchools', {});
      const old = await callOk(first.ctx, 'createInspection', { instellingsnummer: school.instellingsnummer, type: 'full' });
      await first.close();

      const v2 = JSON.parse(readFileSync(FRAMEWORK_FILE, 'utf8'));
      v2.version = '2.0';
      v2.domains[0].indicators[0].title.nl = 'Nieuwe titel in versie 2';
      v2.domains = v2.domains.slice(0, 2);
      writeFileSync(join(frameworksDir, 'goed-gedragen.v2.json'), JSON.stringify(v2));
      const second = await openServices({ dataDir, resourcesDir, seedDemo: true, actor: 't' });
      try {
        const before = await callOk(second.ctx, 'getInspection', { id: old.id });
        expect(before.framework.version).toBe('1.1');
        expect(before.framework.domains).toHaveLength(8);
        expect(before.framework.domains[0].indicators[0].title.nl).not.toBe('Nieuwe titel in versie 2');
        // Ratings and focus changes on the old inspection still use its own version.
        await callOk(second.ctx, 'saveRating', { inspectionId: old.id, indicatorId: 'sc.demandingness', level: 'volgens', motivation: 'm' });
        await callOk(second.ctx, 'setFocus', { inspectionId: old.id, focusDomains: ['school_climate'] });
        const fresh = await callOk(second.ctx, 'createInspection', { instellingsnummer: school.instellingsnummer, type: 'full' });
        expect(fresh.frameworkVersion).toBe('2.0');
        expect(await call(second.ctx, 'setFocus', { inspectionId: fresh.id, focusDomains: ['school_climate'] })).toMatchObject({ ok: false });
      } finally {
        await second.close();
      }
    } finally {
      rmSync(resourcesDir, { recursive: true, force: true });
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

