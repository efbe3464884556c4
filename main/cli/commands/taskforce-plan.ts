import { z } from 'zod';
import { AppError } from '../../api/envelope';
import type { OperationResult } from '../../api/types';
import { RATING_LEVELS, type RatingLevel } from '../../domain/rating';
import { ACTION_STATUSES, OWNER_ROLES } from '../../domain/taskforce/plan';
import type { ServiceContext } from '../../services/context';
import { call } from '../command-kit';
import { tr } from '../i18n';
import { idOption, referralOption, textOption } from '../options';
import { planShape } from '../shapes';
import { defineCommand, type TextOut } from '../spec';

type Plan = OperationResult<'getReferral'>;
type ListName = 'goals' | 'actions' | 'visits' | 'milestones';

/**
 * Saves one plan item and answers its id with the plan: the contract answers
 * the whole plan, so the new item is the one that was not there before.
 */
async function saveItem(ctx: ServiceContext, referralId: string, list: ListName, id: string | undefined, save: () => Promise<Plan>) {
  const before = id ? null : new Set((await call(ctx, 'getReferral', { id: referralId }))[list].map((x) => x.id));
  const plan = await save();
  const savedId = id ?? plan[list].map((x) => x.id).find((x) => !before!.has(x))!;
  return { id: savedId, plan };
}

const itemShape = z.object({ id: z.string(), plan: planShape });
const saved = (nl: string, en: string) => (r: { id: string }, out: TextOut) => out.line(tr(out.lang, { nl: `${nl} ${r.id} bewaard.`, en: `${en} ${r.id} saved.` }));

/** `GOAL_ID=LEVEL` or `GOAL_ID=LEVEL:note`: progress on one goal at a visit. */
function parseProgress(values: readonly string[]) {
  return values.map((value) => {
    const match = /^([^=]+)=([a-z]+)(?::([\s\S]*))?$/.exec(value);
    if (!match || !(RATING_LEVELS as readonly string[]).includes(match[2])) {
      throw new AppError('invalid_input', `--goal-progress "${value}": schrijf DOEL-ID=${RATING_LEVELS.join('|')}[:notitie]`, 'goal-progress');
    }
    return { goalId: match[1].trim(), level: match[2] as RatingLevel, note: match[3] ?? '' };
  });
}

/** Goals, actions, visits and milestones of a guidance plan. */
export const planItemCommands = [
  defineCommand({
    name: 'goal',
    group: 'taskforce',
    summary: { nl: 'voegt een doel aan het plan toe (of verbetert het), gekoppeld aan tekorten uit het verslag', en: 'adds a goal to the plan (or corrects it), linked to shortcomings from the report' },
    example: 'goal --referral ID --title "Een gedragen schoolreglement" --shortcoming 0',
    options: {
      referral: referralOption,
      id: idOption,
      title: { type: 'string', required: true, placeholder: 'TITEL', description: { nl: 'titel', en: 'title' } },
      description: textOption('beschrijving', 'description'),
      shortcoming: { type: 'string', multiple: true, commas: true, placeholder: 'N', description: { nl: 'volgnummer van een tekort van de doorverwijzing (vanaf 0)', en: 'number of a shortcoming of the referral (from 0)' } },
    },
    output: itemShape,
    run: ({ ctx }, o) => {
      const refs = (o.shortcoming ?? []).map((n) => {
        if (!/^\d+$/.test(n)) throw new AppError('invalid_input', `--shortcoming moet een volgnummer zijn, niet "${n}"`, 'shortcoming');
        return Number(n);
      });
      return saveItem(ctx, o.referral, 'goals', o.id, () => call(ctx, 'saveGoal', { referralId: o.referral, id: o.id, title: o.title, description: o.description ?? '', shortcomingRefs: refs }));
    },
    text: saved('Doel', 'Goal'),
  }),
  defineCommand({
    name: 'action',
    group: 'taskforce',
    summary: { nl: 'voegt een actie aan het plan toe (of verbetert ze): wie, tegen wanneer, in welke stand', en: 'adds an action to the plan (or corrects it): who, by when, in which state' },
    example: 'action --referral ID --goal GOAL_ID --description "Reglement herschrijven met de leerlingenraad" --owner school_leader --due 2027-03-01',
    options: {
      referral: referralOption,
      id: idOption,
      goal: { type: 'string', placeholder: 'ID', description: { nl: 'het doel waar de actie bij hoort', en: 'the goal the action belongs to' } },
      description: { type: 'string', required: true, placeholder: 'TEKST', description: { nl: 'wat er gebeurt', en: 'what happens' } },
      owner: { type: 'enum', values: OWNER_ROLES, required: true, description: { nl: 'wie (een rol)', en: 'who (a role)' } },
      due: { type: 'date', required: true, description: { nl: 'tegen wanneer', en: 'due date' } },
      status: { type: 'enum', values: ACTION_STATUSES, description: { nl: 'stand (standaard planned)', en: 'state (default planned)' } },
      'school-decision': textOption('beslissing van de school', "the school's decision"),
    },
    output: itemShape,
    run: ({ ctx }, o) =>
      saveItem(ctx, o.referral, 'actions', o.id, () =>
        call(ctx, 'saveAction', { referralId: o.referral, id: o.id, goalId: o.goal ?? null, description: o.description, ownerRole: o.owner, dueDate: o.due, status: o.status ?? 'planned', schoolDecision: o['school-decision'] ?? '' }),
      ),
    text: saved('Actie', 'Action'),
  }),
  defineCommand({
    name: 'visit',
    group: 'taskforce',
    summary: { nl: 'legt een begeleidingsbezoek vast, met de voortgang per doel', en: 'records a guidance visit, with the progress per goal' },
    example: 'visit --referral ID --date 2027-02-01 --participants "directie, task force" --goal-progress "GOAL_ID=benadert:eerste versie klaar"',
    options: {
      referral: referralOption,
      id: idOption,
      date: { type: 'date', required: true, description: { nl: 'datum van het bezoek', en: 'date of the visit' } },
      participants: textOption('wie er was (rollen)', 'who was there (roles)'),
      notes: textOption('verslag van het bezoek', 'notes of the visit'),
      'goal-progress': { type: 'string', multiple: true, placeholder: 'DOEL=NIVEAU[:NOTITIE]', description: { nl: 'voortgang op een doel (herhaal per doel)', en: 'progress on a goal (repeat per goal)' } },
    },
    output: itemShape,
    run: ({ ctx }, o) =>
      saveItem(ctx, o.referral, 'visits', o.id, () =>
        call(ctx, 'saveVisit', { referralId: o.referral, id: o.id, date: o.date, participants: o.participants ?? '', notes: o.notes ?? '', progress: parseProgress(o['goal-progress'] ?? []) }),
      ),
    text: saved('Bezoek', 'Visit'),
  }),
  defineCommand({
    name: 'milestone',
    group: 'taskforce',
    summary: { nl: 'voegt een mijlpaal toe (of verbetert ze), en wanneer ze bereikt is', en: 'adds a milestone (or corrects it), and when it was reached' },
    example: 'milestone --referral ID --title "Reglement goedgekeurd" --due 2027-04-01 --reached 2027-03-28',
    options: {
      referral: referralOption,
      id: idOption,
      title: { type: 'string', required: true, placeholder: 'TITEL', description: { nl: 'titel', en: 'title' } },
      due: { type: 'date', required: true, description: { nl: 'gepland op', en: 'due date' } },
      reached: { type: 'date', description: { nl: 'bereikt op', en: 'reached on' } },
    },
    output: itemShape,
    run: ({ ctx }, o) =>
      saveItem(ctx, o.referral, 'milestones', o.id, () => call(ctx, 'saveMilestone', { referralId: o.referral, id: o.id, title: o.title, dueDate: o.due, reachedOn: o.reached ?? null })),
    text: saved('Mijlpaal', 'Milestone'),
  }),
];
