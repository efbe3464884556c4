import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '../../main/domain/onsite/evidence';
import { ATTACHMENTS_DIR } from '../../main/services/evidence';
import { readCredential } from '../../main/services/sync/credential';
import { receiveFiles } from '../../main/services/sync/files';
import { SYNC_API } from '../../main/services/sync/protocol';
import { enrolledLaptop, requirePostgres, startCentral, type TestCentral } from '../helpers/central';
import { ratedInspection } from '../helpers/inspection-builder';
import { callOk, steppingClock, type TestServices } from '../helpers/services';

/**
 * Attachment files travel by sync (central/files.ts, main/services/sync/files.ts),
 * on a real PostgreSQL and real laptops' data folders: after their rows, to
 * whoever may read those rows, checked by SHA-256 at both ends.
 */

let run = false;
beforeAll(async () => {
  run = await requirePostgres();
});

const opened: TestServices[] = [];
let central: TestCentral | undefined;
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
  await central?.close();
  central = undefined;
});

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** A raw HTTP request (the server's answer even when it stops reading the body), optionally sent in chunks without a declared length. */
function raw(method: string, path: string, credential: string, body?: Buffer, chunked = false): Promise<{ status: number; body: Buffer }> {
  const url = new URL(`${central!.url}${SYNC_API}${path}`);
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { authorization: `Bearer ${credential}` };
    if (body && !chunked) headers['content-length'] = body.length;
    const req = request({ host: url.hostname, port: url.port, path: url.pathname, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    // The server may answer and close before the whole body is written: that answer is what counts.
    req.on('error', () => {});
    if (body && chunked) {
      for (let at = 0; at < body.length; at += 1024 * 1024) req.write(body.subarray(at, at + 1024 * 1024));
      req.end();
    } else req.end(body);
  });
}

const filesStored = async () => Number((await central!.pool.query<{ n: string }>('SELECT count(*) AS n FROM files')).rows[0].n);

async function teamWithPhoto() {
  central = await startCentral();
  const a = await enrolledLaptop(central, opened, { name: 'Anna Lead', role: 'lead', teams: ['Gent'], profileRole: 'hoofdinspecteur' }, steppingClock('2027-03-01T08:00:00.000Z'));
  const b = await enrolledLaptop(central, opened, { name: 'Bert Inspecteur', role: 'inspector', teams: ['Gent'] }, steppingClock('2027-03-01T09:00:00.000Z'));
  await callOk(a.ctx, 'syncNow', {});
  const school = (await callOk<Array<{ instellingsnummer: string }>>(a.ctx, 'listSchools', {}))[0].instellingsnummer;
  const inspectionId = await ratedInspection(a.ctx, { instellingsnummer: school, ratings: [{ indicatorId: 'km.1', level: 'beneden', text: 'Lessen starten laat.' }] });
  const evidence = await callOk(a.ctx, 'saveEvidence', { inspectionId, source: 'interview_pupils', role: 'pupils', date: '2027-03-02', note: 'bord in de klas', indicatorIds: ['km.1'] });
  const photo = randomBytes(200_000);
  const attachment = await callOk(a.ctx, 'addAttachment', { inspectionId, evidenceId: evidence.id, fileName: 'bord.png', mimeType: 'image/png', base64: photo.toString('base64') });
  return { a, b, school, inspectionId, photo, attachment: attachment as { id: string; sha256: string; storedName: string } };
}

describe('attachment files travel by sync', () => {
  it('a photo added on laptop A opens on laptop B with the same bytes; syncing again moves no file', async () => {
    if (!run) return;
    const { a, b, photo, attachment } = await teamWithPhoto();
    expect(attachment.sha256).toBe(sha(photo));
    const sent = await callOk(a.ctx, 'syncNow', {});
    expect([sent.filesSent, sent.filesReceived, sent.fileErrors]).toEqual([1, 0, []]);
    const received = await callOk(b.ctx, 'syncNow', {});
    expect([received.filesSent, received.filesReceived, received.fileErrors]).toEqual([0, 1, []]);
    const atB = await callOk<{ base64: string; sha256: string }>(b.ctx, 'getAttachment', { id: attachment.id });
    expect(Buffer.from(atB.base64, 'base64').equals(photo)).toBe(true);
    expect(atB.sha256).toBe(sha(photo));
    for (const laptop of [a, b, a]) {
      const again = await callOk(laptop.ctx, 'syncNow', {});
      expect([again.filesSent, again.filesReceived]).toEqual([0, 0]);
    }
    expect(await filesStored()).toBe(1);
  });

  it('a file the centre sends with another hash is never written, and is counted', async () => {
    if (!run) return;
    const { a, b, attachment } = await teamWithPhoto();
    await callOk(a.ctx, 'syncNow', {});
    await central!.pool.query("UPDATE files SET content = '\\x00'::bytea");
    const result = await callOk(b.ctx, 'syncNow', {});
    expect(result.filesReceived).toBe(0);
    expect(result.fileErrors.map((f: { sha256: string }) => f.sha256)).toEqual([attachment.sha256]);
    expect(existsSync(join(b.ctx.dataDir, ATTACHMENTS_DIR, attachment.storedName))).toBe(false);
  });

  it('an outsider cannot fetch the file (404, as for none); a wrong hash (400) and an oversized body (413) store nothing; the same file twice changes nothing', async () => {
    if (!run) return;
    const { a, photo, attachment } = await teamWithPhoto();
    await callOk(a.ctx, 'syncNow', {});
    const outsider = await enrolledLaptop(central!, opened, { name: 'Olga Buiten', role: 'inspector', teams: ['Antwerpen'] });
    const olga = readCredential(outsider.ctx)!;
    expect((await raw('GET', `/files/${attachment.sha256}`, olga)).status).toBe(404);
    expect((await raw('GET', `/files/${'0'.repeat(64)}`, olga)).status).toBe(404);
    expect((await raw('PUT', `/files/${attachment.sha256}`, olga, photo)).status).toBe(404);

    const anna = readCredential(a.ctx)!;
    await central!.pool.query('DELETE FROM files');
    // The centre lacks it again: the laptop is told so, and no one else is.
    const ask = async (credential: string) => JSON.parse((await raw('POST', '/files/missing', credential, Buffer.from(JSON.stringify({ hashes: [attachment.sha256] })))).body.toString('utf8')).missing;
    expect(await ask(anna)).toEqual([attachment.sha256]);
    expect(await ask(olga)).toEqual([]);

    const wrong = await raw('PUT', `/files/${attachment.sha256}`, anna, Buffer.concat([photo, Buffer.from('x')]));
    expect(wrong.status).toBe(400);
    const huge = Buffer.alloc(MAX_ATTACHMENT_BYTES + 1, 7);
    expect((await raw('PUT', `/files/${attachment.sha256}`, anna, huge)).status).toBe(413);
    expect((await raw('PUT', `/files/${attachment.sha256}`, anna, huge, true)).status).toBe(413);
    expect(await filesStored()).toBe(0);

    const first = await raw('PUT', `/files/${attachment.sha256}`, anna, photo);
    expect([first.status, JSON.parse(first.body.toString('utf8'))]).toEqual([200, { stored: true }]);
    const second = await raw('PUT', `/files/${attachment.sha256}`, anna, photo);
    expect([second.status, JSON.parse(second.body.toString('utf8'))]).toEqual([200, { stored: false }]);
    expect(await filesStored()).toBe(1);
    expect((await raw('GET', `/files/${attachment.sha256}`, anna)).body.equals(photo)).toBe(true);
    expect((await raw('GET', `/files/${attachment.sha256}`, olga)).status).toBe(404);
    // A revoked laptop is refused as on every route, and logged.
    const { revokeDevice } = await import('../../central/accounts');
    await revokeDevice(central!.pool, a.deviceId);
    expect((await raw('GET', `/files/${attachment.sha256}`, anna)).status).toBe(403);
    expect(central!.log.lines.some((l) => l.event === 'revoked_device_refused' && l.deviceId === a.deviceId)).toBe(true);
  });

  it('a cut mid-file leaves no file behind and the next sync brings it', async () => {
    if (!run) return;
    const { a, b, photo, attachment } = await teamWithPhoto();
    await callOk(a.ctx, 'syncNow', {});
    await callOk(b.ctx, 'syncNow', {});
    const target = join(b.ctx.dataDir, ATTACHMENTS_DIR, attachment.storedName);
    rmSync(target);
    // A centre that cuts the connection halfway through the file: the fetch fails, nothing is written (not even a part).
    const cutting = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': photo.length });
      res.write(photo.subarray(0, photo.length / 2), () => res.destroy());
    });
    await new Promise<void>((resolve) => cutting.listen(0, '127.0.0.1', resolve));
    const port = (cutting.address() as AddressInfo).port;
    const totals = { sent: 0, received: 0, failed: [] };
    await expect(receiveFiles(b.ctx, { server: `http://127.0.0.1:${port}`, credential: 'x' }, totals)).rejects.toMatchObject({ code: 'unavailable' });
    await new Promise<void>((resolve) => cutting.close(() => resolve()));
    expect(readdirSync(join(b.ctx.dataDir, ATTACHMENTS_DIR))).toEqual([]);
    expect(totals.received).toBe(0);
    const again = await callOk(b.ctx, 'syncNow', {});
    expect(again.filesReceived).toBe(1);
    expect(Buffer.from((await callOk<{ base64: string }>(b.ctx, 'getAttachment', { id: attachment.id })).base64, 'base64').equals(photo)).toBe(true);
  });

  it('a task-force member gets the visit file of the referral assigned to them; another member does not', async () => {
    if (!run) return;
    central = await startCentral();
    const a = await enrolledLaptop(central, opened, { name: 'Anna Lead', role: 'lead', teams: ['Gent'], profileRole: 'hoofdinspecteur' }, steppingClock('2027-03-01T08:00:00.000Z'));
    await callOk(a.ctx, 'syncNow', {});
    const school = (await callOk<Array<{ instellingsnummer: string }>>(a.ctx, 'listSchools', {}))[0].instellingsnummer;
    const inspectionId = await ratedInspection(a.ctx, { instellingsnummer: school, ratings: [{ indicatorId: 'km.1', level: 'beneden', text: 'Lessen starten laat.' }] });
    await callOk(a.ctx, 'decideAdvice', { inspectionId, chosen: '2B', motivation: 'Ernstige tekorten; opnieuw inspecteren na begeleiding.', guidanceObliged: true, reportDate: '2027-03-12' });
    const referralId = (await callOk(a.ctx, 'openReferral', { inspectionId })).referral.id as string;
    await callOk(a.ctx, 'saveReferralSetup', { referralId, assignedMember: 'Chris Taskforce', planDueOn: '2027-05-01' });
    const visited = await callOk(a.ctx, 'saveVisit', { referralId, date: '2027-02-28', participants: 'Directie', notes: 'Kennismaking.', progress: [] });
    const file = Buffer.from('verslag van het kennismakingsbezoek');
    const plan = await callOk(a.ctx, 'addVisitAttachment', { referralId, visitId: visited.visits[0].id, fileName: 'verslag.txt', mimeType: 'text/plain', base64: file.toString('base64') });
    const visitAttachment = plan.attachments[0] as { id: string; sha256: string };
    expect((await callOk(a.ctx, 'syncNow', {})).filesSent).toBe(1);

    const c = await enrolledLaptop(central, opened, { name: 'Chris Taskforce', role: 'taskforce', schools: [school], profileRole: 'taskforce' }, steppingClock('2027-03-20T08:00:00.000Z'));
    const d = await enrolledLaptop(central, opened, { name: 'Dana Taskforce', role: 'taskforce', schools: [school], profileRole: 'taskforce' }, steppingClock('2027-03-21T08:00:00.000Z'));
    const synced = await callOk(c.ctx, 'syncNow', {});
    expect([synced.filesReceived, synced.fileErrors]).toEqual([1, []]);
    const atC = await callOk<{ base64: string }>(c.ctx, 'getAttachment', { id: visitAttachment.id });
    expect(Buffer.from(atC.base64, 'base64').equals(file)).toBe(true);
    expect((await callOk(d.ctx, 'syncNow', {})).filesReceived).toBe(0);
    expect((await raw('GET', `/files/${visitAttachment.sha256}`, readCredential(d.ctx)!)).status).toBe(404);
  });
});
