import { z } from 'zod';
import { problemMessage } from '../../api/problem-messages';
import { call } from '../command-kit';
import { humanDate, tr } from '../i18n';
import { referralOption } from '../options';
import { planShape } from '../shapes';
import { defineCommand } from '../spec';
import { printPlan } from './taskforce';
import { PLAN_ENTRY_KINDS } from '../../api/operations/taskforce';

const DECISIONS = ['board_answer', 'agree_plan', 'start_monitoring', 'start_end_evaluation', 'resume_monitoring', 'reopen'] as const;
const agendaItem = z.object({ date: z.string(), kind: z.string() }).passthrough();

/** The trajectory's decisions, its member, its removals and the week's agenda: the same operations as the referral page. */
export const trajectoryCommands = [
  defineCommand({
    name: 'trajectory',
    group: 'taskforce',
    summary: {
      nl: 'legt een beslissing van het traject vast: antwoord bestuur, plan ondertekend, opvolging, eindevaluatie, heropenen (afsluiten: close-referral)',
      en: 'records a decision of the trajectory: board answer, plan signed, monitoring, end evaluation, reopen (closing: close-referral)',
    },
    example: 'trajectory --referral ID --decision agree_plan --date 2027-02-01 --signed-by "Mevr. Peeters, directeur"',
    options: {
      referral: referralOption,
      decision: { type: 'enum', values: DECISIONS, required: true, description: { nl: 'de beslissing', en: 'the decision' } },
      date: { type: 'date', required: true, description: { nl: 'datum van de beslissing', en: 'date of the decision' } },
      answer: { type: 'enum', values: ['accepts', 'declines', 'pbd_plan'] as const, description: { nl: 'bij board_answer: het antwoord', en: 'with board_answer: the answer' } },
      'signed-by': { type: 'string', placeholder: 'NAAM', description: { nl: 'bij agree_plan: wie tekende namens de school', en: 'with agree_plan: who signed for the school' } },
      reason: { type: 'string', placeholder: 'TEKST', description: { nl: 'bij reopen: de reden', en: 'with reopen: the reason' } },
    },
    output: planShape,
    run: ({ ctx }, o) => {
      const extra = o.decision === 'board_answer' ? { answer: o.answer } : o.decision === 'agree_plan' ? { signedBy: o['signed-by'] } : o.decision === 'reopen' ? { reason: o.reason } : {};
      return call(ctx, 'decideTrajectory', { referralId: o.referral, event: { kind: o.decision, date: o.date, ...extra } });
    },
    text: printPlan,
  }),
  defineCommand({
    name: 'assign',
    group: 'taskforce',
    summary: { nl: 'wijst het traject toe aan een lid van de task force, met de datum waarop het plan rond moet zijn', en: 'assigns the trajectory to a task-force member, with the date the plan should be agreed by' },
    example: 'assign --referral ID --member "Sofie Maes" --plan-due 2027-02-15',
    options: {
      referral: referralOption,
      member: { type: 'string', required: true, placeholder: 'NAAM', description: { nl: 'het lid van de task force', en: 'the task-force member' } },
      'plan-due': { type: 'date', description: { nl: 'tegen wanneer het plan overeengekomen moet zijn', en: 'by when the plan should be agreed' } },
    },
    output: planShape,
    run: ({ ctx }, o) => call(ctx, 'saveReferralSetup', { referralId: o.referral, assignedMember: o.member, planDueOn: o['plan-due'] ?? null }),
    text: printPlan,
  }),
  defineCommand({
    name: 'closing-checklist',
    group: 'taskforce',
    summary: { nl: 'wat het afsluiten van het traject nog tegenhoudt', en: 'what still stands in the way of closing the trajectory' },
    example: 'closing-checklist --referral ID --json',
    options: { referral: referralOption },
    output: z.object({ canCloseNow: z.boolean(), blocking: z.array(z.object({ code: z.string() }).passthrough()) }).passthrough(),
    run: ({ ctx }, o) => call(ctx, 'getClosingChecklist', { referralId: o.referral }),
    text(r, out) {
      if (r.blocking.length === 0) out.line(tr(out.lang, { nl: 'Niets houdt het afsluiten tegen.', en: 'Nothing stands in the way of closing.' }));
      for (const p of r.blocking) out.line(`  - ${problemMessage(p as never, out.lang)}`);
    },
  }),
  ...(['remove', 'restore'] as const).map((what) =>
    defineCommand({
      name: `${what}-plan-entry`,
      group: 'taskforce',
      summary:
        what === 'remove'
          ? { nl: 'haalt een doel, actie, bezoek, mijlpaal, contact met het bestuur of bijlage uit het plan (blijft in de geschiedenis, terug te zetten)', en: 'removes a goal, action, visit, milestone, board contact or attachment from the plan (kept in the history, can be restored)' }
          : { nl: 'zet een verwijderd doel, actie, bezoek, mijlpaal, contact of bijlage terug', en: 'restores a removed goal, action, visit, milestone, contact or attachment' },
      example: `${what}-plan-entry --referral ID --kind action --id ID`,
      options: {
        referral: referralOption,
        kind: { type: 'enum', values: PLAN_ENTRY_KINDS, required: true, description: { nl: 'soort', en: 'kind' } },
        id: { type: 'string', required: true, placeholder: 'ID', description: { nl: 'het item', en: 'the entry' } },
      },
      output: planShape,
      run: ({ ctx }, o) => call(ctx, what === 'remove' ? 'removePlanEntry' : 'restorePlanEntry', { referralId: o.referral, kind: o.kind, id: o.id }),
      text: printPlan,
    }),
  ),
  defineCommand({
    name: 'agenda',
    group: 'taskforce',
    summary: { nl: 'wat over tijd is en wat deze week moet, voor één lid van de task force of voor iedereen', en: 'what is overdue and what is due this week, for one task-force member or for everyone' },
    example: 'agenda --member "Sofie Maes"',
    options: {
      member: { type: 'string', placeholder: 'NAAM', description: { nl: 'het lid (anders het profiel)', en: 'the member (else the profile)' } },
      everyone: { type: 'boolean', description: { nl: 'alle trajecten', en: 'every trajectory' } },
    },
    output: z.object({ today: z.string(), trajectories: z.number(), overdue: z.array(agendaItem), dueThisWeek: z.array(agendaItem) }).passthrough(),
    run: ({ ctx }, o) => call(ctx, 'getTaskforceAgenda', { member: o.member, everyone: o.everyone === true }),
    text(r, out) {
      out.line(tr(out.lang, { nl: `${r.trajectories} trajecten; ${r.overdue.length} over tijd, ${r.dueThisWeek.length} deze week.`, en: `${r.trajectories} trajectories; ${r.overdue.length} overdue, ${r.dueThisWeek.length} this week.` }));
      for (const item of [...r.overdue, ...r.dueThisWeek]) out.line(`  ${humanDate(out.lang, item.date)}  ${String((item as { label?: string }).label ?? item.kind)}`);
    },
  }),
];
