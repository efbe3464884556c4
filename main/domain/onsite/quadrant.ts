import type { RatingLevel } from '../rating';

/**
 * The four school climates of the plan (Bijlage 2) from two dimensions:
 * responsiveness and academic demandingness. A dimension counts as high
 * when it is rated "volgens" or "overstijgt" de verwachting.
 */
export const CLIMATES = ['authoritative', 'authoritarian', 'lenient', 'indifferent'] as const;
export type Climate = (typeof CLIMATES)[number];

/** The plan's own words for the four climates (Bijlage 2: autoritatief, autoritair, toegeeflijk, onverschillig), with what each means. */
export const CLIMATE_WORDS: Record<Climate, { nl: { name: string; explanation: string }; en: { name: string; explanation: string } }> = {
  authoritative: {
    nl: { name: 'Autoritatief', explanation: 'Het team is warm en responsief én stelt hoge verwachtingen: het klimaat dat het plan aanbeveelt, waarin leerlingen het best leren en zich het veiligst voelen.' },
    en: { name: 'Authoritative', explanation: 'The team is warm and responsive and sets high expectations: the climate the plan recommends, in which pupils learn best and feel safest.' },
  },
  authoritarian: {
    nl: { name: 'Autoritair', explanation: 'Het team stelt duidelijke academische ambities, maar de responsiviteit naar leerlingen blijft achter.' },
    en: { name: 'Authoritarian', explanation: 'The team sets clear academic ambitions, but responsiveness to pupils falls short.' },
  },
  lenient: {
    nl: { name: 'Toegeeflijk', explanation: 'Het team is warm en responsief, maar de academische verwachtingen blijven achter.' },
    en: { name: 'Lenient', explanation: 'The team is warm and responsive, but academic expectations fall short.' },
  },
  indifferent: {
    nl: { name: 'Onverschillig', explanation: 'Er is geen vertrouwensrelatie met de leerlingen en geen hoge verwachtingen: zowel de responsiviteit als de academische verwachtingen blijven achter.' },
    en: { name: 'Indifferent', explanation: 'There is no relationship of trust with pupils and no high expectations: both responsiveness and academic expectations fall short.' },
  },
};

export const CLIMATE_INDICATORS = { responsiveness: 'sc.responsiveness', demandingness: 'sc.demandingness' } as const;

export function isHigh(level: RatingLevel): boolean {
  return level === 'volgens' || level === 'overstijgt';
}

/** null while either dimension is unrated: no quadrant is drawn from half a picture. */
export function climateQuadrant(responsiveness: RatingLevel | null, demandingness: RatingLevel | null): Climate | null {
  if (responsiveness === null || demandingness === null) return null;
  const warm = isHigh(responsiveness);
  const demanding = isHigh(demandingness);
  if (warm && demanding) return 'authoritative';
  if (demanding) return 'authoritarian';
  if (warm) return 'lenient';
  return 'indifferent';
}
