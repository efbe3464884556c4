import type { ServiceContext } from './context';
import { addCalendarDays } from '../domain/dates';
import type { Author } from '../domain/people';
import { decideAdvice, finalizeInspection } from './advice';
import { saveEvidence } from './evidence';
import { createInspection, saveRating } from './inspections';
import { openReferral, saveAction, saveGoal, saveVisit } from './taskforce';
import { decideTrajectory, saveReferralSetup, setBoardAnswer } from './trajectory';

type Level = 'beneden' | 'benadert' | 'volgens' | 'overstijgt';
/** The text is a tekort with "beneden", an ontwikkelkans with "benadert" (domain/findings.ts). */
type Rating = [indicatorId: string, level: Level, finding?: string];

/** The demo's fictitious inspection team: the demo is written by them, never by whoever runs the program. */
export const DEMO_LEAD: Author = { name: 'An Peeters', role: 'hoofdinspecteur' };

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

async function rate(ctx: ServiceContext, inspectionId: string, startDate: string, ratings: readonly Rating[]) {
  const titles = new Map(ctx.frameworks.latest().framework.domains.flatMap((d) => d.indicators.map((i) => [i.id, i.title.nl.toLowerCase()])));
  for (const [indicatorId, level, finding] of ratings) {
    await saveRating(ctx, {
      inspectionId,
      indicatorId,
      level,
      motivation: finding
        ? `Vastgesteld tijdens klasbezoeken en gesprekken: ${finding.toLowerCase()}`
        : `Klasbezoeken, gesprekken met leerlingen en leraren en de documenten bevestigen dit voor ${titles.get(indicatorId) ?? indicatorId}.`,
      shortcomings: level === 'beneden' ? (finding ?? '') : '',
      opportunities: level === 'benadert' ? (finding ?? '') : '',
      shortcomingDeadline: level === 'beneden' ? addCalendarDays(startDate, 365) : null,
    });
  }
  await saveEvidence(ctx, {
    inspectionId,
    source: 'classroom_observation',
    role: 'inspector',
    date: startDate,
    note: 'Klasbezoeken in vier klassen, telkens een volledig lesuur.',
    indicatorIds: ratings.map(([id]) => id),
  });
  await saveEvidence(ctx, {
    inspectionId,
    source: 'interview_teachers',
    role: 'inspector',
    date: startDate,
    note: 'Gesprek met zes leraren uit verschillende vakgroepen.',
    indicatorIds: ratings.map(([id]) => id),
  });
}

/**
 * Example inspections in every state, so that a newcomer opening the
 * workbench sees it at work: one being prepared, one on site, one finished
 * with advice 1, one with 2A and guidance obliged, and one with 2B whose
 * task-force plan has had two visits. Written through the same services as
 * the UI, so every rule holds for them too.
 */
export async function seedDemoInspections(team: ServiceContext, schools: readonly string[]): Promise<void> {
  const ctx: ServiceContext = { ...team, authorOverride: DEMO_LEAD, demoSeeding: true };
  const [preparing, onSite, one, twoA, twoB] = schools;
  if (!twoB) return;
  await createInspection(ctx, { instellingsnummer: preparing, type: 'full', startDate: '2026-12-07' });

  const site = await createInspection(ctx, { instellingsnummer: onSite, type: 'unannounced', startDate: '2026-11-24' });
  await rate(ctx, site.id, site.startDate, [['km.1', 'volgens'], ['km.2', 'benadert', 'Afspraken over het begin van de les zijn nog niet in elke klas dezelfde.']]);

  const fine = await createInspection(ctx, { instellingsnummer: one, type: 'full', startDate: '2026-09-14' });
  await rate(ctx, fine.id, fine.startDate, complete(ctx, GOOD));
  await decideAdvice(ctx, { inspectionId: fine.id, chosen: '1', motivation: '', guidanceObliged: false, reportDate: '2026-10-12' });
  await finalizeInspection(ctx, { inspectionId: fine.id, acknowledgeWarnings: true });

  const withGuidance = await createInspection(ctx, { instellingsnummer: twoA, type: 'unannounced', startDate: '2026-10-06' });
  await rate(ctx, withGuidance.id, withGuidance.startDate, [['km.1', 'beneden', 'Bij de start van de lessen en bij wissels gaat veel leertijd verloren.'], ['km.2', 'benadert', 'Klasafspraken verschillen van klas tot klas.'], ['km.3', 'volgens'], ['km.4', 'volgens'], ['sc.responsiveness', 'volgens'], ['sc.demandingness', 'benadert', 'De verwachtingen liggen in de eerste graad lager dan in de tweede.']]);
  await decideAdvice(ctx, { inspectionId: withGuidance.id, chosen: '2A', motivation: '', guidanceObliged: true, reportDate: '2026-10-27' });
  await finalizeInspection(ctx, { inspectionId: withGuidance.id, acknowledgeWarnings: true });

  const unfavourable = await createInspection(ctx, { instellingsnummer: twoB, type: 'full', startDate: '2026-05-11' });
  await rate(
    ctx,
    unfavourable.id,
    unfavourable.startDate,
    complete(ctx, [
      ['km.1', 'beneden', 'In de meeste klassen ontbreekt rust; lessen starten laat.'],
      ['km.2', 'beneden', 'Afspraken worden niet consequent nageleefd.'],
      ['km.3', 'benadert', 'Leraren reageren vooral op negatief gedrag.'],
      ['km.4', 'benadert', 'Er is geen gedeelde visie op klasmanagement.'],
    ]),
  );
  await decideAdvice(ctx, { inspectionId: unfavourable.id, chosen: '2B', motivation: '', guidanceObliged: true, reportDate: '2026-06-08' });
  await finalizeInspection(ctx, { inspectionId: unfavourable.id, acknowledgeWarnings: true });
  const plan = await openReferral(ctx, { inspectionId: unfavourable.id, referralDate: '2026-06-15' });
  const referralId = plan.referral.id;
  await saveReferralSetup(ctx, { referralId, assignedMember: 'An Verstraete', planDueOn: '2026-09-01' });
  await setBoardAnswer(ctx, { referralId, answer: 'accepts', date: '2026-07-01' });
  await decideTrajectory(ctx, { referralId, event: { kind: 'agree_plan', date: '2026-09-01', signedBy: 'Directeur, namens het schoolbestuur' } });
  await decideTrajectory(ctx, { referralId, event: { kind: 'start_monitoring', date: '2026-09-02' } });
  const goals = [
    ['Rust en een vlotte start in elke les', [0]],
    ['Eén set klasafspraken, consequent toegepast', [1]],
    // Builds on the ontwikkelkansen of km.3 and km.4: no tekort of its own.
    ['Positieve relatie leraar–leerling', []],
  ] as const;
  const noTekort = 'Bouwt op de ontwikkelkansen bij km.3 en km.4; geen tekort op zich.';
  let current = plan;
  for (const [title, refs] of goals) {
    current = await saveGoal(ctx, { referralId, title, description: 'De school kiest de aanpak; de task force observeert en geeft feedback.', shortcomingRefs: [...refs], noShortcomingReason: refs.length === 0 ? noTekort : '' });
  }
  const [g1, g2, g3] = current.goals.map((g) => g.id);
  // A visit is held once its day has come (the demo may be written on any date); only a held visit is judged.
  const visitState = (date: string) => ({ date, held: date <= ctx.now().toISOString().slice(0, 10) });
  const judged = <T,>(date: string, progress: T[]) => (visitState(date).held ? progress : []);
  const actions = [
    [g1, 'Startroutine afspreken met het hele team', 'team', '2026-09-15', 'done'],
    [g1, 'Coaching van beginnende leraren in de klas', 'pbd', '2026-10-15', 'in_progress'],
    [g2, 'Klasafspraken herschrijven met de leerlingenraad', 'behaviour_expert', '2026-10-01', 'done'],
    [g2, 'Opvolging van de afspraken op elke klassenraad', 'school_leader', '2026-11-15', 'planned'],
    [g3, 'Vorming relatiegericht werken voor het team', 'pbd', '2026-11-01', 'planned'],
    [g3, 'Leerlingenbevraging over welbevinden', 'clb', '2027-01-31', 'planned'],
  ] as const;
  for (const [goalId, description, ownerRole, dueDate, status] of actions) {
    await saveAction(ctx, { referralId, goalId, description, ownerRole, dueDate, status, schoolDecision: status === 'done' ? 'Goedgekeurd door de directie' : '', schoolDecisionOn: status === 'done' ? '2026-09-01' : null, schoolDecisionBy: status === 'done' ? 'Directeur' : '' });
  }
  await saveVisit(ctx, { referralId, ...visitState('2026-09-22'), participants: 'Directie, gedragsexpert, twee leraren', notes: 'Observaties in vier klassen; de startroutine is in de helft van de klassen zichtbaar.', progress: judged('2026-09-22', [{ goalId: g1, level: 'beneden', note: '' }, { goalId: g2, level: 'beneden', note: '' }, { goalId: g3, level: 'benadert', note: '' }]) });
  await saveVisit(ctx, { referralId, ...visitState('2026-11-17'), participants: 'Directie, gedragsexpert', notes: 'Duidelijke vooruitgang bij de start van de lessen; afspraken nog niet overal gelijk.', progress: judged('2026-11-17', [{ goalId: g1, level: 'benadert', note: '' }, { goalId: g2, level: 'beneden', note: '' }, { goalId: g3, level: 'benadert', note: '' }]) });
  await saveVisit(ctx, { referralId, held: false, date: '2027-01-19', participants: 'Directie', notes: 'Gepland bezoek.', progress: [] });
}
