import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { intBetween, seededRandom } from '../../main/domain/random';
import { requirePostgres, startCentral, type TestCentral, sharedInspection, syncedContent } from '../helpers/central';
import { cuttingProxy, type CuttingProxy } from '../helpers/cutting-proxy';
import { call, callOk, openTestServices, steppingClock, type TestServices } from '../helpers/services';

/**
 * Syncs cut off at seeded random bytes of the push or the pull (≥ 20 cuts),
 * with edits in between; then an uncut sync: converged, nothing duplicated,
 * nothing lost. The server writes a push in one transaction, and the laptop
 * records its sync point only after a page is merged.
 */

let run = false;
beforeAll(async () => {
  run = await requirePostgres();
});
const opened: TestServices[] = [];
let central: TestCentral | undefined;
let proxy: CuttingProxy | undefined;
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
  await proxy?.close();
  await central?.close();
});


async function laptop(name: string, start: string) {
  const s = await openTestServices({ seedDemo: false, actor: name, now: steppingClock(start) });
  opened.push(s);
  await callOk(s.ctx, 'saveProfile', { profileName: name, role: 'inspecteur' });
  const { code } = await central!.user({ name, role: 'inspector', teams: ['Gent'] });
  await callOk(s.ctx, 'enrolDevice', { server: proxy!.url, code });
  return s.ctx;
}

describe('a sync cut off at any byte', () => {
  it('converges after ≥ 20 seeded cuts of push and pull, with edits in between', async () => {
    if (!run) return;
    central = await startCentral();
    proxy = await cuttingProxy(central.url);
    const a = await laptop('Anna', '2027-03-01T08:00:00.000Z');
    const b = await laptop('Bert', '2027-03-01T09:00:00.000Z');
    const inspectionId = await sharedInspection([a, b]);

    const random = seededRandom(16);
    const made: string[] = [];
    let failures = 0;
    let cutAfterCommit = 0;
    const maxSeq = async () => (await central!.pool.query<{ s: string }>('SELECT max(seq) AS s FROM entries')).rows[0].s;
    for (let attempt = 0; attempt < 30; attempt += 1) {
      const who = attempt % 2 === 0 ? a : b;
      const className = `${attempt}${who === a ? 'A' : 'B'}`;
      await callOk(who, 'saveObservation', { inspectionId, className, subject: 'taal', observedAt: '2027-03-02T10:00', scores: { relatie: 'volgens' }, notes: { relatie: className }, onTask: 10, offTask: 1 });
      made.push(className);
      // A push or pull of one changed observation is a few kB each way: cut anywhere in them.
      proxy.cutAfter(intBetween(random, 0, 6_000));
      const seqBefore = await maxSeq();
      const result = await call(who, 'syncNow', {});
      if (!result.ok) failures += 1;
      // Cut after the centre committed the push: the laptop never heard, and repeats it next time.
      if (!result.ok && (await maxSeq()) !== seqBefore) cutAfterCommit += 1;
      proxy.cutAfter(null);
    }
    expect(proxy.cuts()).toBeGreaterThanOrEqual(20);
    expect(failures).toBeGreaterThanOrEqual(20);
    expect(cutAfterCommit).toBeGreaterThan(0);
    expect(failures - cutAfterCommit).toBeGreaterThan(0);

    for (const who of [a, b, a, b]) await callOk(who, 'syncNow', {});
    const state = await syncedContent(a, inspectionId);
    expect(await syncedContent(b, inspectionId)).toEqual(state);
    expect(state.observation.map((o) => JSON.parse(o).class_name).sort()).toEqual([...made].sort());
    const { rows } = await central.pool.query<{ n: string }>(`SELECT count(*) AS n FROM entries WHERE entity = 'observation'`);
    expect(Number(rows[0].n)).toBe(made.length);
    for (const who of [a, b]) expect(await callOk(who, 'syncNow', {})).toMatchObject({ pushed: 0, pulled: 0 });
  });
});
