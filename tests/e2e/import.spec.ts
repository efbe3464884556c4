import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectAccessible, openWorkbench } from './fixtures';

const SCHOOLS = [
  'Instellingsnr;Naam;Niveau;Onderwijsvorm;Gemeente;Opmerking',
  '987650;Importschool De Berk;basis;gewoon;Kortrijk;nieuw',
  '987651;Importatheneum Eik;secundair;gewoon;Hasselt;',
].join('\r\n');
const FIGURES = [
  'instellingsnummer;schooljaar;Aantal leerlingen;Definitieve uitsluitingen;Personeelsverloop %',
  '987650;2022-2023;1.204;2;7,5',
  '987650;2023-2024;1.250;3;8',
].join('\r\n');

async function choose(page: import('@playwright/test').Page, name: string, text: string) {
  await page.getByLabel('Bestand (CSV of XLSX)').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
  await page.getByRole('button', { name: 'Bestand controleren' }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Voorvertoning: ${name}` })).toBeVisible();
}

test('import schools and figures through the UI, then find the school and its figures', async ({ page }) => {
  await openWorkbench(page);
  await page.getByRole('link', { name: 'Gegevens importeren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gegevens importeren' })).toBeVisible();
  await expect(page.getByText(/Maximaal 40 MB per bestand/)).toBeVisible();
  await expectAccessible(page, 'import page');

  const template = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Sjabloon schooljaarcijfers (CSV)' }).click();
  const templateFile = await template;
  expect(templateFile.suggestedFilename()).toBe('sjabloon-schooljaarcijfers.csv');
  expect(readFileSync(await templateFile.path(), 'utf8')).toContain('instellingsnummer;schooljaar;leerlingen');

  // a file with an error: listed with row, column, value and reason; commit is not offered
  await choose(page, 'fout.csv', `${SCHOOLS}\r\n12;Fout;hoger;gewoon;;`);
  const errors = page.getByRole('region', { name: 'Fouten (2)' });
  await expect(errors.locator('tbody tr').first()).toContainText('een instellingsnummer bestaat uit 5 of 6 cijfers');
  await expect(page.getByRole('button', { name: 'Import doorvoeren' })).toHaveCount(0);
  await expectAccessible(page, 'import preview with errors');
  const errorCsv = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Foutenlijst downloaden (CSV)' }).click();
  expect(readFileSync(await (await errorCsv).path(), 'utf8')).toContain('niveau moet basis of secundair zijn');
  await page.getByRole('button', { name: 'Annuleren' }).click();
  await expect(page.getByText('Import geannuleerd; er is niets gewijzigd.')).toBeVisible();

  await choose(page, 'scholen.csv', SCHOOLS);
  await expect(page.getByText('Genegeerde kolommen: Opmerking')).toBeVisible();
  await page.getByRole('button', { name: 'Import doorvoeren' }).click();
  await expect(page.getByText('Import doorgevoerd: 2 nieuw, 0 gewijzigd, 0 ongewijzigd.')).toBeVisible();

  await choose(page, 'cijfers.csv', FIGURES);
  // The rows themselves, with the values as they will be stored: 1.204 → 1204, 7,5 → 7.5.
  const planned = page.locator('table.preview-rows-table tbody tr');
  await expect(planned).toHaveCount(2);
  await expect(planned.first()).toContainText('987650');
  await expect(planned.first()).toContainText('1204');
  await expect(planned.first()).toContainText('7.5');
  await expect(page.getByText('2 rijen = 2 nieuw + 0 gewijzigd + 0 ongewijzigd + 0 met fouten.')).toBeVisible();
  await page.getByRole('button', { name: 'Import doorvoeren' }).click();
  await expect(page.getByText('Import doorgevoerd: 2 nieuw, 0 gewijzigd, 0 ongewijzigd.')).toBeVisible();
  const log = page.getByRole('region', { name: 'Eerdere imports' }).locator('tbody tr');
  await expect(log).toHaveCount(2);
  await expect(log.first()).toContainText('cijfers.csv');
  await expectAccessible(page, 'import committed');

  // A changed school shows old → new; the counts add up to the rows of the file.
  await choose(page, 'scholen-v2.csv', SCHOOLS.replace('Kortrijk', 'Kortrijk-Zuid'));
  await expect(page.getByText('2 rijen = 0 nieuw + 1 gewijzigd + 1 ongewijzigd + 0 met fouten.')).toBeVisible();
  const changed = page.locator('table.preview-rows-table tbody tr');
  await expect(changed).toHaveCount(1);
  await expect(changed.locator('td.changed-cell')).toHaveText('Kortrijk → Kortrijk-Zuid');
  await expect(changed.locator('td.changes')).toHaveText('gemeente: Kortrijk → Kortrijk-Zuid');
  await expectAccessible(page, 'import preview rows');
  await page.getByRole('region', { name: /Voorvertoning/ }).screenshot({ path: '.tmp/screens/import-preview-changed.png' });
  await page.getByRole('button', { name: 'Annuleren' }).click();

  await page.getByRole('link', { name: '← Scholen' }).click();
  await page.getByLabel('Zoek een school').fill('Importschool');
  const link = page.getByRole('link', { name: 'Importschool De Berk' });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Importschool De Berk' })).toBeVisible();
  // the first table on the school page holds the figures per school year
  const figureRows = page.locator('table.data').first().locator('tbody tr');
  await expect(figureRows).toHaveCount(2);
  await expect(figureRows.last().locator('th')).toHaveText('2023-2024');
  await expect(figureRows.last()).toContainText('1.250');
});
