import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationNames } from '../../main/api/contract';
import { upsertSchools } from '../../main/db/repositories/schools';
import { ratedInspection } from '../helpers/inspection-builder';
import { call, callOk, openTestServices, steppingClock, type TestServices } from '../helpers/services';

/**
 * Every operation that changes an inspection or its task-force referral
 * leaves a line in that inspection's audit trail (listAudit), with the
 * person of the profile as author and role. The classification below must
 * name every operation of the contract, so a new writing operation cannot
 * slip in without being checked here.
 */

const PERSON = { name: 'Els De Smet', role: 'hoofdinspecteur' } as const;

/** Operations that read, or write outside an inspection's record (settings, imports of school data, backups, packages). */
const NOT_INSPECTION_WRITES = new Set([
  'appInfo', 'getSettings', 'saveProfile', 'listSchools', 'getSchool', 'getSchoolChart', 'getSchoolSignals', 'getSchoolSignalCharts', 'getOverview', 'getOverviewDrill', 'exportOverviewTable',
  'listInspections', 'getInspection', 'getFramework', 'getOnsite', 'getAttachment', 'surveyTotals', 'listAudit', 'getAdvice', 'getFinalizeChecklist',
  'getOutcomes', 'listReferrals', 'getReferral', 'listProgressReportExports', 'getClosingChecklist', 'getTaskforceAgenda', 'exportCalendar', 'getProgressChart', 'previewReport', 'listReportExports', 'getRetention', 'setRetention',
  'createBackup', 'listBackups', 'restoreBackup', 'verifyDatabase', 'previewImport', 'importProgress', 'cancelImport', 'commitImport', 'importErrorsCsv',
  'importTemplate', 'importPreviewRows', 'listImports', 'exportPackage', 'readPackageChunk', 'uploadPackageChunk', 'importPackage', 'listExchanges', 'listConflicts',
  // Exports record their version and hash in their own log (report_exports); the report itself does not change.
  'exportReport', 'exportProgressReport',
  // Covered by their own tests: merging a package (exchange.test.ts) and retention (retention.test.ts) both audit per inspection;
  // removing the demo data takes the example inspections whole, their trail included (demo-data.test.ts).
  'resolveConflict', 'purgeExpiredAttachments', 'getDemoData', 'removeDemoData',
  // A sync merges through the package merge, which audits every change with its origin (central-sync.test.ts).
  'enrolDevice', 'syncStatus', 'syncNow',
]);

let services: TestServices;
beforeAll(async () => {
  services = await openTestServices({ now: steppingClock('2027-03-02T08:00:00.000Z') });
  await callOk(services.ctx, 'saveProfile', { profileName: PERSON.name, role: PERSON.role });
  await services.ctx.db.transaction((tx) =>
    upsertSchools(tx, [{ instellingsnummer: '012345', name: 'Basisschool De Linde', level: 'basis', form: 'gewoon', network: 'GO!', board: 'Scholengroep Gent', street: 'Lindelaan 1', postcode: '9000', municipality: 'Gent', lop: 'LOP Gent' }]),
  );
});
afterAll(() => services.close());

describe('the audit trail tells the whole story', () => {
  it('every operation that changes an inspection or its referral adds rows to that inspection’s trail, by the person', async () => {
    const ctx = services.ctx;
    const inspectionId = await ratedInspection(ctx, { instellingsnummer: '012345', ratings: [{ indicatorId: 'km.1', level: 'beneden', text: 'Lessen starten laat.' }] });
    const state: Record<string, string> = {};
    const writes: Record<string, () => Promise<unknown>> = {
      createInspection: () => callOk(ctx, 'createInspection', { instellingsnummer: '012345', type: 'full' }).then((i) => (state.other = i.id)),
      setFocus: () => callOk(ctx, 'setFocus', { inspectionId, focusDomains: ['classroom_management', 'school_climate', 'anti_bullying'] }),
      saveRating: async () => {
        for (const indicatorId of ['ap.1', 'ap.2', 'ap.3']) await callOk(ctx, 'saveRating', { inspectionId, indicatorId, level: 'volgens', motivation: `Gezien bij ${indicatorId}.` });
      },
      saveEvidence: () => callOk(ctx, 'saveEvidence', { inspectionId, source: 'interview_pupils', role: 'pupils', date: '2027-03-02', note: 'gesprek', indicatorIds: ['ap.1'] }).then((e) => (state.evidence = e.id)),
      addAttachment: () => callOk(ctx, 'addAttachment', { inspectionId, evidenceId: state.evidence, fileName: 'nota.txt', mimeType: 'text/plain', base64: Buffer.from('nota').toString('base64') }),
      saveObservation: () => callOk(ctx, 'saveObservation', { inspectionId, className: '3B', subject: 'Wiskunde', observedAt: '2027-03-02T09:00', scores: { rust: 'volgens' }, notes: {}, onTask: 8, offTask: 2 }),
      saveDisciplinaryFile: () => callOk(ctx, 'saveDisciplinaryFile', { inspectionId, label: 'TD-1', measure: 'temporary_exclusion', measureDate: '2027-01-10', guidance: 'yes', hearing: true, classCouncil: true, clb: true, handover: null, note: '' }),
      saveSurveyTally: () => callOk(ctx, 'saveSurveyTally', { inspectionId, question: 'pupils_safe_respected', groupName: '2de graad', agree: 30, respondents: 40 }).then((t) => (state.tally = t.id)),
      deleteEntry: () => callOk(ctx, 'deleteEntry', { inspectionId, kind: 'survey_tally', id: state.tally }),
      undoLastChange: () => callOk(ctx, 'undoLastChange', { inspectionId }),
      decideAdvice: () => callOk(ctx, 'decideAdvice', { inspectionId, chosen: '2A', motivation: '', guidanceObliged: true, reportDate: '2027-03-20' }),
      finalizeInspection: () => callOk(ctx, 'finalizeInspection', { inspectionId, acknowledgeWarnings: true }),
      reopenInspection: () => callOk(ctx, 'reopenInspection', { inspectionId, reason: 'Feitelijke fout in de naam van de school.' }),
      openReferral: () => callOk(ctx, 'openReferral', { inspectionId }).then((p) => (state.referral = p.referral.id)),
      setBoardAnswer: () => callOk(ctx, 'setBoardAnswer', { referralId: state.referral, answer: 'accepts', date: '2027-04-01' }),
      saveGoal: () => callOk(ctx, 'saveGoal', { referralId: state.referral, title: 'Rust bij de start', description: '', shortcomingRefs: [0] }).then((p) => (state.goal = p.goals[0].id)),
      saveAction: () => callOk(ctx, 'saveAction', { referralId: state.referral, goalId: state.goal, description: 'Startroutine', ownerRole: 'team', dueDate: '2027-05-01', status: 'planned', schoolDecision: '' }),
      saveVisit: () => callOk(ctx, 'saveVisit', { referralId: state.referral, date: '2027-03-01', participants: 'Directie', notes: '', progress: [{ goalId: state.goal, level: 'benadert', note: '' }] }),
      addVisitAttachment: async () => {
        const plan = await callOk(ctx, 'getReferral', { id: state.referral });
        const visit = plan.visits[0].id;
        const withFile = await callOk(ctx, 'addVisitAttachment', { referralId: state.referral, visitId: visit, fileName: 'verslag.txt', mimeType: 'text/plain', base64: Buffer.from('verslag').toString('base64') });
        state.visitAttachment = withFile.attachments[0].id;
      },
      saveBoardContact: () => callOk(ctx, 'saveBoardContact', { referralId: state.referral, date: '2027-03-05', people: 'Voorzitter', channel: 'phone', summary: 'Afspraak gemaakt.', agreements: '' }),
      saveMilestone: () => callOk(ctx, 'saveMilestone', { referralId: state.referral, title: 'Plan goedgekeurd', dueDate: '2027-05-15', reachedOn: null }).then((p) => (state.milestone = p.milestones[0].id)),
      saveReferralSetup: () => callOk(ctx, 'saveReferralSetup', { referralId: state.referral, assignedMember: PERSON.name, planDueOn: '2027-05-01' }),
      removePlanEntry: () => callOk(ctx, 'removePlanEntry', { referralId: state.referral, kind: 'milestone', id: state.milestone }),
      restorePlanEntry: () => callOk(ctx, 'restorePlanEntry', { referralId: state.referral, kind: 'milestone', id: state.milestone }),
      decideTrajectory: async () => {
        await callOk(ctx, 'decideTrajectory', { referralId: state.referral, event: { kind: 'agree_plan', date: '2027-04-02', signedBy: 'Directeur' } });
        await callOk(ctx, 'decideTrajectory', { referralId: state.referral, event: { kind: 'start_monitoring', date: '2027-04-02' } });
        await callOk(ctx, 'decideTrajectory', { referralId: state.referral, event: { kind: 'start_end_evaluation', date: '2027-11-20' } });
      },
      closeReferral: () => callOk(ctx, 'closeReferral', { referralId: state.referral, date: '2027-12-01', canContinueAlone: true, motivation: 'Het team werkt zelfstandig verder.', acknowledgeGoals: true }),
    };
    expect(operationNames.filter((n) => !NOT_INSPECTION_WRITES.has(n) && !(n in writes)), 'operations not classified').toEqual([]);

    for (const [name, run] of Object.entries(writes)) {
      const target = name === 'createInspection' ? () => state.other : () => inspectionId;
      const before = name === 'createInspection' ? 0 : (await callOk(ctx, 'listAudit', { inspectionId })).length;
      await run();
      const after = await callOk(ctx, 'listAudit', { inspectionId: target() });
      expect(after.length, `${name} left no line in the audit trail`).toBeGreaterThan(before);
      for (const row of after.slice(0, after.length - before)) expect(row, name).toMatchObject({ actor: PERSON.name, actorRole: PERSON.role });
    }
  });

  it('refuses every write without a person in the profile, and never records the computer’s account', async () => {
    const bare = await openTestServices({ actor: '' });
    try {
      await bare.ctx.db.transaction((tx) =>
        upsertSchools(tx, [{ instellingsnummer: '054321', name: 'Atheneum Aan Zee', level: 'secundair', form: 'gewoon', network: 'GO!', board: 'Scholengroep Kust', street: 'Zeedijk 1', postcode: '8400', municipality: 'Oostende', lop: 'LOP Oostende' }]),
      );
      const refused = await call(bare.ctx, 'createInspection', { instellingsnummer: '054321', type: 'full' });
      expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden', rule: 'profile_required' } });
      expect(await bare.ctx.db.get<{ n: number }>('SELECT count(*) AS n FROM inspections')).toEqual({ n: 0 });
      expect(await bare.ctx.db.get<{ n: number }>('SELECT count(*) AS n FROM audit_log')).toEqual({ n: 0 });
    } finally {
      await bare.close();
    }
  });
});
