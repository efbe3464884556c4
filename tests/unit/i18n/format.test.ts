import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber } from '../../../renderer/src/components/format';
import { daysUntilText } from '../../../renderer/src/features/taskforce/days-until';
import { en } from '../../../renderer/src/i18n/en';
import { featureMessages } from '../../../renderer/src/i18n/features';
import { nlBE } from '../../../renderer/src/i18n/nl-BE';

const DUTCH_MONTHS = /januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december/;
const pick = (lang: 'nl' | 'en') => Object.fromEntries(Object.entries(featureMessages).map(([ns, m]) => [ns, m[lang]]));

beforeAll(async () => {
  await i18next.init({
    resources: { 'nl-BE': { translation: { ...nlBE, ...pick('nl') } }, en: { translation: { ...en, ...pick('en') } } },
    lng: 'nl-BE',
    fallbackLng: 'nl-BE',
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
});

describe('numbers and dates follow the chosen language', () => {
  it('Dutch (Belgium): 1.104,5 and 4 maart 2026', async () => {
    await i18next.changeLanguage('nl-BE');
    expect(formatNumber(1104.5)).toBe('1.104,5');
    expect(formatDate('2026-03-04')).toBe('4 maart 2026');
    expect(formatDateTime('2026-03-04T09:30:00')).toMatch(/4 mrt 2026/);
  });

  it('English: 1,104.5 and 4 March 2026, no Dutch month in any month', async () => {
    await i18next.changeLanguage('en');
    expect(formatNumber(1104.5)).toBe('1,104.5');
    expect(formatDate('2026-03-04')).toBe('4 March 2026');
    for (let month = 1; month <= 12; month++) {
      const iso = `2026-${String(month).padStart(2, '0')}-15`;
      expect(formatDate(iso)).not.toMatch(DUTCH_MONTHS);
      expect(formatDateTime(`${iso}T10:00:00`).toLowerCase()).not.toMatch(DUTCH_MONTHS);
    }
  });
});

describe('days until a date', () => {
  it('a date already past is "verstreken sinds …", never "nog 0 dagen"', async () => {
    await i18next.changeLanguage('nl-BE');
    const t = i18next.t.bind(i18next);
    expect(daysUntilText(t, '2026-03-10', '2026-03-01')).toBe('nog 9 dagen');
    expect(daysUntilText(t, '2026-03-02', '2026-03-01')).toBe('nog 1 dag');
    expect(daysUntilText(t, '2026-03-01', '2026-03-01')).toBe('vandaag');
    expect(daysUntilText(t, '2026-02-26', '2026-03-01')).toBe('verstreken sinds 3 dagen');
    await i18next.changeLanguage('en');
    expect(daysUntilText(i18next.t.bind(i18next), '2026-02-26', '2026-03-01')).toBe('passed 3 days ago');
  });
});
