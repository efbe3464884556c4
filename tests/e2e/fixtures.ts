import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { E2E_TOKEN } from '../../playwright.config';

/** Opens the workbench the way `npm run serve` prints it: with the token in the fragment. */
export async function openWorkbench(page: Page): Promise<void> {
  await page.goto(`/#token=${E2E_TOKEN}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Scholen' })).toBeVisible();
}

/** No serious or critical accessibility violation on the page as it is now. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${label}: ${v.id} — ${v.help} (${v.nodes.length}×: ${v.nodes[0]?.target.join(' ')})`)).toEqual([]);
}

/** The school list's status line, "N van M scholen"; M grows when another test imports schools. */
export function schoolCount(page: Page) {
  return page.getByRole('status').filter({ hasText: /^[\d.]+ van [\d.]+ scholen$/ });
}

/** Every school shown: the status reads "M van M scholen". */
export const ALL_SHOWN = /^([\d.]+) van \1 scholen$/;

export async function shownAndTotal(page: Page): Promise<{ shown: number; total: number }> {
  const [shown, total] = (await schoolCount(page).textContent())!.match(/[\d.]+/g)!.map((n) => Number(n.replace(/\./g, '')));
  return { shown, total };
}
