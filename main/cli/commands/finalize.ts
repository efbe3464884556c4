import { z } from 'zod';
import { AppError } from '../../api/envelope';
import type { OperationResult } from '../../api/types';
import type { ServiceContext } from '../../services/context';
import { problemMessage } from '../../api/problem-messages';
import { call } from '../command-kit';
import { humanDate, tr, yesNo } from '../i18n';
import { inspectionOption, textOption } from '../options';
import { adviceShape, checklistShape } from '../shapes';
import { defineCommand, type TextOut } from '../spec';

export type Checklist = z.infer<typeof checklistShape>;

/**
 * The finalize check list, exactly as the UI shows it (the domain's
 * finalizeChecklist through getFinalizeChecklist): blocking items first. The
 * items are worded here in the chosen language from their codes.
 */
async function checklistOf(ctx: ServiceContext, inspectionId: string, lang: 'nl' | 'en'): Promise<Checklist> {
  const list = await call(ctx, 'getFinalizeChecklist', { inspectionId });
  return { canFinalize: list.canFinalize, items: list.items.map((i) => ({ ...i, message: problemMessage(i, lang) })) };
}

/** A refused finalize, carrying the check list so that both --json and text show why. */
export class FinalizeRefused extends AppError {
  constructor(
    message: string,
    readonly checklist: Checklist,
  ) {
    super('conflict', message);
  }
}

export function printChecklist(list: Checklist, out: Pick<TextOut, 'line' | 'lang'>): void {
  if (!list.items.length) return out.line(tr(out.lang, { nl: 'Controlelijst: alles in orde.', en: 'Checklist: all in order.' }));
  for (const item of list.items) {
    const mark = item.severity === 'blocking' ? tr(out.lang, { nl: 'BLOKKEERT', en: 'BLOCKS' }) : tr(out.lang, { nl: 'let op', en: 'warning' });
    out.line(`  [${mark}] ${item.message}${item.field ? ` (${item.field})` : ''}`);
  }
}

export function printAdvice(advice: OperationResult<'getAdvice'>, out: TextOut): void {
  const l = out.lang;
  const label = (code: string) => advice.advices.find((a) => a.code === code)?.label[l] ?? code;
  const c = advice.consequences;
  out.line(`${tr(l, { nl: 'Voorstel', en: 'Proposal' })}: ${label(advice.proposal.advice)}`);
  for (const reason of advice.proposal.reasons) out.line(`  - ${reason}`);
  const d = advice.decision;
  out.line(
    d
      ? `${tr(l, { nl: 'Gekozen', en: 'Chosen' })}: ${label(d.chosen)} (${d.decidedBy}, ${humanDate(l, d.decidedAt)})${d.motivation ? ` — ${d.motivation}` : ''}`
      : tr(l, { nl: 'Gekozen: nog niet beslist', en: 'Chosen: not decided yet' }),
  );
  out.line(`${tr(l, { nl: 'Definitief', en: 'Final' })}: ${yesNo(l, advice.locked)}`);
  out.line(`${tr(l, { nl: 'Gevolgen', en: 'Consequences' })}:`);
  out.line(`  ${tr(l, { nl: 'erkenning behouden', en: 'recognition kept' })}: ${yesNo(l, c.recognitionKept)}; ${tr(l, { nl: 'tekorten bindend', en: 'shortcomings binding' })}: ${yesNo(l, c.shortcomingsBinding)}`);
  const tf = { none: { nl: 'nee', en: 'no' }, possible: { nl: 'mogelijk', en: 'possible' }, required: { nl: 'vereist', en: 'required' } }[c.taskForceReferral];
  out.line(`  ${tr(l, { nl: 'externe begeleiding verplicht', en: 'external guidance obliged' })}: ${yesNo(l, c.guidanceObliged)}; task force: ${tr(l, tf)}`);
  if (c.boardDeadline) out.line(`  ${tr(l, { nl: 'termijn schoolbestuur', en: 'school board deadline' })}: ${humanDate(l, c.boardDeadline)}`);
  if (c.earliestNewInspection) out.line(`  ${tr(l, { nl: 'nieuwe doorlichting ten vroegste', en: 'new inspection at the earliest' })}: ${humanDate(l, c.earliestNewInspection)}`);
  if (c.appealReinspectionDays) out.line(`  ${tr(l, { nl: `bij beroep: nieuwe doorlichting binnen ${c.appealReinspectionDays} dagen`, en: `on appeal: new inspection within ${c.appealReinspectionDays} days` })}`);
  if (c.nextRegularInspection) out.line(`  ${tr(l, { nl: 'volgende reguliere doorlichting', en: 'next regular inspection' })}: ${humanDate(l, c.nextRegularInspection)}${c.interimVisits ? tr(l, { nl: ' (met tussentijdse bezoeken)', en: ' (with interim visits)' }) : ''}`);
}

/** Finalizing the report and reopening it. */
export const finalizeCommands = [
  defineCommand({
    name: 'checklist',
    group: 'rating',
    summary: { nl: 'de controlelijst voor het definitief maken: wat blokkeert en wat een waarschuwing is', en: 'the checklist before finalizing: what blocks and what is a warning' },
    example: 'checklist --inspection ID --json',
    options: { inspection: inspectionOption },
    output: checklistShape,
    run: ({ ctx, lang }, o) => checklistOf(ctx, o.inspection, lang),
    text: printChecklist,
  }),
  defineCommand({
    name: 'finalize',
    group: 'rating',
    summary: {
      nl: 'maakt het verslag definitief na de controlelijst: geweigerd (code 1) bij blokkerende punten; waarschuwingen vragen --accept-warnings',
      en: 'makes the report final after the checklist: refused (code 1) with blocking items; warnings need --accept-warnings',
    },
    example: 'finalize --inspection ID --accept-warnings',
    options: {
      inspection: inspectionOption,
      'accept-warnings': { type: 'boolean', description: { nl: 'de waarschuwingen gelezen en aanvaard', en: 'the warnings read and accepted' } },
    },
    output: z.object({ checklist: checklistShape, advice: adviceShape }),
    async run({ ctx, lang }, o) {
      const checklist = await checklistOf(ctx, o.inspection, lang);
      const blocking = checklist.items.filter((i) => i.severity === 'blocking').length;
      const warnings = checklist.items.length - blocking;
      if (blocking) throw new FinalizeRefused(tr(lang, { nl: `Niet definitief: ${blocking} blokkerende punten op de controlelijst.`, en: `Not final: ${blocking} blocking items on the checklist.` }), checklist);
      if (warnings && !o['accept-warnings']) {
        throw new FinalizeRefused(tr(lang, { nl: `Niet definitief: ${warnings} waarschuwingen; lees ze en bevestig met --accept-warnings.`, en: `Not final: ${warnings} warnings; read them and confirm with --accept-warnings.` }), checklist);
      }
      // The service runs the same list again inside its transaction: nothing slips in between.
      const advice = await call(ctx, 'finalizeInspection', { inspectionId: o.inspection, acknowledgeWarnings: o['accept-warnings'] === true });
      return { checklist, advice };
    },
    text(r, out) {
      printChecklist(r.checklist, out);
      out.line(tr(out.lang, { nl: 'Het verslag is definitief; het advies ligt vast.', en: 'The report is final; the advice is locked.' }));
    },
  }),
  defineCommand({
    name: 'reopen',
    group: 'rating',
    summary: { nl: 'heropent een definitieve inspectie; de reden komt in het auditspoor', en: 'reopens a final inspection; the reason goes into the audit trail' },
    example: 'reopen --inspection ID --reason "Tekort bij km.2 verkeerd overgenomen"',
    options: { inspection: inspectionOption, reason: textOption('waarom', 'why', true) },
    output: adviceShape,
    run: ({ ctx }, o) => call(ctx, 'reopenInspection', { inspectionId: o.inspection, reason: o.reason }),
    text(advice, out) {
      out.line(tr(out.lang, { nl: `Inspectie ${advice.inspectionId} heropend.`, en: `Inspection ${advice.inspectionId} reopened.` }));
    },
  }),
];
