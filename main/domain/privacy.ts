/**
 * Doorlicht stores aggregates about pupils and the roles of people
 * interviewed, never who they are. Free text is where a name, a national
 * register number or an e-mail address slips in; these pure checks let the
 * UI warn before it is saved. They warn, they do not block: the inspector
 * decides.
 */
export type PersonalDataKind = 'national_register_number' | 'email';

export interface PersonalDataHit {
  kind: PersonalDataKind;
  /** The matched text, masked but for its last two characters, so the warning itself does not repeat it. */
  masked: string;
  index: number;
}

// yy.mm.dd-xxx.cc, with any of the separators left out or replaced by a space.
const NRN_PATTERN = /(?<![\d])(\d{2})[. ]?(\d{2})[. ]?(\d{2})[- ]?(\d{3})[. ]?(\d{2})(?![\d])/g;
const EMAIL_PATTERN = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/**
 * The mod-97 check of a Belgian national register number (rijksregisternummer,
 * also bis-numbers): 97 minus the first nine digits mod 97; for people born
 * from 2000 on, a 2 is put before those nine digits.
 */
export function isValidNationalRegisterNumber(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const check = Number(digits.slice(9));
  const base = BigInt(digits.slice(0, 9));
  const before2000 = 97 - Number(base % 97n);
  const from2000 = 97 - Number((2_000_000_000n + base) % 97n);
  return check === before2000 || check === from2000;
}

function mask(text: string): string {
  return '•'.repeat(Math.max(0, text.length - 2)) + text.slice(-2);
}

/** Every national register number (with a valid check) and e-mail address in the text. */
export function findPersonalData(text: string): PersonalDataHit[] {
  const hits: PersonalDataHit[] = [];
  for (const match of text.matchAll(NRN_PATTERN)) {
    const digits = match.slice(1, 6).join('');
    if (isValidNationalRegisterNumber(digits)) hits.push({ kind: 'national_register_number', masked: mask(match[0]), index: match.index ?? 0 });
  }
  for (const match of text.matchAll(EMAIL_PATTERN)) hits.push({ kind: 'email', masked: mask(match[0]), index: match.index ?? 0 });
  return hits.sort((a, b) => a.index - b.index);
}

/** The kinds present, each once, for a short warning. */
export function personalDataKinds(text: string): PersonalDataKind[] {
  return [...new Set(findPersonalData(text).map((hit) => hit.kind))];
}
