import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { call, type Command, requireFlag } from './command-kit';

/** calendar: a task-force member's planned visits and deadlines as an iCalendar file (for Outlook). */
export const taskforceCommands: Record<string, Command> = {
  calendar: {
    usage: 'calendar --out FILE.ics [--member NAAM]',
    summary: 'schrijft de geplande bezoeken en termijnen van de open trajecten als iCalendar-bestand, voor één lid van de task force of voor iedereen',
    async run(ctx, flags, print) {
      const out = resolve(requireFlag(flags, 'out'));
      const calendar = await call(ctx, 'exportCalendar', { member: typeof flags.member === 'string' ? flags.member : undefined });
      writeFileSync(out, calendar.text, 'utf8');
      print(`${out} geschreven: ${calendar.events} afspraken (${calendar.calName}).`);
    },
  },
};
