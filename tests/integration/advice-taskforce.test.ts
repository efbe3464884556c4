import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { docxText } from '../helpers/docx-text';
import { upsertSchools } from '../../main/db/repositories/schools';
import { ratedInspection, type RatingSpec } from '../helpers/inspection-builder';
import { call, callOk, openTestServices, type TestServices } from '../helpers/services';

let services: TestServices;
let today = '2027-03-12';
const clock = () => new Date(`${today}T10:00:00.000Z`);

beforeEach(async () => {
  today = '2027-03-12';
  services = await openTestServices({ now: clock });
  await services.ctx.db.transaction((tx) =>
    upsertSchools(tx, [{ instellingsnummer: '012345', name: 'Basisschool De Linde', level: 'basis', form: 'gewoon', network: 'GO!', board: 'Scholengroep Gent', street: 'Lindelaan 1', postcode: '9000', municipality: 'Gent', lop: 'LOP Gent' }]),
  );
});
afterEach(() => services.close());

function inspectionWith(ratings: Array<{ indicatorId: string; level: RatingSpec['level']; shortcomings?: string }>, type = 'unannounced') {
  return ratedInspection(services.ctx, { instellingsnummer: '012345', type, ratings: ratings.map((r) => ({ indicatorId: r.indicatorId, level: r.level, text: r.shortcomings })) });
}

describe('advice', () => {
  it('proposes 1 without shortcomings and dates the next regular inspection six years on', async () => {
    const id = await inspectionWith([{ indicatorId: 'km.1', level: 'volgens' }]);
    const advice = await callOk(services.ctx, 'getAdvice', { inspectionId: id });
    expect(advice.proposal.advice).toBe('1');
    expect(advice.decision).toBeNull();
    expect(advice.consequences.nextRegularInspection).toBe('2033-03-12');
  });

  it('proposes 2A with guidance for a classroom-management shortcoming; confirming it needs no motivation and is audited', async () => {
    const id = await inspectionWith([
      { indicatorId: 'km.1', level: 'beneden', shortcomings: 'Lessen starten laat; veel verloren leertijd.' },
      { indicatorId: 'km.2', level: 'volgens' },
    ]);
    const advice = await callOk(services.ctx, 'getAdvice', { inspectionId: id });
    expect(advice.proposal.advice).toBe('2A');
    expect(advice.proposal.guidance).toBe('may_oblige');
    expect(advice.guidanceByAdvice).toMatchObject({ '1': 'not_allowed', '2A': 'optional', '2B': 'required', '3': 'not_allowed' });
    expect(advice.proposal.reasons.join(' ')).toContain('km.1');
    expect(advice.shortcomings).toEqual([{ indicatorId: 'km.1', domainId: 'classroom_management', text: 'Lessen starten laat; veel verloren leertijd.', deadline: '2028-03-01' }]);

    const decided = await callOk(services.ctx, 'decideAdvice', { inspectionId: id, chosen: '2A', motivation: '', guidanceObliged: true, reportDate: '2027-03-12' });
    expect(decided.decision).toMatchObject({ proposed: '2A', chosen: '2A', guidanceObliged: true, decidedBy: 'test-inspecteur' });
    expect(decided.consequences).toMatchObject({ taskForceReferral: 'possible', guidanceObliged: true });
    const audit = await callOk(services.ctx, 'listAudit', { inspectionId: id });
    expect(audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ entity: 'advice', field: 'proposed', newValue: '2A', actor: 'test-inspecteur', actorRole: 'inspecteur' }),
        expect.objectContaining({ entity: 'advice', field: 'chosen', newValue: '2A' }),
      ]),
    );
  });

  it('choosing another advice than proposed needs a motivation, and advice 1 is refused with shortcomings', async () => {
    const id = await inspectionWith([{ indicatorId: 'km.1', level: 'beneden', shortcomings: 'Geen klasafspraken.' }]);
    const noMotivation = await call(services.ctx, 'decideAdvice', { inspectionId: id, chosen: '2B', motivation: '  ', guidanceObliged: true, reportDate: '2027-03-12' });
    expect(noMotivation).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'motivation' } });
    const one = await call(services.ctx, 'decideAdvice', { inspectionId: id, chosen: '1', motivation: 'Toch gunstig', guidanceObliged: false, reportDate: '2027-03-12' });
    expect(one).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'chosen' } });
    expect(await services.ctx.db.get('SELECT * FROM advice_decisions WHERE inspection_id = ?', [id])).toBeUndefined();

    const overridden = await callOk(services.ctx, 'decideAdvice', { inspectionId: id, chosen: '2B', motivation: 'Het tekort raakt de veiligheid in alle klassen.', guidanceObliged: false, reportDate: '2027-03-12' });
    // 2B makes guidance the condition to keep recognition, whatever the caller sent.
    expect(overridden.decision.guidanceObliged).toBe(true);
    expect(overridden.decision).toMatchObject({ proposed: '2A', chosen: '2B' });
    expect(overridden.consequences).toMatchObject({ boardDeadline: '2027-04-11', earliestNewInspection: '2027-06-10', taskForceReferral: 'required' });
  });

  it('locks the advice once the report is final; reopening needs a reason and is logged', async () => {
    const id = await inspectionWith([{ indicatorId: 'km.1', level: 'volgens' }]);
    expect(await call(services.ctx, 'finalizeInspection', { inspectionId: id })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await callOk(services.ctx, 'decideAdvice', { inspectionId: id, chosen: '1', motivation: '', guidanceObliged: false, reportDate: '2027-03-12' });
    const final = await callOk(services.ctx, 'finalizeInspection', { inspectionId: id, acknowledgeWarnings: true });
    expect(final.locked).toBe(true);
    expect(await call(services.ctx, 'decideAdvice', { inspectionId: id, chosen: '1', motivation: '', guidanceObliged: false, reportDate: '2027-03-13' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await call(services.ctx, 'saveRating', { inspectionId: id, indicatorId: 'km.1', level: 'beneden', motivation: 'x' })).toMatchObject({ ok: false });
    expect(await call(services.ctx, 'reopenInspection', { inspectionId: id, reason: '' })).toMatchObject({ ok: false, error: { field: 'reason' } });
    const reopened = await callOk(services.ctx, 'reopenInspection', { inspectionId: id, reason: 'Feitelijke fout in het verslag.' });
    expect(reopened.locked).toBe(false);
    const log = await callOk(services.ctx, 'listAudit', { inspectionId: id });
    expect(log.find((r: { field: string }) => r.field === 'reopened')).toMatchObject({ newValue: 'Feitelijke fout in het verslag.', actor: 'test-inspecteur' });
    expect(log.filter((r: { field: string }) => r.field === 'status').map((r: { newValue: string }) => r.newValue)).toEqual(['deciding', 'final', 'deciding', 'on_site']);
  });
});

describe('outcomes', () => {
  it('counts only final inspections, by school year, niveau and domain of the shortcomings', async () => {
    const open = await inspectionWith([{ indicatorId: 'km.1', level: 'beneden', shortcomings: 'Onrust.' }]);
    await callOk(services.ctx, 'decideAdvice', { inspectionId: open, chosen: '2A', motivation: '', guidanceObliged: true, reportDate: '2027-03-12' });
    expect((await callOk(services.ctx, 'getOutcomes', {})).total).toBe(0);
    await callOk(services.ctx, 'finalizeInspection', { inspectionId: open, acknowledgeWarnings: true });
    const outcomes = await callOk(services.ctx, 'getOutcomes', {});
    expect(outcomes.total).toBe(1);
    expect(outcomes.bySchoolYear).toEqual([{ schoolYear: '2026-2027', counts: { '1': 0, '2A': 1, '2B': 0, '3': 0 } }]);
    expect(outcomes.byLevel[0]).toMatchObject({ level: 'basis' });
    expect(outcomes.shortcomingsByDomain).toEqual([{ domain: 'classroom_management', inspections: 1 }]);
    expect(outcomes.domainTitles.classroom_management.nl).toMatch(/Klasmanagement/);
  });
});

describe('task force', () => {
  async function referralFor2A() {
    const id = await inspectionWith([
      { indicatorId: 'km.1', level: 'beneden', shortcomings: 'Lessen starten laat.' },
      { indicatorId: 'km.2', level: 'beneden', shortcomings: 'Afspraken worden niet consequent nageleefd.' },
      { indicatorId: 'km.3', level: 'beneden', shortcomings: 'Weinig positieve relaties.' },
      { indicatorId: 'km.4', level: 'benadert', shortcomings: 'Het beleid draagt klasmanagement nog niet overal.' },
    ]);
    await callOk(services.ctx, 'decideAdvice', { inspectionId: id, chosen: '2A', motivation: 'Tekorten in klasmanagement; de school werkt eraan met externe begeleiding.', guidanceObliged: true, reportDate: '2027-03-12' });
    return { inspectionId: id, plan: await callOk(services.ctx, 'openReferral', { inspectionId: id }) };
  }

  it('opens a referral only after 2B or 2A with guidance obliged, once per inspection', async () => {
    const plain = await inspectionWith([{ indicatorId: 'km.1', level: 'beneden', shortcomings: 'Routines ontbreken.' }]);
    expect(await call(services.ctx, 'openReferral', { inspectionId: plain })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await callOk(services.ctx, 'decideAdvice', { inspectionId: plain, chosen: '2A', motivation: '', guidanceObliged: false, reportDate: '2027-03-12' });
    expect(await call(services.ctx, 'openReferral', { inspectionId: plain })).toMatchObject({ ok: false, error: { code: 'conflict' } });

    const { inspectionId, plan } = await referralFor2A();
    expect(plan.referral).toMatchObject({ advice: '2A', boardAnswer: 'pending', referralDate: '2027-03-12' });
    expect(plan.referral.shortcomings.map((s: { text: string }) => s.text)).toEqual(['Lessen starten laat.', 'Afspraken worden niet consequent nageleefd.', 'Weinig positieve relaties.']);
    expect(await call(services.ctx, 'openReferral', { inspectionId })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('follows a plan with three goals, six actions and two visits; computes progress, overdue actions and the next visit', async () => {
    const { plan, inspectionId } = await referralFor2A();
    const referralId = plan.referral.id;
    await callOk(services.ctx, 'setBoardAnswer', { referralId, answer: 'accepts', date: '2027-03-20' });
    for (const [title, refs] of [['Rust en routines in elke klas', [0]], ['Consequente klasafspraken', [1]], ['Relatie leraar–leerling versterken', [2]]] as const) {
      await callOk(services.ctx, 'saveGoal', { referralId, title, description: '', shortcomingRefs: refs });
    }
    expect(await call(services.ctx, 'saveGoal', { referralId, title: 'Fout', description: '', shortcomingRefs: [7] })).toMatchObject({ ok: false, error: { field: 'shortcomingRefs' } });
    let detail = await callOk(services.ctx, 'getReferral', { id: referralId });
    const [g1, g2, g3] = detail.goals.map((g: { id: string }) => g.id);
    const actions = [
      [g1, 'Startroutine afspreken', 'team', '2027-04-01', 'done'],
      [g1, 'Coaching beginnende leraren', 'pbd', '2027-04-15', 'in_progress'],
      [g2, 'Klasafspraken herschrijven met leerlingen', 'behaviour_expert', '2027-04-30', 'planned'],
      [g2, 'Opvolging in de klassenraad', 'school_leader', '2027-06-01', 'planned'],
      [g3, 'Vorming relatiegericht werken', 'pbd', '2027-05-15', 'planned'],
      [g3, 'Leerlingenbevraging welbevinden', 'clb', '2027-06-15', 'planned'],
    ] as const;
    for (const [goalId, description, ownerRole, dueDate, status] of actions) {
      await callOk(services.ctx, 'saveAction', { referralId, goalId, description, ownerRole, dueDate, status, schoolDecision: '' });
    }
    today = '2027-05-21';
    await callOk(services.ctx, 'saveVisit', { referralId, date: '2027-04-10', participants: 'Directie, gedragsexpert', notes: 'Eerste bezoek.', progress: [{ goalId: g1, level: 'beneden', note: '' }, { goalId: g2, level: 'beneden', note: '' }, { goalId: g3, level: 'benadert', note: '' }] });
    await callOk(services.ctx, 'saveVisit', { referralId, date: '2027-05-20', participants: 'Directie', notes: 'Tweede bezoek.', progress: [{ goalId: g1, level: 'benadert', note: '' }, { goalId: g2, level: 'beneden', note: '' }, { goalId: g3, level: 'benadert', note: '' }] });
    await callOk(services.ctx, 'saveVisit', { referralId, date: '2027-06-20', held: false, participants: '', notes: 'Gepland.', progress: [] });

    detail = await callOk(services.ctx, 'getReferral', { id: referralId });
    expect(detail.progress.map((p: { trend: string }) => p.trend)).toEqual(['up', 'same', 'same']);
    expect(detail.progress.filter((p: { noProgress: boolean }) => p.noProgress)).toHaveLength(2);
    // Due before 21 May and not done: the coaching (15/4), the class agreements (30/4) and the training (15/5).
    expect(detail.overdueActionIds).toHaveLength(3);
    expect(detail.nextVisit).toBe('2027-06-20');
    expect(detail.completion).toBeCloseTo(1 / 6);
    const overview = await callOk(services.ctx, 'listReferrals', {});
    expect(overview[0]).toMatchObject({ overdueActions: 3, goalsWithoutProgress: 2, goals: 3, nextVisit: '2027-06-20', boardAnswer: 'accepts' });

    const chart = await callOk(services.ctx, 'getProgressChart', { referralId });
    expect(chart.svg).toContain('Rust en routines in elke klas');
    expect(chart.alt).toContain('van beneden de verwachting');

    const docx = await callOk(services.ctx, 'exportProgressReport', { referralId, format: 'docx' });
    // Dates are kept on one line with non-breaking spaces (reports/typography.ts).
    const text = await docxText(Buffer.from(docx.base64, 'base64'));
    for (const phrase of ['Interventieplan', 'Consequente klasafspraken', 'Leerlingenbevraging welbevinden', 'Bezoek van 20 mei 2027', 'bezoek op 20 juni 2027', 'Lessen starten laat.', 'Tabel 3. Voortgang per doel bij elk bezoek']) expect(text).toContain(phrase);
    // Up front, per goal: where it started, where it is, and the trend.
    expect(text).toContain('Samenvatting per doel');
    expect(text.indexOf('Samenvatting per doel')).toBeLessThan(text.indexOf('\nDoorverwijzing\n'));
    expect(docx).toMatchObject({ version: 1, state: 'draft' });
    expect(docx.fileName).toMatch(/-ontwerp-v1\.docx$/);
    const pdf = await callOk(services.ctx, 'exportProgressReport', { referralId, format: 'pdf' });
    const pdfText = execFileSync('pdftotext', ['-', '-'], { input: Buffer.from(pdf.base64, 'base64') }).toString().replace(/\s+/g, ' ');
    expect(pdfText).toContain('Voortgangsrapport task force');
    expect(pdfText).toContain('Relatie leraar–leerling versterken');
    expect(pdf.version).toBe(1);

    // The interim report made final while the guidance runs: its own version, document id and hash in the log.
    const final = await callOk(services.ctx, 'exportProgressReport', { referralId, format: 'pdf', final: true });
    expect(final).toMatchObject({ version: 2, state: 'final' });
    expect(final.fileName).toMatch(/-definitief-v2\.pdf$/);
    expect(final.fileName).not.toBe(pdf.fileName);
    const bytes = Buffer.from(final.base64, 'base64');
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(final.sha256);
    const finalText = execFileSync('pdftotext', ['-', '-'], { input: bytes }).toString().replace(/\s+/g, ' ');
    expect(finalText).toContain(`${final.documentId} · versie 2 (definitief)`);
    expect(final.documentId).toMatch(/^VR-\d{6}-[0-9a-f-]{8}-D2$/);
    expect(finalText).not.toContain('ONTWERP');
    expect(pdfText).toContain('ONTWERP');
    const log = await callOk(services.ctx, 'listProgressReportExports', { referralId });
    expect(log.map((e: { version: number; format: string; state: string }) => `${e.format} v${e.version} ${e.state}`)).toEqual(['pdf v2 final', 'pdf v1 draft', 'docx v1 draft']);
    expect(log[0]).toMatchObject({ sha256: final.sha256, documentId: final.documentId, bytes: bytes.length });
    // Through the inspection's write path: the audit names who made which version final, with its hash.
    const audit = await callOk(services.ctx, 'listAudit', { inspectionId });
    expect(audit).toEqual(expect.arrayContaining([expect.objectContaining({ entity: 'progress_report', entityId: final.documentId, field: 'export' })]));
    const entry = audit.find((a: { entityId: string }) => a.entityId === final.documentId);
    expect(JSON.parse(entry.newValue)).toMatchObject({ referralId, version: 2, state: 'final', sha256: final.sha256 });
  });

  it('closing the plan records the end evaluation and locks the plan', async () => {
    const { plan } = await referralFor2A();
    const referralId = plan.referral.id;
    expect(await call(services.ctx, 'closeReferral', { referralId, date: '2027-12-01', canContinueAlone: true, motivation: '' })).toMatchObject({ ok: false, error: { field: 'motivation' } });
    await callOk(services.ctx, 'setBoardAnswer', { referralId, answer: 'accepts', date: '2027-03-20' });
    await callOk(services.ctx, 'decideTrajectory', { referralId, event: { kind: 'agree_plan', date: '2027-04-01', signedBy: 'Directeur' } });
    await callOk(services.ctx, 'decideTrajectory', { referralId, event: { kind: 'start_monitoring', date: '2027-04-01' } });
    await callOk(services.ctx, 'decideTrajectory', { referralId, event: { kind: 'start_end_evaluation', date: '2027-11-20' } });
    const closed = await callOk(services.ctx, 'closeReferral', { referralId, date: '2027-12-01', canContinueAlone: true, motivation: 'Het team werkt zelfstandig met de routines.' });
    expect(closed.referral).toMatchObject({ closedOn: '2027-12-01', canContinueAlone: true });
    expect(await call(services.ctx, 'saveGoal', { referralId, title: 'Na afsluiting', description: '', shortcomingRefs: [0] })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});
