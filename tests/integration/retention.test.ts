import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { upsertSchools } from '../../main/db/repositories/schools';
import { ratedInspection } from '../helpers/inspection-builder';
import { call, callOk, openTestServices, type TestServices } from '../helpers/services';

let services: TestServices;
let now = '2026-01-10T10:00:00.000Z';

beforeEach(async () => {
  now = '2026-01-10T10:00:00.000Z';
  services = await openTestServices({ now: () => new Date(now) });
  await services.ctx.db.transaction((tx) =>
    upsertSchools(tx, [{ instellingsnummer: '054321', name: 'Atheneum Aan Zee', level: 'secundair', form: 'gewoon', network: 'GO!', board: 'Scholengroep Kust', street: 'Zeedijk 1', postcode: '8400', municipality: 'Oostende', lop: 'LOP Oostende' }]),
  );
});
afterEach(() => services.close());

async function inspectionWithAttachment(content: string, final: boolean) {
  const inspection = { id: await ratedInspection(services.ctx, { instellingsnummer: '054321', startDate: '2026-01-05', ratings: [] }) };
  const evidence = await callOk(services.ctx, 'saveEvidence', { inspectionId: inspection.id, source: 'document_analysis', role: 'leadership', date: '2026-01-05', note: 'Schoolreglement', indicatorIds: ['km.1'] });
  const evidenceId = evidence.id;
  await callOk(services.ctx, 'addAttachment', { inspectionId: inspection.id, evidenceId, fileName: 'reglement.txt', mimeType: 'text/plain', base64: Buffer.from(content).toString('base64') });
  if (final) {
    await callOk(services.ctx, 'decideAdvice', { inspectionId: inspection.id, chosen: '1', motivation: '', guidanceObliged: false, reportDate: '2026-01-10' });
    await callOk(services.ctx, 'finalizeInspection', { inspectionId: inspection.id, acknowledgeWarnings: true });
  }
  return inspection.id as string;
}

const files = () => services.ctx.db.all<{ stored_name: string }>('SELECT stored_name FROM attachments');

describe('attachment retention', () => {
  it('removes, after confirmation of the count, only attachments of final inspections past the period', async () => {
    await inspectionWithAttachment('reglement van een afgesloten inspectie', true);
    await inspectionWithAttachment('reglement van een lopende inspectie', false);
    const [closedFile, openFile] = (await files()).map((f) => join(services.dataDir, 'attachments', f.stored_name));
    expect(existsSync(closedFile) && existsSync(openFile)).toBe(true);

    expect(await callOk(services.ctx, 'getRetention', {})).toMatchObject({ days: 365, expired: 0 });
    expect(await call(services.ctx, 'setRetention', { days: 10 })).toMatchObject({ ok: false, error: { field: 'days' } });
    await callOk(services.ctx, 'setRetention', { days: 30 });
    now = '2026-03-01T10:00:00.000Z';
    const due = await callOk(services.ctx, 'getRetention', {});
    expect(due).toMatchObject({ days: 30, expired: 1 });

    expect(await callOk(services.ctx, 'purgeExpiredAttachments', { expectedCount: 2 })).toMatchObject({ removed: 0, changed: true });
    expect(existsSync(closedFile)).toBe(true);
    expect(await callOk(services.ctx, 'purgeExpiredAttachments', { expectedCount: 1 })).toMatchObject({ removed: 1, changed: false });
    expect(existsSync(closedFile)).toBe(false);
    expect(existsSync(openFile)).toBe(true);
    expect(await files()).toHaveLength(1);
    const audit = await services.ctx.db.get<{ old_value: string }>(`SELECT old_value FROM audit_log WHERE entity = 'attachment' AND field = 'retention'`);
    expect(audit?.old_value).toBe('reglement.txt');
  });

  it('keeps a file that another attachment still shares', async () => {
    await inspectionWithAttachment('dezelfde inhoud', true);
    await inspectionWithAttachment('dezelfde inhoud', false);
    const [shared] = (await files()).map((f) => join(services.dataDir, 'attachments', f.stored_name));
    await callOk(services.ctx, 'setRetention', { days: 30 });
    now = '2026-03-01T10:00:00.000Z';
    expect(await callOk(services.ctx, 'purgeExpiredAttachments', { expectedCount: 1 })).toMatchObject({ removed: 1 });
    expect(existsSync(shared)).toBe(true);
  });
});
