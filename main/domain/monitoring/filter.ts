import type { School, SchoolLevel } from '../school';

/**
 * Which schools Overzicht counts: the one rule behind every figure, table,
 * chart and drill-down of the page, so a filter never means one thing in a
 * tile and another in the table beside it. Empty fields do not filter.
 */
export interface OverviewFilter {
  level?: SchoolLevel;
  network?: string;
  lop?: string;
  province?: Province;
}

/** The Flemish provinces and Brussels (the Flemish schools in the capital), as bpost's postcode ranges place them. */
export const PROVINCES = ['antwerpen', 'limburg', 'oost-vlaanderen', 'vlaams-brabant', 'west-vlaanderen', 'brussel'] as const;
export type Province = (typeof PROVINCES)[number];

export const PROVINCE_NAMES: Record<Province, { nl: string; en: string }> = {
  antwerpen: { nl: 'Antwerpen', en: 'Antwerp' },
  limburg: { nl: 'Limburg', en: 'Limburg' },
  'oost-vlaanderen': { nl: 'Oost-Vlaanderen', en: 'East Flanders' },
  'vlaams-brabant': { nl: 'Vlaams-Brabant', en: 'Flemish Brabant' },
  'west-vlaanderen': { nl: 'West-Vlaanderen', en: 'West Flanders' },
  brussel: { nl: 'Brussels Hoofdstedelijk Gewest', en: 'Brussels-Capital Region' },
};

/**
 * The province of a Belgian postcode: 1000–1299 Brussels, 1500–1999 and
 * 3000–3499 Vlaams-Brabant, 2000–2999 Antwerpen, 3500–3999 Limburg,
 * 8000–8999 West-Vlaanderen, 9000–9999 Oost-Vlaanderen. Walloon postcodes
 * (1300–1499, 4000–7999) and anything that is not four digits: null.
 */
export function provinceOf(postcode: string): Province | null {
  if (!/^\d{4}$/.test(postcode.trim())) return null;
  const n = Number(postcode.trim());
  if (n >= 1000 && n < 1300) return 'brussel';
  if ((n >= 1500 && n < 2000) || (n >= 3000 && n < 3500)) return 'vlaams-brabant';
  if (n >= 2000 && n < 3000) return 'antwerpen';
  if (n >= 3500 && n < 4000) return 'limburg';
  if (n >= 8000 && n < 9000) return 'west-vlaanderen';
  if (n >= 9000 && n < 10000) return 'oost-vlaanderen';
  return null;
}

type Filterable = Pick<School, 'level' | 'network' | 'lop' | 'postcode'>;

/** True when the school is one the filter counts: every given field must match exactly. */
export function matchesOverviewFilter(school: Filterable, filter: OverviewFilter): boolean {
  return (
    (!filter.level || school.level === filter.level) &&
    (!filter.network || school.network === filter.network) &&
    (!filter.lop || school.lop === filter.lop) &&
    (!filter.province || provinceOf(school.postcode) === filter.province)
  );
}

/** True when nothing is filtered. */
export function isEmptyFilter(filter: OverviewFilter): boolean {
  return !filter.level && !filter.network && !filter.lop && !filter.province;
}

/**
 * The choices a filter offers, from the schools that the other fields leave:
 * a network chosen first narrows the LOPs on offer to the ones it has there
 * (a choice that would leave nothing is not offered). The chosen value of a
 * field is always among its own options.
 */
export function filterOptions(schools: readonly Filterable[], filter: OverviewFilter) {
  const left = (without: keyof OverviewFilter) => schools.filter((s) => matchesOverviewFilter(s, { ...filter, [without]: undefined }));
  const distinct = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => !!v))].sort((a, b) => a.localeCompare(b, 'nl'));
  return {
    level: distinct(left('level').map((s) => s.level)) as SchoolLevel[],
    network: distinct(left('network').map((s) => s.network)),
    lop: distinct(left('lop').map((s) => s.lop)),
    province: PROVINCES.filter((p) => left('province').some((s) => provinceOf(s.postcode) === p)),
  };
}
