import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { BOARD_ANSWERS } from '../../domain/taskforce/plan';
import { call } from '../command-kit';
import { table } from '../format';
import { humanDate, tr } from '../i18n';
import { formatOption, inspectionOption, outOption, referralOption } from '../options';
import { planShape, referralShape, reportFileShape, writtenFileShape } from '../shapes';
import { defineCommand, type TextOut } from '../spec';
import { exportToFile, printWritten } from './report';
import { planItemCommands } from './taskforce-plan';

type Plan = z.infer<typeof planShape>;

export function printPlan(plan: Plan, out: TextOut): void {
  const l = out.lang;
  const r = plan.referral;
  out.line(tr(l, { nl: `Doorverwijzing ${r.id} (advies ${r.advice}), ${humanDate(l, r.referralDate)}; antwoord bestuur: ${r.boardAnswer}`, en: `Referral ${r.id} (advice ${r.advice}), ${humanDate(l, r.referralDate)}; board answer: ${r.boardAnswer}` }));
  if (r.closedOn) out.line(tr(l, { nl: `Afgesloten op ${humanDate(l, r.closedOn)}.`, en: `Closed on ${humanDate(l, r.closedOn)}.` }));
  out.line(tr(l, { nl: `Doelen (${plan.goals.length}):`, en: `Goals (${plan.goals.length}):` }));
  for (const g of plan.goals) out.line(`  ${g.id}  ${g.title}`);
  out.line(tr(l, { nl: `Acties (${plan.actions.length}):`, en: `Actions (${plan.actions.length}):` }));
  const overdue = new Set(plan.overdueActionIds);
  for (const a of plan.actions) out.line(`  ${a.id}  ${humanDate(l, a.dueDate)}  ${a.status}${overdue.has(a.id) ? tr(l, { nl: ' (te laat)', en: ' (overdue)' }) : ''}  ${a.description}`);
  out.line(tr(l, { nl: `Bezoeken (${plan.visits.length}):`, en: `Visits (${plan.visits.length}):` }));
  for (const v of plan.visits) out.line(`  ${v.id}  ${humanDate(l, v.date)}  ${v.participants}`);
  out.line(tr(l, { nl: `Mijlpalen (${plan.milestones.length}):`, en: `Milestones (${plan.milestones.length}):` }));
  for (const m of plan.milestones) out.line(`  ${m.id}  ${humanDate(l, m.dueDate)}  ${m.reachedOn ? `✓ ${humanDate(l, m.reachedOn)}` : '–'}  ${m.title}`);
  if (plan.nextVisit) out.line(tr(l, { nl: `Volgend bezoek: ${humanDate(l, plan.nextVisit)}`, en: `Next visit: ${humanDate(l, plan.nextVisit)}` }));
}

/** The task force's journey: referral, plan, close and the progress report. */
export const taskforceCommands = [
  defineCommand({
    name: 'refer',
    group: 'taskforce',
    summary: { nl: 'verwijst door naar de task force na advies 2B, of 2A met begeleidingsplicht', en: 'refers to the task force after advice 2B, or 2A with obliged guidance' },
    example: 'refer --inspection ID --date 2026-12-20',
    options: { inspection: inspectionOption, date: { type: 'date', description: { nl: 'datum van de doorverwijzing (standaard vandaag)', en: 'date of the referral (default today)' } } },
    output: planShape,
    run: ({ ctx }, o) => call(ctx, 'openReferral', { inspectionId: o.inspection, referralDate: o.date }),
    text: printPlan,
  }),
  defineCommand({
    name: 'calendar',
    group: 'taskforce',
    summary: {
      nl: 'schrijft de geplande bezoeken en termijnen van de open trajecten als iCalendar-bestand (Outlook), voor één lid van de task force of voor iedereen',
      en: 'writes the planned visits and deadlines of the open trajectories as an iCalendar file (Outlook), for one task-force member or for everyone',
    },
    example: 'calendar --out agenda.ics --member "Sofie Maes"',
    options: { out: outOption, member: { type: 'string', placeholder: 'NAAM', description: { nl: 'het lid van de task force (anders iedereen)', en: 'the task-force member (else everyone)' } } },
    output: writtenFileShape.extend({ events: z.number(), calName: z.string() }),
    async run({ ctx }, o) {
      const calendar = await call(ctx, 'exportCalendar', { member: o.member });
      const file = resolve(o.out);
      writeFileSync(file, calendar.text, 'utf8');
      const bytes = Buffer.from(calendar.text, 'utf8');
      return { file, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), events: calendar.events, calName: calendar.calName };
    },
    text(r, out) {
      out.line(tr(out.lang, { nl: `${r.file} geschreven: ${r.events} afspraken (${r.calName}).`, en: `${r.file} written: ${r.events} appointments (${r.calName}).` }));
    },
  }),
  defineCommand({
    name: 'referrals',
    group: 'taskforce',
    summary: { nl: 'alle scholen in begeleiding, met wat eerst aandacht vraagt', en: 'every school under guidance, with what needs attention first' },
    example: 'referrals --json',
    options: {},
    output: z.array(referralShape.extend({ schoolName: z.string(), overdueActions: z.number(), nextVisit: z.string().nullable(), goals: z.number() })),
    run: ({ ctx }) => call(ctx, 'listReferrals', {}),
    text(list, out) {
      const l = out.lang;
      const head = l === 'nl' ? ['Id', 'School', 'Advies', 'Doelen', 'Te laat', 'Volgend bezoek'] : ['Id', 'School', 'Advice', 'Goals', 'Overdue', 'Next visit'];
      out.line(table(head, list.map((r) => [r.id, r.schoolName, r.advice, String(r.goals), String(r.overdueActions), humanDate(l, r.nextVisit)])));
    },
  }),
  defineCommand({
    name: 'plan',
    group: 'taskforce',
    summary: { nl: 'het begeleidingsplan: doelen, acties, bezoeken, mijlpalen en voortgang', en: 'the guidance plan: goals, actions, visits, milestones and progress' },
    example: 'plan --referral ID',
    options: { referral: referralOption },
    output: planShape,
    run: ({ ctx }, o) => call(ctx, 'getReferral', { id: o.referral }),
    text: printPlan,
  }),
  defineCommand({
    name: 'board-answer',
    group: 'taskforce',
    summary: { nl: 'het antwoord van het schoolbestuur op de doorverwijzing', en: "the school board's answer to the referral" },
    example: 'board-answer --referral ID --answer accepts --date 2027-01-10',
    options: {
      referral: referralOption,
      answer: { type: 'enum', values: BOARD_ANSWERS, required: true, description: { nl: 'het antwoord', en: 'the answer' } },
      date: { type: 'date', description: { nl: 'datum van het antwoord', en: 'date of the answer' } },
    },
    output: planShape,
    run: ({ ctx }, o) => call(ctx, 'setBoardAnswer', { referralId: o.referral, answer: o.answer, date: o.date ?? null }),
    text: printPlan,
  }),
  ...planItemCommands,
  defineCommand({
    name: 'close-referral',
    group: 'taskforce',
    summary: { nl: 'sluit de begeleiding af met de eindevaluatie', en: 'closes the guidance with the final evaluation' },
    example: 'close-referral --referral ID --date 2027-06-30 --can-continue ja --motivation "…" --acknowledge-goals',
    options: {
      referral: referralOption,
      date: { type: 'date', required: true, description: { nl: 'datum van afsluiten', en: 'closing date' } },
      'can-continue': { type: 'enum', values: ['ja', 'nee'], required: true, description: { nl: 'kan de school zelfstandig verder', en: 'can the school continue on its own' } },
      motivation: { type: 'string', required: true, placeholder: 'TEKST', description: { nl: 'motivering van de eindevaluatie', en: 'motivation of the final evaluation' } },
      'acknowledge-goals': { type: 'boolean', description: { nl: 'de doelen zonder vooruitgang gezien (zie closing-checklist)', en: 'the goals without progress seen (see closing-checklist)' } },
    },
    output: planShape,
    run: ({ ctx }, o) =>
      call(ctx, 'closeReferral', { referralId: o.referral, date: o.date, canContinueAlone: o['can-continue'] === 'ja', motivation: o.motivation, acknowledgeGoals: o['acknowledge-goals'] === true }),
    text: printPlan,
  }),
  defineCommand({
    name: 'progress-report',
    group: 'taskforce',
    summary: { nl: 'schrijft het voortgangsrapport van de task force naar Word of PDF', en: "writes the task force's progress report to Word or PDF" },
    example: 'progress-report --referral ID --format pdf --out voortgang.pdf',
    options: {
      referral: referralOption,
      format: formatOption,
      out: outOption,
      final: { type: 'boolean', description: { nl: 'een tussentijds rapport definitief maken (eigen versie en documentnummer)', en: 'make an interim report final (its own version and document id)' } },
    },
    output: reportFileShape,
    run: (env, o) =>
      exportToFile(env, { nl: 'voortgangsrapport maken', en: 'making the progress report' }, call(env.ctx, 'exportProgressReport', { referralId: o.referral, format: o.format, final: o.final === true }), o),
    text: printWritten,
  }),
];
