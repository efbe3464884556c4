import type { RatingLevel } from '../domain/rating';
import { RATING_LABELS_NL } from '../domain/rating';
import type { ActionStatus, BoardAnswer, OwnerRole } from '../domain/taskforce/plan';
import { formatDutchDate } from './dutch-format';
import { bold, heading, italic, numberCaptions, paragraph, type Block, type ReportDocument } from './model';
import { goalProgressAltText, goalProgressChart } from './progress-chart';
import { visitRecordBlocks, type VisitRecordsReportData } from './visit-records-section';

/** Everything the task force's progress report shows, gathered by the task-force service (Dutch texts). */
export interface ProgressReportData {
  school: { name: string; instellingsnummer: string; municipality: string };
  /** A trajectory of the demo data (domain/demo.ts): the report says it describes no real school. */
  demo?: boolean;
  referral: {
    advice: '2A' | '2B';
    referralDate: string;
    earliestNewInspection: string | null;
    boardAnswer: BoardAnswer;
    boardAnswerDate: string | null;
    shortcomings: Array<{ indicatorId: string | null; text: string }>;
    closedOn: string | null;
    canContinueAlone: boolean | null;
    closingMotivation: string;
    planAgreedBy?: string | null;
    planAgreedOn?: string | null;
  };
  goals: Array<{
    title: string;
    description: string;
    shortcomingRefs: number[];
    timeline: Array<{ date: string; level: RatingLevel }>;
    /** Over the last visits (domain/taskforce/progress.ts): better, the same, worse, or not yet known. */
    trend?: GoalTrend;
  }>;
  actions: Array<{
    goalTitle: string | null;
    description: string;
    ownerRole: OwnerRole;
    dueDate: string;
    status: ActionStatus;
    schoolDecision: string;
    schoolDecisionOn?: string | null;
    schoolDecisionBy?: string;
    overdue: boolean;
  }>;
  /** Each visit with the progress judged per goal (a planned visit has none yet). */
  visits: Array<{ date: string; held?: boolean; participants: string; notes: string; progress?: Array<{ goalTitle: string; level: RatingLevel }> }>;
  milestones: Array<{ title: string; dueDate: string; reachedOn: string | null }>;
  /** Files with the visits and the contact log with the board (reports/visit-records-section.ts). */
  visitRecords?: VisitRecordsReportData;
  generatedAt: string;
  /**
   * The task force made this text final (an interim report while the guidance
   * runs, or the closing one). A report of a closed trajectory is final.
   */
  final?: boolean;
  /** Printed on the last page; the export log records it beside the file's SHA-256. */
  exportInfo?: { documentId: string; version: number };
}

export type GoalTrend = 'up' | 'same' | 'down' | 'unknown';

export const PROGRESS_SECTION_TITLES = {
  summary: 'Samenvatting per doel',
  referral: 'Doorverwijzing',
  plan: 'Interventieplan',
  actions: 'Acties',
  visits: 'Bezoeken',
  evaluation: 'Eindevaluatie',
} as const;

const OWNER_LABELS: Record<OwnerRole, string> = { school_leader: 'Directie', behaviour_expert: 'Gedragsexpert', team: 'Schoolteam', pbd: 'PBD', clb: 'CLB' };
const STATUS_LABELS: Record<ActionStatus, string> = { planned: 'Gepland', in_progress: 'Bezig', done: 'Uitgevoerd', dropped: 'Geschrapt' };
const BOARD_LABELS: Record<BoardAnswer, string> = {
  pending: 'Nog geen antwoord',
  accepts: 'Het schoolbestuur aanvaardt de begeleiding door de task force',
  declines: 'Het schoolbestuur weigert de begeleiding',
  pbd_plan: 'De pedagogische begeleidingsdienst legt een actieplan voor aan de task force',
};

/** Whether the report is final: made final by the task force, or the closing report. */
export function isFinalProgressReport(data: Pick<ProgressReportData, 'final' | 'referral'>): boolean {
  return data.final === true || data.referral.closedOn !== null;
}

const TREND_WORDS: Record<GoalTrend, string> = { up: 'vooruit', same: 'gelijk', down: 'achteruit', unknown: 'nog niet te zeggen' };

/**
 * Up front, one row per goal: where it started (the first judged visit),
 * where it is (the last), and the trend over the last visits.
 */
function summaryBlocks({ goals }: ProgressReportData): Block[] {
  const blocks: Block[] = [heading(1, PROGRESS_SECTION_TITLES.summary)];
  if (goals.length === 0) return [...blocks, paragraph(italic('Nog geen doelen.'))];
  const level = (p: { date: string; level: RatingLevel } | undefined) => (p ? `${RATING_LABELS_NL[p.level].toLowerCase()} (${formatDutchDate(p.date)})` : 'nog niet beoordeeld');
  const judged = goals.filter((g) => g.timeline.length > 0).length;
  blocks.push(
    paragraph(`${judged} van de ${goals.length} doelen zijn bij een bezoek beoordeeld. Per doel: de eerste en de laatste beoordeling, en het verloop over de laatste bezoeken.`),
    {
      kind: 'table',
      header: ['Doel', 'Begin', 'Nu', 'Verloop'],
      rows: goals.map((g) => [g.title, level(g.timeline[0]), level(g.timeline[g.timeline.length - 1]), TREND_WORDS[g.trend ?? 'unknown']]),
      widths: [3, 2.2, 2.2, 1.4],
      caption: 'Voortgang per doel: begin, nu en verloop',
    },
  );
  return blocks;
}

/** The document's identity on its last page: identifier, version, draft or final, and date. */
function identityBlocks(data: ProgressReportData): Block[] {
  if (!data.exportInfo) return [];
  const state = isFinalProgressReport(data) ? 'definitief' : 'ontwerp';
  return [
    paragraph(
      bold('Document: '),
      `${data.exportInfo.documentId} · versie ${data.exportInfo.version} (${state}) · aangemaakt op ${formatDutchDate(data.generatedAt)}. ` +
        'Het exportlogboek van Doorlicht bewaart bij deze versie de SHA-256-vingerafdruk van het bestand.',
    ),
  ];
}

/** Builds the task force's progress report for one school as a neutral report document. */
export function buildProgressReport(data: ProgressReportData): ReportDocument {
  const { school, referral } = data;
  const closed = referral.closedOn !== null;
  const final = isFinalProgressReport(data);
  return {
    meta: {
      title: `Voortgangsrapport task force – ${school.name}`,
      subject: `Begeleiding na advies ${referral.advice} sinds ${formatDutchDate(referral.referralDate)}`,
      author: 'Task force Goed gedragen',
      language: 'nl-BE',
      draft: !final,
      createdAt: data.generatedAt,
    },
    // Table and figure numbers are counted in reading order, whichever sections have one.
    blocks: numberCaptions([
      {
        kind: 'facts',
        items: [
          { label: 'School', value: school.name },
          { label: 'Instellingsnummer', value: school.instellingsnummer },
          { label: 'Gemeente', value: school.municipality },
          { label: 'Advies', value: referral.advice },
          { label: 'Doorverwezen op', value: formatDutchDate(referral.referralDate) },
          { label: 'Nieuwe doorlichting ten vroegste', value: referral.earliestNewInspection ? formatDutchDate(referral.earliestNewInspection) : 'Niet van toepassing' },
          { label: 'Aangemaakt op', value: formatDutchDate(data.generatedAt) },
          { label: 'Soort rapport', value: closed ? 'Eindrapport' : 'Tussentijds rapport' },
          { label: 'Versie', value: `${data.exportInfo ? `${data.exportInfo.version} ` : ''}(${final ? 'definitief' : 'ontwerp'})` },
        ],
      },
      ...(data.demo
        ? [{ kind: 'note' as const, runs: [bold('Voorbeeldrapport uit de demogegevens. '), { text: 'School, traject en bezoeken zijn verzonnen om de werkbank te tonen; dit rapport beschrijft geen echte school.' }] }]
        : []),
      { kind: 'toc', title: 'Inhoud' },
      ...summaryBlocks(data),
      ...referralBlocks(data),
      ...planBlocks(data),
      ...actionBlocks(data),
      ...visitBlocks(data),
      ...visitRecordBlocks(data.visitRecords),
      ...evaluationBlocks(data),
      ...identityBlocks(data),
    ]),
  };
}

function referralBlocks({ referral }: ProgressReportData): Block[] {
  return [
    heading(1, PROGRESS_SECTION_TITLES.referral),
    paragraph(bold('Antwoord van het schoolbestuur: '), BOARD_LABELS[referral.boardAnswer] + (referral.boardAnswerDate ? ` (${formatDutchDate(referral.boardAnswerDate)})` : '') + '.'),
    ...(referral.planAgreedBy && referral.planAgreedOn ? [paragraph(bold('Plan afgesproken: '), `ondertekend door ${referral.planAgreedBy} op ${formatDutchDate(referral.planAgreedOn)}.`)] : []),
    paragraph('De task force adviseert en ondersteunt; de beslissingen over het beleid blijven bij de school.'),
    heading(2, 'Tekorten uit het inspectieverslag'),
    referral.shortcomings.length === 0
      ? paragraph(italic('Geen tekorten opgenomen.'))
      : { kind: 'bulletList', items: referral.shortcomings.map((s, i) => [{ text: `T${i + 1}. `, bold: true }, { text: s.text }]) },
  ];
}

function planBlocks({ goals }: ProgressReportData): Block[] {
  const blocks: Block[] = [heading(1, PROGRESS_SECTION_TITLES.plan)];
  if (goals.length === 0) return [...blocks, paragraph(italic('Nog geen doelen.'))];
  for (const goal of goals) {
    const last = goal.timeline[goal.timeline.length - 1];
    blocks.push(
      heading(2, goal.title),
      paragraph(bold('Werkt aan: '), goal.shortcomingRefs.length ? goal.shortcomingRefs.map((r) => `T${r + 1}`).join(', ') : 'geen tekort gekoppeld'),
      paragraph(bold('Laatste beoordeling: '), last ? `${RATING_LABELS_NL[last.level]} (${formatDutchDate(last.date)})` : italic('Nog niet beoordeeld')),
    );
    if (goal.description.trim()) blocks.push(paragraph(goal.description.trim()));
  }
  blocks.push({ kind: 'figure', chart: goalProgressChart(goals), alt: goalProgressAltText(goals), caption: 'Voortgang per doel over de bezoeken (1 = beneden, 4 = overstijgt de verwachting).' });
  return blocks;
}

function actionBlocks({ actions }: ProgressReportData): Block[] {
  if (actions.length === 0) return [heading(1, PROGRESS_SECTION_TITLES.actions), paragraph(italic('Nog geen acties.'))];
  return [
    heading(1, PROGRESS_SECTION_TITLES.actions),
    {
      kind: 'table',
      header: ['Actie', 'Doel', 'Eigenaar', 'Tegen', 'Status', 'Beslissing van de school'],
      rows: actions.map((a) => [a.description, a.goalTitle ?? '–', OWNER_LABELS[a.ownerRole], formatDutchDate(a.dueDate), a.overdue ? `${STATUS_LABELS[a.status]} (over tijd)` : STATUS_LABELS[a.status], schoolDecisionText(a)]),
      widths: [2.6, 2, 1.5, 2.4, 1.4, 2], // "Tegen" fits "15 september 2026" on one line,
      caption: 'Acties van het interventieplan',
    },
  ];
}

/** What the school decided, and when and by whom, as the school's own decision. */
function schoolDecisionText(a: ProgressReportData['actions'][number]): string {
  if (!a.schoolDecision) return '–';
  const who = [a.schoolDecisionBy, a.schoolDecisionOn ? formatDutchDate(a.schoolDecisionOn) : ''].filter(Boolean).join(', ');
  return who ? `${a.schoolDecision} (${who})` : a.schoolDecision;
}

/** Goals down, held visits across: the level judged for each goal at each visit. */
function progressTable({ goals, visits }: ProgressReportData): Block | null {
  const held = visits.filter((v) => v.held !== false && (v.progress?.length ?? 0) > 0);
  if (held.length === 0 || goals.length === 0) return null;
  return {
    kind: 'table',
    header: ['Doel', ...held.map((v) => formatDutchDate(v.date))],
    rows: goals.map((g) => [g.title, ...held.map((v) => {
      const p = v.progress?.find((x) => x.goalTitle === g.title);
      return p ? RATING_LABELS_NL[p.level].toLowerCase() : '–';
    })]),
    widths: [3, ...held.map(() => 1.5)],
    caption: 'Voortgang per doel bij elk bezoek',
  };
}

function visitBlocks(data: ProgressReportData): Block[] {
  const { visits, milestones, generatedAt } = data;
  const blocks: Block[] = [heading(1, PROGRESS_SECTION_TITLES.visits)];
  // A report tells only of visits held by its own date; a planned one (or one dated later) is announced as planned.
  const today = generatedAt.slice(0, 10);
  const isHeld = (v: ProgressReportData['visits'][number]) => v.held !== false && v.date <= today;
  const held = visits.filter(isHeld);
  const planned = visits.filter((v) => !isHeld(v));
  if (held.length === 0) blocks.push(paragraph(italic('Nog geen bezoeken.')));
  const table = progressTable({ ...data, visits: held });
  if (table) blocks.push(table);
  for (const visit of held) {
    blocks.push(heading(2, `Bezoek van ${formatDutchDate(visit.date)}`));
    if (visit.participants.trim()) blocks.push(paragraph(bold('Aanwezig: '), visit.participants.trim()));
    blocks.push(visit.notes.trim() ? paragraph(visit.notes.trim()) : paragraph(italic('Geen notities.')));
    if (visit.progress && visit.progress.length > 0) {
      blocks.push({ kind: 'bulletList', items: visit.progress.map((p) => [{ text: `${p.goalTitle}: `, bold: true }, { text: RATING_LABELS_NL[p.level].toLowerCase() }]) });
    }
  }
  if (planned.length > 0) {
    blocks.push(paragraph(bold('Gepland: '), planned.map((v) => `bezoek op ${formatDutchDate(v.date)}`).join(', '), '.'));
  }
  if (milestones.length > 0) {
    blocks.push(heading(2, 'Mijlpalen'), {
      kind: 'table',
      header: ['Mijlpaal', 'Gepland', 'Bereikt'],
      rows: milestones.map((m) => [m.title, formatDutchDate(m.dueDate), m.reachedOn ? formatDutchDate(m.reachedOn) : 'Nog niet']),
      widths: [4, 1.5, 1.5],
    });
  }
  return blocks;
}

function evaluationBlocks({ referral }: ProgressReportData): Block[] {
  if (referral.closedOn === null) return [heading(1, PROGRESS_SECTION_TITLES.evaluation), paragraph(italic('De begeleiding loopt nog.'))];
  return [
    heading(1, PROGRESS_SECTION_TITLES.evaluation),
    paragraph(bold('Afgesloten op: '), formatDutchDate(referral.closedOn)),
    paragraph(bold('Kan de school zelfstandig verder? '), referral.canContinueAlone ? 'Ja' : 'Nee'),
    paragraph(referral.closingMotivation),
  ];
}
