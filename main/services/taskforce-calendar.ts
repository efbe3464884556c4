import { createEvents, type EventAttributes } from 'ics';
import type { ValidatedInput } from '../api/contract';
import { AppError } from '../api/envelope';
import { addCalendarDays } from '../domain/dates';
import type { AgendaKind } from '../domain/taskforce/caseload';
import { agenda } from '../domain/taskforce/caseload';
import { fileNamePart } from './file-names';
import * as repo from '../db/repositories/taskforce';
import { followUpOf, getReferral, today } from './taskforce';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handler-types';

/** How each agenda item reads in a calendar (Outlook shows the title, Dutch first like the rest of the workbench). */
const TITLES: Record<AgendaKind, string> = {
  board_answer: 'Antwoord schoolbestuur verwacht',
  plan_agreed: 'Begeleidingsplan afgesproken met de school',
  new_inspection: 'Vroegste nieuwe doorlichting (advies 2B)',
  action: 'Actie',
  milestone: 'Mijlpaal',
  visit: 'Bezoek task force',
};

const dateArray = (iso: string): [number, number, number] => iso.split('-').map(Number) as [number, number, number];

/**
 * Planned visits and open deadlines of the open trajectories, as all-day
 * events in one iCalendar file (RFC 5545, written by the `ics` library), for
 * one task-force member or everyone. Each event keeps its uid across exports,
 * so importing a newer file updates the same appointments.
 */
export async function buildCalendar(ctx: ServiceContext, member: string | null) {
  const referrals = (await repo.listReferrals(ctx.db)).filter((r) => r.closedOn === null && (member === null || r.assignedMember === member));
  const stamp = ctx.now().getTime();
  const events: EventAttributes[] = [];
  for (const r of referrals) {
    const plan = await getReferral(ctx, { id: r.id });
    for (const item of agenda(followUpOf(r, plan))) {
      events.push({
        uid: `${r.id}.${item.kind}.${item.entryId ?? 'trajectory'}@doorlicht`,
        start: dateArray(item.date),
        end: dateArray(addCalendarDays(item.date, 1)),
        title: `${TITLES[item.kind]}${item.label ? `: ${item.label}` : ''} — ${r.schoolName}`,
        description: `${r.schoolName} (${r.instellingsnummer}), advies ${r.advice}.${r.assignedMember ? ` Opgevolgd door ${r.assignedMember}.` : ''}`,
        categories: ['Doorlicht', 'Task force'],
        transp: item.kind === 'visit' ? 'OPAQUE' : 'TRANSPARENT',
        created: stamp,
        lastModified: stamp,
      });
    }
  }
  const calName = member ? `Task force — ${member}` : 'Task force — alle trajecten';
  if (events.length === 0) return { text: emptyCalendar(calName), events: 0, calName };
  const { error, value } = createEvents(events, { productId: 'Doorlicht//Task force', calName });
  if (error || !value) throw new AppError('internal', `De agenda kon niet gemaakt worden: ${error?.message ?? 'onbekende fout'}`);
  return { text: value, events: events.length, calName };
}

/** `ics` refuses an empty list; an empty calendar is still a valid file (nothing planned). */
function emptyCalendar(calName: string): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:Doorlicht//Task force', `X-WR-CALNAME:${calName}`, 'END:VCALENDAR', ''].join('\r\n');
}

/** The calendar for the screen's button: its file name and text (the renderer saves it). */
export async function exportCalendar(ctx: ServiceContext, input: ValidatedInput<'exportCalendar'>) {
  const member = input.member?.trim() || null;
  const calendar = await buildCalendar(ctx, member);
  return { fileName: `taskforce-${fileNamePart(member ?? 'alle')}-${today(ctx)}.ics`, ...calendar };
}

export const calendarHandlers = { exportCalendar } satisfies HandlerMap<'exportCalendar'>;
