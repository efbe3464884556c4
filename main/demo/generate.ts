import { intBetween, pick, seededRandom } from '../domain/random';
import { type School, type SchoolForm, type SchoolLevel, type SchoolYearFigures, schoolYearOf } from '../domain/school';
import { apportion } from './apportion';
import { flandersTotal, type FootnoteMeasure } from './footnote';
import { BASIS_NAMES, NETWORKS, PLACES, SECUNDAIR_NAMES, STREETS } from './places';

export interface DemoDataSet {
  schools: School[];
  figures: SchoolYearFigures[];
}

export interface DemoOptions {
  seed?: number;
  /** Schools per combination of level and form. */
  perGroup?: Partial<Record<`${SchoolLevel}-${SchoolForm}`, number>>;
  firstSchoolYear?: number;
  years?: number;
}

/** Flanders at about its real scale: ~2,300 basis and ~950 secundair schools. */
export const DEFAULT_PER_GROUP = {
  'basis-gewoon': 2110,
  'basis-buitengewoon': 190,
  'secundair-gewoon': 840,
  'secundair-buitengewoon': 110,
} as const;

function pupilRange(level: SchoolLevel, form: SchoolForm): [number, number] {
  if (level === 'basis') return form === 'gewoon' ? [60, 520] : [40, 220];
  return form === 'gewoon' ? [150, 1100] : [60, 400];
}

/** A plausible school board for the network: a diocesan vzw, a GO! scholengroep, a city or a province. */
function boardFor(network: (typeof NETWORKS)[number], place: (typeof PLACES)[number]): string {
  if (network.startsWith('Katholiek')) return `vzw Katholiek Onderwijs ${place.municipality}`;
  if (network.startsWith('GO!')) return `Scholengroep ${place.lop.replace(/^LOP /, '')}`;
  if (network.startsWith('OVSG')) return `Stadsbestuur ${place.municipality}`;
  return 'Provinciebestuur';
}

function poisson(random: () => number, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * (random() + random() + random() - 1.5) * 2));
  const limit = Math.exp(-mean);
  let k = 0;
  let p = random();
  while (p > limit) {
    k++;
    p *= random();
  }
  return k;
}

/** How a school stands on discipline: most are ordinary, a few register remarkably many or remarkably few measures. */
function disciplineProfile(random: () => number): number {
  const r = random();
  if (r < 0.03) return 3 + random() * 2;
  if (r < 0.06) return 0.03;
  return 0.5 + random();
}

const MEASURES: readonly FootnoteMeasure[] = ['preventiveSuspensions', 'temporaryExclusions', 'definitiveExclusions'];

interface Draft {
  school: School;
  profile: number;
  /** Per-school drift of measures over the years (some schools rise much faster than others). */
  drift: number;
  /** Share of pupils above the Z-code threshold that the school refers to the CLB. */
  clbReferral: number;
  /** Share of B-certificates with strict clauses. */
  strictShare: number;
  years: SchoolYearFigures[];
}

function makeSchool(random: () => number, level: SchoolLevel, form: SchoolForm, serial: number, usedNames: Set<string>): School {
  const place = pick(random, PLACES);
  const baseName = pick(random, level === 'basis' ? BASIS_NAMES : SECUNDAIR_NAMES);
  const kind = form === 'buitengewoon' ? (level === 'basis' ? 'BuBaO ' : 'BuSO ') : level === 'basis' ? 'Basisschool ' : '';
  const network = pick(random, NETWORKS);
  const street = `${pick(random, STREETS)} ${intBetween(random, 1, 180)}`;
  let name = `${kind}${baseName} ${place.municipality}`.replace(/\s+/g, ' ');
  // Schools of the same name in one town are told apart by their campus, as they are in reality.
  for (let campus = 2; usedNames.has(name); campus++) name = `${kind}${baseName} ${place.municipality} ${campus}`.replace(/\s+/g, ' ');
  usedNames.add(name);
  return {
    instellingsnummer: String(level === 'basis' ? 10000 + serial * 37 : 100000 + serial * 53).padStart(6, '0'),
    name,
    level,
    form,
    network,
    board: boardFor(network, place),
    street,
    postcode: place.postcode,
    municipality: place.municipality,
    lop: place.lop,
  };
}

/** Pupils and the figures that do not follow footnote 1; the three measures come later. */
function draftYears(random: () => number, draft: Draft, firstYear: number, years: number): void {
  const { level, form } = draft.school;
  const [minPupils, maxPupils] = pupilRange(level, form);
  let pupils = intBetween(random, minPupils, maxPupils);
  for (let y = 0; y < years; y++) {
    pupils = Math.max(20, Math.round(pupils * (0.96 + random() * 0.08)));
    const aboveZ = poisson(random, pupils * (level === 'basis' ? 0.01 : 0.04));
    const bCertificates = level === 'secundair' && form === 'gewoon' ? poisson(random, pupils * 0.05) : 0;
    draft.years.push({
      instellingsnummer: draft.school.instellingsnummer,
      schoolYear: schoolYearOf(firstYear + y),
      pupils,
      preventiveSuspensions: 0,
      temporaryExclusions: 0,
      definitiveExclusions: 0,
      definitiveExclusionsAfterFeb1: 0,
      excludedNotReenrolled: 0,
      problematicAbsence30: poisson(random, pupils * (level === 'basis' ? 0.008 : 0.03) * (draft.profile > 2 ? 2 : 1)),
      aboveZThreshold: aboveZ,
      clbReferredZ: Math.min(aboveZ, Math.round(aboveZ * draft.clbReferral)),
      schoolChanges: poisson(random, pupils * 0.02),
      bCertificates,
      bCertificatesStrict: Math.min(bCertificates, Math.round(bCertificates * draft.strictShare)),
      earlyLeaversPct: level === 'secundair' ? Math.round((2 + random() * 10 * (draft.profile > 2 ? 2 : 1)) * 10) / 10 : null,
      teacherTurnoverPct: Math.round((4 + random() * 14) * 10) / 10,
      feelSafePct: Math.round((70 + random() * 27) * 10) / 10,
    });
  }
}

/**
 * Draws each school's measures, then adjusts them so that the Flanders-wide
 * totals per level and year equal `flandersTotal` exactly (footnote 1 for
 * 2020-2021 and 2023-2024). The draw is the weight, so outliers stay outliers.
 * A smaller data set gets totals in proportion to its size.
 */
function fillMeasures(random: () => number, drafts: Draft[], level: SchoolLevel, firstYear: number, years: number, scale: number): void {
  const group = drafts.filter((d) => d.school.level === level);
  if (group.length === 0) return;
  for (let y = 0; y < years; y++) {
    const rows = group.map((d) => d.years[y]);
    const pupilTotal = rows.reduce((a, f) => a + f.pupils, 0);
    const caps = rows.map((f) => f.pupils);
    for (const measure of [...MEASURES, 'excludedNotReenrolled'] as const) {
      const target = Math.round(flandersTotal(level, measure, firstYear + y) * scale);
      if (measure === 'excludedNotReenrolled') {
        const definitive = rows.map((f) => f.definitiveExclusions!);
        const counts = apportion(definitive, target, definitive);
        rows.forEach((f, i) => (f.excludedNotReenrolled = counts[i]));
        continue;
      }
      const rate = target / pupilTotal;
      const weights = group.map((d, i) => poisson(random, rate * rows[i].pupils * d.profile * d.drift ** (y - 1)));
      const counts = apportion(weights, target, caps);
      rows.forEach((f, i) => (f[measure] = counts[i]));
    }
    for (const f of rows) {
      const definitive = f.definitiveExclusions!;
      // Action 19 wants definitive exclusions after 1 February to be rare: about one in ten, more at a few schools.
      f.definitiveExclusionsAfterFeb1 = Math.min(definitive, poisson(random, definitive * (random() < 0.05 ? 0.5 : 0.08)));
    }
  }
}

/**
 * A deterministic demo data set at the scale of Flanders: the same options
 * give the same schools and figures on every machine, and the totals for
 * 2020-2021 and 2023-2024 equal footnote 1 of the action plan.
 */
export function generateDemoData(options: DemoOptions = {}): DemoDataSet {
  const random = seededRandom(options.seed ?? 20251107);
  const perGroup = { ...DEFAULT_PER_GROUP, ...options.perGroup };
  const firstYear = options.firstSchoolYear ?? 2019;
  const years = options.years ?? 5;
  const drafts: Draft[] = [];
  const usedNames = new Set<string>();
  let serial = 0;

  for (const [group, count] of Object.entries(perGroup)) {
    const [level, form] = group.split('-') as [SchoolLevel, SchoolForm];
    for (let n = 0; n < count; n++) {
      serial++;
      const profile = disciplineProfile(random);
      const draft: Draft = {
        school: makeSchool(random, level, form, serial, usedNames),
        profile,
        drift: 0.85 + random() * 0.4,
        clbReferral: random() < 0.05 ? 0.4 + random() * 0.3 : 0.85 + random() * 0.15,
        strictShare: random() < 0.05 ? 0.5 + random() * 0.3 : 0.1 + random() * 0.2,
        years: [],
      };
      draftYears(random, draft, firstYear, years);
      drafts.push(draft);
    }
  }

  for (const level of ['basis', 'secundair'] as const) {
    const defaults = Object.entries(DEFAULT_PER_GROUP).filter(([g]) => g.startsWith(level)).reduce((a, [, n]) => a + n, 0);
    const actual = drafts.filter((d) => d.school.level === level).length;
    fillMeasures(random, drafts, level, firstYear, years, actual / defaults);
  }

  return { schools: drafts.map((d) => d.school), figures: drafts.flatMap((d) => d.years) };
}
