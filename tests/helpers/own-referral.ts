import type { ServiceContext } from '../../main/services/context';
import { ratedInspection } from './inspection-builder';
import { callOk } from './services';

/**
 * A task-force plan of the user's own (not the demo's, which never leaves
 * its workbench): advice 2B on two tekorten, a referral, one goal and two
 * held visits that judged it.
 */
export async function ownReferral(ctx: ServiceContext, instellingsnummer: string, options: { final?: boolean } = {}): Promise<{ inspectionId: string; referralId: string }> {
  const inspectionId = await ratedInspection(ctx, {
    instellingsnummer,
    startDate: '2026-03-02',
    ratings: [
      { indicatorId: 'km.1', level: 'beneden', text: 'Lessen starten laat.' },
      { indicatorId: 'km.2', level: 'beneden', text: 'Afspraken worden niet nageleefd.' },
    ],
  });
  await callOk(ctx, 'decideAdvice', { inspectionId, chosen: '2B', motivation: 'Tekorten in alle klassen.', guidanceObliged: true, reportDate: '2026-03-20' });
  if (options.final) await callOk(ctx, 'finalizeInspection', { inspectionId, acknowledgeWarnings: true });
  const referralId = (await callOk(ctx, 'openReferral', { inspectionId })).referral.id as string;
  const plan = await callOk(ctx, 'saveGoal', { referralId, title: 'Rust bij de start van elke les', description: 'De school kiest de aanpak; de task force observeert.', shortcomingRefs: [0], noShortcomingReason: '' });
  const goalId = plan.goals[0].id as string;
  await callOk(ctx, 'saveVisit', { referralId, date: '2026-05-04', held: true, participants: 'Directie', notes: 'Eerste bezoek.', progress: [{ goalId, level: 'beneden', note: '' }] });
  await callOk(ctx, 'saveVisit', { referralId, date: '2026-06-08', held: true, participants: 'Directie, twee leraren', notes: 'Tweede bezoek.', progress: [{ goalId, level: 'benadert', note: '' }] });
  return { inspectionId, referralId };
}
