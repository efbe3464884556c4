import { expect, test } from '@playwright/test';
import { expectAccessible, openWorkbench } from './fixtures';

const SCHOOL = ['instellingsnummer;naam;niveau;onderwijsvorm;gemeente', '046123;Ter Heide – OV3;secundair;buitengewoon;Genk'].join('\r\n');

test('Inspecties: start a new inspection from the list, find it with a plain hyphen, filter by status, type and year', async ({ page }) => {
  await openWorkbench(page);
  // A school whose name has an en dash, as official lists write it.
  await page.getByRole('link', { name: 'Gegevens importeren' }).click();
  await page.getByLabel('Bestand (CSV of XLSX)').setInputFiles({ name: 'ter-heide.csv', mimeType: 'text/csv', buffer: Buffer.from(SCHOOL, 'utf8') });
  await page.getByRole('button', { name: 'Bestand controleren' }).click();
  await page.getByRole('button', { name: 'Import doorvoeren' }).click();
  await expect(page.getByText(/Import doorgevoerd: 1 nieuw/)).toBeVisible();

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inspecties' }).click();
  const status = page.getByRole('status').filter({ hasText: /van \d+ inspecties/ });
  await expect(status).toBeVisible();
  const total = Number((await status.textContent())!.match(/van (\d+)/)![1]);

  await page.getByRole('button', { name: '+ Nieuwe inspectie' }).click();
  const panel = page.getByRole('region', { name: 'Nieuwe inspectie' });
  await panel.getByLabel('Voor welke school?').fill('ter heide - ov3');
  await panel.getByRole('button', { name: 'Ter Heide – OV3' }).click();
  await expect(panel.getByText('School: Ter Heide – OV3')).toBeVisible();
  await panel.getByLabel('Soort inspectie').selectOption('unannounced');
  await panel.getByLabel('Startdatum').fill('2025-03-04');
  await panel.getByRole('button', { name: 'Inspectie openen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Onaangekondigd bezoek (leer- en leefklimaat, nadruk op klasmanagement) — Ter Heide – OV3' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inspecties' }).click();
  await expect(status).toHaveText(`${total + 1} van ${total + 1} inspecties`);
  const rows = page.locator('main table tbody tr');
  await page.getByLabel('Zoek op school of instellingsnummer').fill('Ter Heide - OV3');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Ter Heide – OV3');
  await page.getByLabel('Zoek op school of instellingsnummer').fill('');
  await page.getByLabel('Jaar (start)').selectOption('2025');
  await expect(rows.filter({ hasText: 'Ter Heide – OV3' })).toHaveCount(1);
  await page.getByLabel('Soort', { exact: true }).selectOption('unannounced');
  await page.getByLabel('Status', { exact: true }).selectOption('final');
  await expect(rows.filter({ hasText: 'Ter Heide – OV3' })).toHaveCount(0);
  await page.getByLabel('Status', { exact: true }).selectOption('preparing');
  await expect(rows.filter({ hasText: 'Ter Heide – OV3' })).toHaveCount(1);
  for (const text of await rows.allTextContents()) expect(text).toContain('Onaangekondigd bezoek');
  await expectAccessible(page, 'inspections filtered');
  await page.getByRole('button', { name: 'Filters wissen' }).click();
  await expect(status).toHaveText(`${total + 1} van ${total + 1} inspecties`);
});
