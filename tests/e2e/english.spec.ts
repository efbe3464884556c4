import { expect, type Page, test } from '@playwright/test';
import { featureMessages } from '../../renderer/src/i18n/features';
import { nlBE } from '../../renderer/src/i18n/nl-BE';
import { en } from '../../renderer/src/i18n/en';
import { openWorkbench } from './fixtures';

/**
 * The English interface shows no Dutch: every view is rendered in English and
 * its text (and its accessible names) searched for Dutch month names and for
 * the workbench's own Dutch phrases — every Dutch message that differs from
 * its English twin, cut at its placeholders. Data (school names, notes) may
 * be Dutch; the interface around it may not.
 */

function leaves(value: unknown, path = '', out = new Map<string, string>()): Map<string, string> {
  if (typeof value === 'string') out.set(path, value);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) leaves(v, path ? `${path}.${k}` : k, out);
  return out;
}

function dutchPhrases(): string[] {
  const nl = leaves({ ...nlBE, ...Object.fromEntries(Object.entries(featureMessages).map(([ns, m]) => [ns, m.nl])) });
  const english = leaves({ ...en, ...Object.fromEntries(Object.entries(featureMessages).map(([ns, m]) => [ns, m.en])) });
  const englishText = new Set(english.values());
  const phrases = new Set<string>();
  for (const [key, text] of nl) {
    if (english.get(key) === text) continue;
    for (const piece of text.split(/{{[^}]*}}|<[^>]*>/)) {
      const p = piece.trim().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
      // Two or more words: a single word can be a name or the same in both languages.
      if (p.split(/\s+/).length >= 2 && p.length >= 10 && !englishText.has(p)) phrases.add(p);
    }
  }
  return [...phrases];
}

// Dutch-only month names and abbreviations (september, november, december and april are the same in English).
const MONTHS = /\b(januari|februari|maart|mei|juni|juli|augustus|oktober|mrt|okt)\b/i;
// The advice proposal's reasons are Dutch sentences made in main/domain/advice/propose.ts; issue 12 (the lead)
// is rewriting the advice panel and its proposal. Remove this line once the reasons arrive as codes.
const LEFT_TO_ADVICE_REWRITE = new Set(['Geen tekorten vastgesteld']);
const PHRASES = dutchPhrases().filter((p) => !LEFT_TO_ADVICE_REWRITE.has(p));

async function dutchOn(page: Page, view: string): Promise<string[]> {
  await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0);
  // The interface's text: visible text plus accessible names and alternatives, without the user's own data (inputs' values).
  const text = await page.evaluate(() => {
    const attrs = [...document.querySelectorAll('[aria-label], [alt], [title], [placeholder]')].flatMap((el) =>
      ['aria-label', 'alt', 'title', 'placeholder'].map((a) => el.getAttribute(a) ?? ''),
    );
    return [document.body.innerText, ...attrs].join('\n');
  });
  const found: string[] = [];
  const month = text.match(MONTHS);
  if (month) found.push(`${view}: Dutch month “${month[0]}”`);
  for (const phrase of PHRASES) if (text.includes(phrase)) found.push(`${view}: “${phrase}”`);
  return found;
}

test('the English interface shows no Dutch dates or phrases on any view', async ({ page }) => {
  test.setTimeout(120_000);
  await openWorkbench(page);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Instellingen' }).click();
  await page.getByLabel('Taal').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Main menu' });
  const found: string[] = [];
  found.push(...(await dutchOn(page, 'settings')));

  await nav.getByRole('link', { name: 'Schools' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Schools' })).toBeVisible();
  found.push(...(await dutchOn(page, 'schools')));
  await page.locator('table.data tbody tr').first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  found.push(...(await dutchOn(page, 'school')));

  await nav.getByRole('link', { name: 'Schools' }).click();
  await page.getByRole('link', { name: 'Import data' }).click();
  found.push(...(await dutchOn(page, 'import')));

  await nav.getByRole('link', { name: 'Inspections' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inspections' })).toBeVisible();
  found.push(...(await dutchOn(page, 'inspections')));
  const links = page.locator('main table tbody a');
  const count = await links.count();
  for (let i = 0; i < count; i++) {
    await nav.getByRole('link', { name: 'Inspections' }).click();
    await links.nth(i).click();
    const tabs = page.getByRole('tablist');
    await expect(tabs).toBeVisible();
    for (const tab of await tabs.getByRole('tab').all()) {
      await tab.click();
      found.push(...(await dutchOn(page, `inspection ${i + 1} / ${(await tab.textContent())!.trim()}`)));
    }
  }

  await nav.getByRole('link', { name: 'Task force' }).click();
  found.push(...(await dutchOn(page, 'task force')));
  await page.locator('main table a').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  found.push(...(await dutchOn(page, 'referral')));

  await nav.getByRole('link', { name: 'Overview' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  found.push(...(await dutchOn(page, 'overview')));

  expect([...new Set(found)]).toEqual([]);
});
