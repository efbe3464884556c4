import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { E2E_TOKEN } from '../../playwright.config';

/** The lead inspector of the shared test server, as the first start records them. */
export const LEAD = { name: 'Inspecteur E2E', role: 'Hoofdinspecteur (leidt het doorlichtingsteam)' };

/**
 * Opens the workbench the way `npm run serve` prints it: with the token in
 * the fragment. On a fresh record the first start asks who is working; the
 * person is answered as a user would.
 */
export async function openWorkbench(page: Page, person: { name: string; role: string } = LEAD): Promise<void> {
  await page.goto(`/#token=${E2E_TOKEN}`);
  const schools = page.getByRole('heading', { level: 1, name: 'Scholen' });
  const welcome = page.getByRole('heading', { level: 1, name: /Wie werkt er\?/ });
  await expect(schools.or(welcome)).toBeVisible();
  if (await welcome.isVisible()) {
    await page.getByLabel('Uw naam (zoals in het verslag)').fill(person.name);
    await page.getByLabel('Uw rol').selectOption({ label: person.role });
    await page.getByRole('button', { name: 'Profiel bewaren' }).click();
  }
  await expect(schools).toBeVisible();
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
