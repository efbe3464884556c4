import type { OptionSpec } from './spec';

/** Options that many commands share, described once. */
export const inspectionOption = {
  type: 'string',
  required: true,
  placeholder: 'ID',
  description: { nl: 'de inspectie (id uit `inspections`)', en: 'the inspection (id from `inspections`)' },
} as const satisfies OptionSpec;

export const referralOption = {
  type: 'string',
  required: true,
  placeholder: 'ID',
  description: { nl: 'de doorverwijzing (id uit `referrals`)', en: 'the referral (id from `referrals`)' },
} as const satisfies OptionSpec;

export const schoolOption = {
  type: 'string',
  required: true,
  placeholder: 'INSTELLINGSNUMMER',
  description: { nl: 'het instellingsnummer van de school', en: "the school's institution number" },
} as const satisfies OptionSpec;

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
