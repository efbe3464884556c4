import type { ServiceContext } from './context';
import { decideAdvice, finalizeInspection } from './advice';
import { createInspection, saveRating } from './inspections';
import { openReferral, saveAction, saveGoal, saveVisit, setBoardAnswer } from './taskforce';

type Level = 'beneden' | 'benadert' | 'volgens' | 'overstijgt';
type Rating = [indicatorId: string, level: Level, shortcoming?: string];

const GOOD: Rating[] = [['km.1', 'volgens'], ['km.2', 'overstijgt'], ['km.3', 'volgens'], ['km.4', 'volgens']];

/** A finished full inspection has every indicator rated: the ones not named get "volgens". */
function complete(ctx: ServiceContext, named: readonly Rating[]): Rating[] {
  const rated = new Set(named.map(([id]) => id));
  const rest = ctx.frameworks
    .latest()
    .framework.domains.flatMap((d) => d.indicators)
    .filter((i) => !rated.has(i.id))
    .map((i): Rating => [i.id, 'volgens']);
  return [...named, ...rest];
}

async function rate(ctx: ServiceContext, inspectionId: string, ratings: readonly Rating[]) {
  for (const [indicatorId, level, shortcomings] of ratings) {
    await saveRating(ctx, {
      inspectionId,
      indicatorId,
      level,
      motivation: shortcomings ? `Vastgesteld tijdens klasbezoeken en gesprekken: ${shortcomings.toLowerCase()}` : 'Klasbezoeken, gesprekken met leerlingen en leraren en de documenten bevestigen dit.',
      shortcomings: shortcomings ?? '',
    });
  }
}

/**
 * Example inspections in every state, so that a newcomer opening the
 * workbench sees it at work: one being prepared, one on site, one finished
 * with advice 1, one with 2A and guidance obliged, and one with 2B whose
 * task-force plan has had two visits. Written through the same services as
 * the UI, so every rule holds for them too.
 */
export async function seedDemoInspections(ctx: ServiceContext, schools: readonly string[]): Promise<void> {
  const [preparing, onSite, one, twoA, twoB] = schools;
  if (!twoB) return;
  await createInspection(ctx, { instellingsnummer: preparing, type: 'full', startDate: '2026-12-07' });

  const site = await createInspection(ctx, { instellingsnummer: onSite, type: 'unannounced', startDate: '2026-11-24' });
  await rate(ctx, site.id, [['km.1', 'volgens'], ['km.2', 'benadert']]);

  const fine = await createInspection(ctx, { instellingsnummer: one, type: 'full', startDate: '2026-09-14' });
  await rate(ctx, fine.id, complete(ctx, GOOD));
  await decideAdvice(ctx, { inspectionId: fine.id, chosen: '1', motivation: '', guidanceObliged: false, reportDate: '2026-10-12' });
  await finalizeInspection(ctx, { inspectionId: fine.id });

  const withGuidance = await createInspection(ctx, { instellingsnummer: twoA, type: 'unannounced', startDate: '2026-10-06' });
  await rate(ctx, withGuidance.id, [['km.1', 'beneden', 'Bij de start van de lessen en bij wissels gaat veel leertijd verloren.'], ['km.2', 'benadert', 'Klasafspraken verschillen van klas tot klas.'], ['km.3', 'volgens'], ['km.4', 'volgens']]);
  await decideAdvice(ctx, { inspectionId: withGuidance.id, chosen: '2A', motivation: '', guidanceObliged: true, reportDate: '2026-10-27' });
  await finalizeInspection(ctx, { inspectionId: withGuidance.id });

  const unfavourable = await createInspection(ctx, { instellingsnummer: twoB, type: 'full', startDate: '2026-05-11' });
  await rate(
    ctx,
    unfavourable.id,
    complete(ctx, [
      ['km.1', 'beneden', 'In de meeste klassen ontbreekt rust; lessen starten laat.'],
      ['km.2', 'beneden', 'Afspraken worden niet consequent nageleefd.'],
      ['km.3', 'benadert', 'Leraren reageren vooral op negatief gedrag.'],
      ['km.4', 'benadert', 'Er is geen gedeelde visie op klasmanagement.'],
    ]),
  );
  await decideAdvice(ctx, { inspectionId: unfavourable.id, chosen: '2B', motivation: '', guidanceObliged: true, reportDate: '2026-06-08' });
  await finalizeInspection(ctx, { inspectionId: unfavourable.id });
  const plan = await openReferral(ctx, { inspectionId: unfavourable.id, referralDate: '2026-06-15' });
  const referralId = plan.referral.id;
  await setBoardAnswer(ctx, { referralId, answer: 'accepts', date: '2026-07-01' });
  const goals = [
    ['Rust en een vlotte start in elke les', [0]],
    ['Eén set klasafspraken, consequent toegepast', [1, 3]],
    ['Positieve relatie leraar–leerling', [2]],
  ] as const;
  let current = plan;
  for (const [title, refs] of goals) {
    current = await saveGoal(ctx, { referralId, title, description: 'De school kiest de aanpak; de task force observeert en geeft feedback.', shortcomingRefs: [...refs] });
  }
  const [g1, g2, g3] = current.goals.map((g) => g.id);
  const actions = [
    [g1, 'Startroutine afspreken met het hele team', 'team', '2026-09-15', 'done'],
    [g1, 'Coaching van beginnende leraren in de klas', 'pbd', '2026-10-15', 'in_progress'],
    [g2, 'Klasafspraken herschrijven met de leerlingenraad', 'behaviour_expert', '2026-10-01', 'done'],
    [g2, 'Opvolging van de afspraken op elke klassenraad', 'school_leader', '2026-11-15', 'planned'],
    [g3, 'Vorming relatiegericht werken voor het team', 'pbd', '2026-11-01', 'planned'],
    [g3, 'Leerlingenbevraging over welbevinden', 'clb', '2027-01-31', 'planned'],
  ] as const;
  for (const [goalId, description, ownerRole, dueDate, status] of actions) {
    await saveAction(ctx, { referralId, goalId, description, ownerRole, dueDate, status, schoolDecision: status === 'done' ? 'Goedgekeurd door de directie' : '' });
  }
  await saveVisit(ctx, { referralId, date: '2026-09-22', participants: 'Directie, gedragsexpert, twee leraren', notes: 'Observaties in vier klassen; de startroutine is in de helft van de klassen zichtbaar.', progress: [{ goalId: g1, level: 'beneden', note: '' }, { goalId: g2, level: 'beneden', note: '' }, { goalId: g3, level: 'benadert', note: '' }] });
  await saveVisit(ctx, { referralId, date: '2026-11-17', participants: 'Directie, gedragsexpert', notes: 'Duidelijke vooruitgang bij de start van de lessen; afspraken nog niet overal gelijk.', progress: [{ goalId: g1, level: 'benadert', note: '' }, { goalId: g2, level: 'beneden', note: '' }, { goalId: g3, level: 'benadert', note: '' }] });
  await saveVisit(ctx, { referralId, date: '2027-01-19', participants: 'Directie', notes: 'Gepland bezoek.', progress: [] });
}
