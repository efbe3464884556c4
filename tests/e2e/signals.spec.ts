import { expect, test } from '@playwright/test';
import { ALL_SHOWN, expectAccessible, openWorkbench, schoolCount, shownAndTotal } from './fixtures';

test('signals: filter the list by severity, open a flagged school, read its signal and see the peer chart', async ({ page }) => {
  await openWorkbench(page);
  const status = schoolCount(page);
  await expect(status).toHaveText(ALL_SHOWN);
  const { total } = await shownAndTotal(page);
  expect(total).toBeGreaterThanOrEqual(3250);

  await page.getByLabel('Signaal', { exact: true }).selectOption('severe');
  await page.getByLabel('Niveau').selectOption('secundair');
  await page.getByLabel('Sorteer op').selectOption('severity');
  await expect(status).not.toHaveText(ALL_SHOWN);
  const { shown } = await shownAndTotal(page);
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(total);

  const rows = page.locator('table.data tbody tr');
  for (const row of await rows.all()) {
    await expect(row).toContainText('Ernstig');
    await expect(row.locator('td').nth(2)).toHaveText('Secundair onderwijs');
  }
  await expectAccessible(page, 'filtered list');

  const link = rows.first().getByRole('link');
  const name = (await link.textContent())!.trim();
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  const signals = page.getByRole('region', { name: 'Risicosignalen' }).or(page.locator('section[aria-labelledby="signals-title"]'));
  const severe = signals.locator('ul.signal-list li.severity-severe').first();
  await expect(severe).toBeVisible();
  await expect(severe).toContainText('Ernstig');
  await expect(severe.locator('p').first()).toHaveText(/vergelijkbare scholen.*\.$/);

  const chart = page.getByRole('img', { name: /^Lijngrafiek preventieve schorsingen per 100 leerlingen.*vergelijkbare scholen/ });
  await expect(chart).toBeVisible();
  expect(await chart.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(100);
  await expectAccessible(page, 'school with signals');
});

test('signals: the virtualized list is usable by keyboard, Tab reaches rows beyond the first screen', async ({ page }) => {
  await openWorkbench(page);
  await expect(schoolCount(page)).toHaveText(ALL_SHOWN);
  const scroller = page.locator('.virtual-scroll');
  const firstLink = page.locator('table.data tbody tr').first().getByRole('link');
  const firstName = (await firstLink.textContent())!.trim();
  await firstLink.focus();
  for (let i = 0; i < 40; i++) await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('href', /^#\/scholen\/\d+$/);
  expect((await focused.textContent())!.trim()).not.toBe(firstName);
  expect(await scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await expect(focused).toBeInViewport();
});

test('overview: Flanders-wide totals equal footnote 1 of the action plan', async ({ page }) => {
  await openWorkbench(page);
  await page.getByRole('link', { name: 'Overzicht' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible();
  const secundair = page.locator('table').filter({ has: page.locator('caption', { hasText: /^Secundair onderwijs: aantal/ }) });
  await expect(secundair.locator('tr', { hasText: '2023-2024' })).toContainText('19.536');
  await expect(secundair.locator('tr', { hasText: '2020-2021' })).toContainText('6.821');
  const basis = page.locator('table').filter({ has: page.locator('caption', { hasText: /^Basisonderwijs: aantal/ }) });
  await expect(basis.locator('tr', { hasText: '2023-2024' })).toContainText('807');
  await expect(page.getByRole('heading', { name: 'Scholen met de sterkste signalen in 2023-2024' })).toBeVisible();
  await page.getByLabel('Schooljaar', { exact: true }).selectOption('2020-2021');
  await expect(page.getByRole('heading', { name: 'Scholen met de sterkste signalen in 2020-2021' })).toBeVisible();
  await expectAccessible(page, 'overview');
});
