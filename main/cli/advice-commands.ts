import { produceProgressReport } from '../services/taskforce-report';
import { call, type Command, json, reportFormat, requireFlag, writeReport } from './command-kit';

/** advice and progress-report: journeys 3 and 5 from the command line. */
export const adviceCommands: Record<string, Command> = {
  advice: {
    usage: 'advice --inspection ID [--json]',
    summary: 'voorstel, redenen, gekozen advies, gevolgen en data',
    async run(ctx, flags, print) {
      const advice = await call(ctx, 'getAdvice', { inspectionId: requireFlag(flags, 'inspection') });
      if (flags.json) return print(json(advice));
      const label = (code: string) => advice.advices.find((a) => a.code === code)?.label.nl ?? code;
      const c = advice.consequences;
      print(`Voorstel: ${label(advice.proposal.advice)}`);
      for (const reason of advice.proposal.reasons) print(`  - ${reason}`);
      print(advice.decision ? `Gekozen: ${label(advice.decision.chosen)} (${advice.decision.decidedBy}, ${advice.decision.decidedAt.slice(0, 10)})${advice.decision.motivation ? ` — ${advice.decision.motivation}` : ''}` : 'Gekozen: nog niet beslist');
      print(`Definitief: ${advice.locked ? 'ja' : 'nee'}`);
      print('Gevolgen:');
      print(`  erkenning behouden: ${c.recognitionKept ? 'ja' : 'nee'}; tekorten bindend: ${c.shortcomingsBinding ? 'ja' : 'nee'}`);
      print(`  externe begeleiding verplicht: ${c.guidanceObliged ? 'ja' : 'nee'}; task force: ${{ none: 'nee', possible: 'mogelijk', required: 'vereist' }[c.taskForceReferral]}`);
      if (c.boardDeadline) print(`  termijn schoolbestuur: ${c.boardDeadline}`);
      if (c.earliestNewInspection) print(`  nieuwe doorlichting ten vroegste: ${c.earliestNewInspection}`);
      if (c.appealReinspectionDays) print(`  bij beroep: nieuwe doorlichting binnen ${c.appealReinspectionDays} dagen`);
      if (c.nextRegularInspection) print(`  volgende reguliere doorlichting: ${c.nextRegularInspection}${c.interimVisits ? ' (met tussentijdse bezoeken)' : ''}`);
    },
  },
  'progress-report': {
    usage: 'progress-report --referral ID --format docx|pdf --out FILE',
    summary: 'schrijft het voortgangsrapport van de task force naar Word of PDF',
    async run(ctx, flags, print) {
      const referralId = requireFlag(flags, 'referral');
      const format = reportFormat(flags);
      requireFlag(flags, 'out');
      await call(ctx, 'getReferral', { id: referralId });
      writeReport(flags, await produceProgressReport(ctx, referralId, format), print);
    },
  },
};
