import { SCHOOL_FORMS, SCHOOL_LEVELS, type SchoolForm, type SchoolLevel, schoolYearOf } from '../school';

/** A cell read into a value, or the reason it cannot be (in Dutch, for the error list). */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (reason: string): Parsed<never> => ({ ok: false, reason });

// Thousands separators people type besides '.' and ',': spaces, NBSP, narrow NBSP, apostrophe.
const GROUPING = /[\s\u00a0\u202f']/g;

/**
 * A number written the Belgian or the English way: "1.234,5", "1,234.5",
 * "12,5", "12.5", "1 234". With both separators the last is the decimal
 * one. With one separator used once it is decimal — except in whole-number
 * fields, where "1.234" followed by exactly three digits means thousands.
 */
export function parseNumber(raw: string, wholeNumber: boolean): Parsed<number> {
  // Fast paths for what nearly every cell holds ("1104", "12,5"); they give exactly what the general rules give
  // (tests/unit/import/values-fast-path.test.ts) and make a 100,000-row import several times faster.
  if (PLAIN_DIGITS.test(raw)) return ok(Number(raw));
  if (!wholeNumber) {
    const simple = SIMPLE_DECIMAL.exec(raw);
    if (simple) return ok(Number(`${simple[1]}.${simple[2]}`));
  }
  return parseNumberByRules(raw, wholeNumber);
}

const PLAIN_DIGITS = /^\d{1,15}$/;
const SIMPLE_DECIMAL = /^(\d{1,15})[.,](\d{1,15})$/;

/** The general rules behind parseNumber, for every way of writing a number. */
export function parseNumberByRules(raw: string, wholeNumber: boolean): Parsed<number> {
  let text = raw.replace(GROUPING, '');
  if (text.endsWith('%')) text = text.slice(0, -1);
  if (!/^[+-]?[\d.,]+$/.test(text) || !/\d/.test(text)) return bad('geen getal');
  const sign = text.startsWith('-') ? -1 : 1;
  text = text.replace(/^[+-]/, '');
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  let intPart: string;
  let fraction = '';
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const at = text.lastIndexOf(decimal);
    intPart = text.slice(0, at);
    fraction = text.slice(at + 1);
    if (intPart.includes(decimal)) return bad('geen getal');
  } else {
    const separator = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
    const count = separator ? text.split(separator).length - 1 : 0;
    if (!separator) intPart = text;
    else if (count > 1 || (wholeNumber && /^\d{1,3}$/.test(text.split(separator)[0]) && /^\d{3}$/.test(text.split(separator)[1]))) {
      intPart = text;
    } else {
      [intPart, fraction] = text.split(separator);
    }
  }
  const groups = intPart.split(/[.,]/);
  if (groups.length > 1 && (!/^\d{1,3}$/.test(groups[0]) || groups.slice(1).some((g) => !/^\d{3}$/.test(g)))) {
    return bad('scheidingstekens voor duizendtallen staan niet per drie cijfers');
  }
  const digits = groups.join('');
  if (digits === '' || !/^\d*$/.test(fraction)) return bad('geen getal');
  const value = sign * Number(`${digits}.${fraction || '0'}`);
  if (!Number.isFinite(value)) return bad('geen getal');
  return ok(value);
}

export function parseCount(raw: string): Parsed<number> {
  const number = parseNumber(raw, true);
  if (!number.ok) return bad('geen geheel getal');
  if (number.value < 0) return bad('een aantal kan niet negatief zijn');
  if (!Number.isInteger(number.value)) return bad('een aantal moet een geheel getal zijn');
  if (number.value > 10_000_000) return bad('onwaarschijnlijk groot aantal (meer dan 10 miljoen)');
  return ok(number.value);
}

export function parsePercentage(raw: string): Parsed<number> {
  const number = parseNumber(raw, false);
  if (!number.ok) return bad('geen percentage (getal van 0 tot 100)');
  if (number.value < 0 || number.value > 100) return bad('een percentage ligt tussen 0 en 100');
  return ok(Math.round(number.value * 1000) / 1000);
}

/**
 * Six digits; Excel drops the leading zero of "010555", so five digits are
 * padded back. "10555.0" from a number cell is accepted too.
 */
export function parseInstellingsnummer(raw: string): Parsed<string> {
  const text = raw.trim().replace(/\.0+$/, '');
  if (!/^\d{5,6}$/.test(text)) return bad('een instellingsnummer bestaat uit 5 of 6 cijfers');
  return ok(text.padStart(6, '0'));
}

/** "2023-2024", "2023/2024", "2023 - 2024" or "2023-24", between 1990 and next school year. */
export function parseSchoolYear(raw: string, currentYear: number): Parsed<string> {
  const match = /^(\d{4})\s*[-/]\s*(\d{2}|\d{4})$/.exec(raw.trim());
  if (!match) return bad('een schooljaar schrijft u als 2023-2024');
  const start = Number(match[1]);
  const end = match[2].length === 2 ? Number(String(start + 1).slice(0, 2) + match[2]) : Number(match[2]);
  if (end !== start + 1) return bad('het tweede jaar moet op het eerste volgen (bv. 2023-2024)');
  if (start < 1990 || start > currentYear) return bad(`schooljaar buiten het bereik 1990-1991 tot ${schoolYearOf(currentYear)}`);
  return ok(schoolYearOf(start));
}

function oneOf<T extends string>(allowed: readonly T[], aliases: Record<string, T>, what: string) {
  return (raw: string): Parsed<T> => {
    const key = raw.trim().toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\s+onderwijs$/, '');
    const value = (allowed as readonly string[]).includes(key) ? (key as T) : aliases[key];
    return value ? ok(value) : bad(`${what} moet ${allowed.join(' of ')} zijn`);
  };
}

export const parseLevel = oneOf<SchoolLevel>(SCHOOL_LEVELS, { basisonderwijs: 'basis', lager: 'basis', kleuter: 'basis', secundaironderwijs: 'secundair', so: 'secundair', bao: 'basis' }, 'niveau');
export const parseForm = oneOf<SchoolForm>(SCHOOL_FORMS, { buo: 'buitengewoon', buso: 'buitengewoon', bubao: 'buitengewoon', go: 'gewoon' }, 'onderwijsvorm');

/** A date as dd/mm/yyyy (also with '-' or '.') or ISO yyyy-mm-dd → ISO; checks that the day exists. */
export function parseDate(raw: string): Parsed<string> {
  const text = raw.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(text);
  const belgian = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const parts = iso ? [iso[1], iso[2], iso[3]] : belgian ? [belgian[3], belgian[2], belgian[1]] : null;
  if (!parts) return bad('een datum schrijft u als dd/mm/jjjj of jjjj-mm-dd');
  const [year, month, day] = parts;
  const value = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) return bad('geen bestaande datum');
  return ok(value);
}
