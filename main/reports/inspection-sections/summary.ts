import { RATING_LABELS_NL, RATING_LEVELS, type RatingLevel } from '../../domain/rating';
import type { ChartSpec } from '../charts';
import { formatDutchDate } from '../dutch-format';
import type { InspectionReportData } from '../inspection-data';
import { bold, heading, paragraph, type Block, type TextRun } from '../model';
import { inspectionPeriod } from './cover';
import { type Finding, groupFindings, KIND_HEADINGS } from './grouping';
import { count } from './text';

export const SUMMARY_TITLE = 'Samenvatting';
export const PARENTS_TITLE = 'Samenvatting voor ouders';

/** The rating colours of the workbench's screens, so a level looks the same everywhere. */
const LEVEL_COLOURS: Record<RatingLevel, string> = { beneden: '#a4262c', benadert: '#9a5b00', volgens: '#2f6b34', overstijgt: '#1f4e79' };

/** "Klasmanagement: rust, routine, …" → "Klasmanagement": the chart's labels stay short. */
const shortTitle = (title: string) => title.split(':')[0].trim();

/** The advice in one sentence: its label and the first sentence of its meaning. */
export function adviceSentence(advice: NonNullable<InspectionReportData['advice']>): string {
  const first = advice.summary.split(/(?<=\.)\s/)[0];
  return `${advice.label}: ${first.charAt(0).toLowerCase()}${first.slice(1)}`;
}

export function ratingsChart(data: InspectionReportData): ChartSpec {
  const levels = [...RATING_LEVELS].reverse();
  return {
    kind: 'bar',
    stacked: true,
    horizontal: true,
    title: 'Oordelen per domein',
    categories: data.domains.map((d) => shortTitle(d.title)),
    series: [
      ...levels.map((level) => ({
        name: RATING_LABELS_NL[level],
        color: LEVEL_COLOURS[level],
        values: data.domains.map((d) => d.indicators.filter((i) => i.rating === level).length),
      })),
      // The bar of a domain is as long as its indicators in focus: the ones not rated yet show too.
      { name: 'Nog niet beoordeeld', color: '#9aa1aa', values: data.domains.map((d) => d.indicators.filter((i) => i.rating === null).length) },
    ],
    yAxisLabel: 'Aantal indicatoren',
    width: 640,
    height: Math.max(240, 120 + data.domains.length * 34),
  };
}

export function ratingsChartAlt(data: InspectionReportData): string {
  const parts = data.domains.map((d) => {
    const counts = [...RATING_LEVELS]
      .reverse()
      .map((level) => ({ level, n: d.indicators.filter((i) => i.rating === level).length }))
      .filter((c) => c.n > 0)
      .map((c) => `${c.n} ${RATING_LABELS_NL[c.level].toLowerCase()}`);
    return `${shortTitle(d.title)}: ${counts.length ? counts.join(', ') : 'nog niet beoordeeld'}`;
  });
  return `Staafgrafiek van de oordelen per domein, in aantal indicatoren. ${parts.join('. ')}.`;
}

function findingItem(f: Finding): TextRun[] {
  const runs: TextRun[] = [bold(f.title), { text: ` (${shortTitle(f.domainTitle)})` }];
  if (f.kind === 'tekort' && (f.shortcomings ?? '').trim()) runs.push({ text: `: ${f.shortcomings!.trim().replace(/\s*\n\s*/g, ' ')}` });
  return runs;
}

/** Sterktes stay short: a domain whose every indicator is one is named once. */
function strengthItems(data: InspectionReportData, list: readonly Finding[]): TextRun[][] {
  const whole = new Set(
    data.domains.filter((d) => d.indicators.length > 1 && d.indicators.every((i) => list.some((f) => f.id === i.id))).map((d) => d.title),
  );
  const items: TextRun[][] = [];
  for (const domain of data.domains) {
    if (whole.has(domain.title)) items.push([bold(shortTitle(domain.title)), { text: `: alle ${domain.indicators.length} indicatoren` }]);
    else items.push(...list.filter((f) => f.domainTitle === domain.title).map(findingItem));
  }
  return items;
}

/** Up front: the advice in one sentence, all ratings at a glance, and the findings grouped by what they mean. */
export function summaryBlocks(data: InspectionReportData): Block[] {
  const indicators = data.domains.flatMap((d) => d.indicators);
  const rated = indicators.filter((i) => i.rating !== null);
  const blocks: Block[] = [heading(1, SUMMARY_TITLE)];
  blocks.push(data.advice ? paragraph(bold(adviceSentence(data.advice))) : paragraph('Het inspectieteam heeft nog geen advies vastgelegd.'));
  if (indicators.length === 0) {
    blocks.push(paragraph('Deze inspectie had geen indicatoren in focus.'));
    return blocks;
  }
  blocks.push(
    paragraph(
      `Het inspectieteam onderzocht ${count(indicators.length, 'indicator', 'indicatoren')} in ${count(data.domains.length, 'domein', 'domeinen')} ` +
        `en beoordeelde er ${rated.length} van op de ontwikkelingsschaal.`,
    ),
  );
  if (rated.length > 0) blocks.push({ kind: 'figure', chart: ratingsChart(data), alt: ratingsChartAlt(data), caption: 'Oordelen per domein, in aantal indicatoren.' });
  const groups = groupFindings(data);
  const explain = {
    sterkte: 'Indicatoren volgens of boven de verwachting.',
    ontwikkelkans: 'Indicatoren die de verwachting benaderen: hier kan de school verder groeien.',
    tekort: 'Indicatoren beneden de verwachting: de school moet deze tekorten wegwerken.',
  } as const;
  for (const kind of ['sterkte', 'ontwikkelkans', 'tekort'] as const) {
    blocks.push(heading(2, KIND_HEADINGS[kind]));
    const list = groups[kind];
    blocks.push(list.length === 0 ? paragraph(`Geen ${KIND_HEADINGS[kind].toLowerCase()}.`) : paragraph(explain[kind]));
    if (list.length > 0) blocks.push({ kind: 'bulletList', items: kind === 'sterkte' ? strengthItems(data, list) : list.map(findingItem) });
  }
  return blocks;
}

const PARENTS_ADVICE: Record<string, (a: NonNullable<InspectionReportData['advice']>) => string> = {
  '1': () => 'De school blijft erkend. De inspectie komt terug bij de volgende gewone doorlichting.',
  '2A': () => 'De school blijft erkend, maar moet de tekorten wegwerken. De inspectie gaat na of dat gelukt is.',
  '2B': (a) =>
    'De erkenning van de school staat op het spel. ' +
    (a.boardDeadline ? `Het schoolbestuur kan tot ${formatDutchDate(a.boardDeadline)} vragen om de erkenning niet in te trekken. ` : '') +
    'Dan laat de school zich begeleiden door de task force. ' +
    (a.earliestNewInspection ? `Vanaf ${formatDutchDate(a.earliestNewInspection)} komt de inspectie opnieuw kijken.` : ''),
  '3': () => 'De inspectie raadt aan de erkenning van de school in te trekken. De overheid beslist daarover.',
};

/** In plain Dutch, for parents: what the inspectors did, what goes well, what must change, what happens next. */
export function parentsBlocks(data: InspectionReportData): Block[] {
  const groups = groupFindings(data);
  const names = (list: Finding[], max = 4) => {
    const titles = [...new Set(list.map((f) => shortTitle(f.domainTitle)))];
    return titles.slice(0, max).join(', ').toLowerCase();
  };
  const blocks: Block[] = [
    heading(1, PARENTS_TITLE),
    paragraph(
      `Inspecteurs van de onderwijsinspectie bezochten de school (${inspectionPeriod(data.inspection)}). ` +
        'Ze bekeken lessen en documenten en praatten met leerlingen, leraren, ouders en de directie. ' +
        'Ze keken vooral hoe de school zorgt voor rust in de klas, voor een veilige school en voor duidelijke afspraken over gedrag.',
    ),
  ];
  if (groups.sterkte.length > 0) blocks.push(paragraph(bold('Wat gaat goed? '), `Het meeste gaat goed bij ${names(groups.sterkte)}.`));
  if (groups.tekort.length > 0) blocks.push(paragraph(bold('Wat moet beter? '), `De school moet zeker iets veranderen bij ${names(groups.tekort)}.`));
  else if (groups.ontwikkelkans.length > 0) blocks.push(paragraph(bold('Wat kan beter? '), `De school kan nog groeien bij ${names(groups.ontwikkelkans)}.`));
  if (data.advice) blocks.push(paragraph(bold('Wat gebeurt er nu? '), (PARENTS_ADVICE[data.advice.code] ?? (() => data.advice!.summary))(data.advice)));
  blocks.push(paragraph(bold('Wat betekent dit voor mijn kind? '), 'Uw kind blijft gewoon naar school gaan; de lessen gaan door. Hebt u vragen, spreek dan de directie aan.'));
  return blocks;
}
