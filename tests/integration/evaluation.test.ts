import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { upsertSchools } from '../../main/db/repositories/schools';
import { ratedInspection } from '../helpers/inspection-builder';
import { callOk, openTestServices, type TestServices } from '../helpers/services';

let services: TestServices;
beforeEach(async () => {
  services = await openTestServices({ now: () => new Date('2027-03-12T10:00:00.000Z') });
  await services.ctx.db.transaction((tx) =>
    upsertSchools(tx, [{ instellingsnummer: '012345', name: 'Basisschool De Linde', level: 'basis', form: 'gewoon', network: 'GO!', board: 'Scholengroep Gent', street: 'Lindelaan 1', postcode: '9000', municipality: 'Gent', lop: 'LOP Gent' }]),
  );
});
afterEach(() => services.close());

describe('Overzicht’s evaluation indicators through the contract', () => {
  it('counts observations and surveys of final inspections only, by the school year of the visit', async () => {
    const ctx = services.ctx;
    const final = await ratedInspection(ctx, { instellingsnummer: '012345', startDate: '2027-03-01', ratings: [{ indicatorId: 'km.1', level: 'volgens' }] });
    const open = await ratedInspection(ctx, { instellingsnummer: '012345', startDate: '2027-03-02', ratings: [{ indicatorId: 'km.1', level: 'volgens' }] });
    for (const inspectionId of [final, open]) {
      // 16 + 12 on task of 20 + 20 counted: 70 %.
      await callOk(ctx, 'saveObservation', { inspectionId, className: '3B', subject: 'Wiskunde', observedAt: '2027-03-01T09:00', scores: { rust: 'volgens' }, notes: {}, onTask: 16, offTask: 4 });
      await callOk(ctx, 'saveObservation', { inspectionId, className: '4A', subject: 'Frans', observedAt: '2027-03-01T10:00', scores: { rust: 'volgens' }, notes: {}, onTask: 12, offTask: 8 });
      // 30 of 40 and 9 of 10: 39 of 50 = 78 %.
      await callOk(ctx, 'saveSurveyTally', { inspectionId, question: 'pupils_safe_respected', groupName: '2de graad', agree: 30, respondents: 40 });
      await callOk(ctx, 'saveSurveyTally', { inspectionId, question: 'pupils_safe_respected', groupName: '3de graad', agree: 9, respondents: 10 });
      await callOk(ctx, 'saveSurveyTally', { inspectionId, question: 'staff_time_for_teaching', groupName: 'leraren', agree: 1, respondents: 10 });
    }
    await callOk(ctx, 'decideAdvice', { inspectionId: final, chosen: '1', motivation: '', guidanceObliged: false, reportDate: '2027-03-10' });
    await callOk(ctx, 'finalizeInspection', { inspectionId: final, acknowledgeWarnings: true });

    const { evaluation } = await callOk(ctx, 'getOverview', {});
    const byId = Object.fromEntries(evaluation.indicators.map((i: { id: string }) => [i.id, i]));
    expect(byId.teaching_time.latest).toEqual({ schoolYear: '2026-2027', value: 70, inspections: 1, units: 2, schools: 1 });
    expect(byId.feeling_safe.latest).toEqual({ schoolYear: '2026-2027', value: 78, inspections: 1, units: 50, schools: 1 });
    expect(byId.teaching_time.chart.alt).toBe('Lijngrafiek leerlingen bij de les (lesobservaties): 2026-2027 70 %.');
    // No school-year figures: indicator 2 says so rather than pretending.
    expect(byId.disciplinary_measures.series).toEqual([]);
    expect(byId.disciplinary_measures.chart).toBeNull();
    expect(evaluation.lastImport).toBeNull();
    // The figure leads to the schools behind it.
    expect(byId.teaching_time.behind).toEqual([{ instellingsnummer: '012345', name: 'Basisschool De Linde' }]);
  });
});
