import i18next from 'i18next';

/**
 * Numbers and dates for the screen, in the language the user chose
 * (nl-BE: "1.104", "4 maart 2026"; en: "1,104", "4 March 2026"). The
 * formatters are made once per language; components re-render on a change
 * of language (useTranslation), so every call sees the current one.
 */
interface Formats {
  number: Intl.NumberFormat;
  date: Intl.DateTimeFormat;
  dateTime: Intl.DateTimeFormat;
}

const cache = new Map<string, Formats>();

/** The locale for Intl: Dutch as spoken in Belgium, or British-style English (day before month, as in Belgium). */
export function intlLocale(language = i18next.language): string {
  return language?.startsWith('en') ? 'en-GB' : 'nl-BE';
}

function formats(): Formats {
  const locale = intlLocale();
  let f = cache.get(locale);
  if (!f) {
    f = {
      number: new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }),
      date: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }),
      dateTime: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
    };
    cache.set(locale, f);
  }
  return f;
}

export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : formats().number.format(value);
}

export function formatDate(iso: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00` : iso);
  return Number.isNaN(date.getTime()) ? iso : formats().date.format(date);
}

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formats().dateTime.format(date);
}

/** Today as YYYY-MM-DD in local time, for comparing with the record's dates. */
export function todayIso(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
