import { formatDutchDate } from '../reports/dutch-format';

/** The CLI speaks Dutch unless `--lang en` (or DOORLICHT_LANG=en) asks for English. */
export type Lang = 'nl' | 'en';
export const LANGS = ['nl', 'en'] as const;

export interface Text {
  nl: string;
  en: string;
}

export const tr = (lang: Lang, text: Text) => text[lang];

/** Dutch dates in text ("12 maart 2027"), ISO in English text and always in JSON. */
export function humanDate(lang: Lang, iso: string | null | undefined): string {
  if (!iso) return '–';
  if (lang === 'en') return iso.slice(0, 10);
  try {
    return formatDutchDate(iso);
  } catch {
    return iso;
  }
}

export const yesNo = (lang: Lang, value: boolean) => (value ? (lang === 'nl' ? 'ja' : 'yes') : lang === 'nl' ? 'nee' : 'no');
