import type { OptionSpec } from './spec';

/** Options that many commands share, described once. */
const required = (placeholder: string, nl: string, en: string) => ({ type: 'string', required: true, placeholder, description: { nl, en } }) as const satisfies OptionSpec;

export const inspectionOption = required('ID', 'de inspectie (id uit `inspections`)', 'the inspection (id from `inspections`)');
export const referralOption = required('ID', 'de doorverwijzing (id uit `referrals`)', 'the referral (id from `referrals`)');
export const schoolOption = required('INSTELLINGSNUMMER', 'het instellingsnummer van de school', "the school's institution number");

/** Left out to add a new item; given to correct an existing one (all fields are then written again). */
export const idOption = {
  type: 'string',
  placeholder: 'ID',
  description: { nl: 'id van een bestaand item om te verbeteren (weglaten voor een nieuw)', en: 'id of an existing item to correct (leave out for a new one)' },
} as const satisfies OptionSpec;

export const outOption = {
  type: 'file',
  required: true,
  description: { nl: 'het bestand om te schrijven', en: 'the file to write' },
} as const satisfies OptionSpec;

export const formatOption = {
  type: 'enum',
  values: ['docx', 'pdf'],
  required: true,
  description: { nl: 'Word of PDF', en: 'Word or PDF' },
} as const satisfies OptionSpec;

export const textOption = (nl: string, en: string, required = false) => ({ type: 'string', placeholder: 'TEKST', required, description: { nl, en } }) as const;

/** yes/no answers where "not given" must stay distinguishable from "no". */
export const YES_NO = ['ja', 'nee'] as const;
export const yesNoOption = (nl: string, en: string) => ({ type: 'enum', values: YES_NO, description: { nl, en } }) as const satisfies OptionSpec;
export const isYes = (value: string | undefined) => (value === undefined ? undefined : value === 'ja');
