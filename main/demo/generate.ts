import { intBetween, pick, seededRandom } from '../domain/random';
import { type School, type SchoolForm, type SchoolLevel, type SchoolYearFigures, schoolYearOf } from '../domain/school';
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

const DEFAULT_PER_GROUP = { 'basis-gewoon': 20, 'basis-buitengewoon': 6, 'secundair-gewoon': 16, 'secundair-buitengewoon': 6 };

/** Yearly growth of disciplinary measures: the plan's footnote 1 shows a steep rise 2020-2021 → 2023-2024. */
const GROWTH = [0.8, 0.65, 1.0, 1.6, 2.2];

function pupilRange(level: SchoolLevel, form: SchoolForm): [number, number] {
  if (level === 'basis') return form === 'gewoon' ? [90, 480] : [40, 160];
  return form === 'gewoon' ? [300, 1400] : [60, 320];
}

/** Measures per 100 pupils in a typical year, by level: secundair far above basis. */
function baseRates(level: SchoolLevel): { suspensions: number; temporary: number; definitive: number } {
  return level === 'basis' ? { suspensions: 0.25, temporary: 0.1, definitive: 0.05 } : { suspensions: 3.5, temporary: 2.2, definitive: 0.8 };
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

/**
 * A deterministic demo data set: the same options give the same schools and
 * figures on every machine. A few schools are given a strong profile (many or
 * remarkably few measures) so that signals have something to show.
 */
export function generateDemoData(options: DemoOptions = {}): DemoDataSet {
  const random = seededRandom(options.seed ?? 20251107);
  const perGroup = { ...DEFAULT_PER_GROUP, ...options.perGroup };
  const firstYear = options.firstSchoolYear ?? 2019;
  const years = options.years ?? 5;
  const schools: School[] = [];
  const figures: SchoolYearFigures[] = [];
  let serial = 0;

  for (const [group, count] of Object.entries(perGroup)) {
    const [level, form] = group.split('-') as [SchoolLevel, SchoolForm];
    for (let n = 0; n < count; n++) {
      serial++;
      const place = pick(random, PLACES);
      const baseName = pick(random, level === 'basis' ? BASIS_NAMES : SECUNDAIR_NAMES);
      const kind = form === 'buitengewoon' ? (level === 'basis' ? 'BuBaO ' : 'BuSO ') : level === 'basis' ? 'Basisschool ' : '';
      const network = pick(random, NETWORKS);
      const school: School = {
        instellingsnummer: String(level === 'basis' ? 10000 + serial * 37 : 100000 + serial * 53).padStart(6, '0'),
        name: `${kind}${baseName} ${place.municipality}`.replace(/\s+/g, ' '),
        level,
        form,
        network,
        board: boardFor(network, place),
        street: `${pick(random, STREETS)} ${intBetween(random, 1, 180)}`,
        postcode: place.postcode,
        municipality: place.municipality,
        lop: place.lop,
      };
      schools.push(school);

      const [minPupils, maxPupils] = pupilRange(level, form);
      let pupils = intBetween(random, minPupils, maxPupils);
      // One school in eight has a strong profile: three times the typical rate, or almost none.
      const profile = random() < 0.08 ? 3 : random() < 0.06 ? 0.1 : 0.6 + random() * 0.8;
      const rates = baseRates(level);
      for (let y = 0; y < years; y++) {
        pupils = Math.max(20, Math.round(pupils * (0.96 + random() * 0.08)));
        const growth = GROWTH[y] ?? GROWTH[GROWTH.length - 1];
        const mean = (rate: number) => (rate * pupils * growth * profile) / 100;
        const definitive = poisson(random, mean(rates.definitive));
        const aboveZ = poisson(random, pupils * (level === 'basis' ? 0.01 : 0.04));
        const bCertificates = level === 'secundair' ? poisson(random, pupils * 0.05) : 0;
        figures.push({
          instellingsnummer: school.instellingsnummer,
          schoolYear: schoolYearOf(firstYear + y),
          pupils,
          preventiveSuspensions: poisson(random, mean(rates.suspensions)),
          temporaryExclusions: poisson(random, mean(rates.temporary)),
          definitiveExclusions: definitive,
          definitiveExclusionsAfterFeb1: Math.min(definitive, poisson(random, definitive * 0.3)),
          excludedNotReenrolled: Math.min(definitive, poisson(random, definitive * 0.25)),
          problematicAbsence30: poisson(random, pupils * (level === 'basis' ? 0.008 : 0.03)),
          aboveZThreshold: aboveZ,
          clbReferredZ: Math.min(aboveZ, poisson(random, aboveZ * 0.8)),
          schoolChanges: poisson(random, pupils * 0.02),
          bCertificates,
          bCertificatesStrict: Math.min(bCertificates, poisson(random, bCertificates * 0.3)),
          earlyLeaversPct: level === 'secundair' ? Math.round(random() * 150) / 10 : null,
          teacherTurnoverPct: Math.round((4 + random() * 14) * 10) / 10,
          feelSafePct: Math.round((70 + random() * 27) * 10) / 10,
        });
      }
    }
  }
  return { schools, figures };
}
