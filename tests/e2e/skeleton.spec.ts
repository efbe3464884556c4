import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { docxText } from '../helpers/docx-text';
import { ALL_SHOWN, expectAccessible, openWorkbench, schoolCount, shownAndTotal } from './fixtures';

const MOTIVATION = 'De leraren hanteren duidelijke routines; in twee klassen gaat bij wissels veel leertijd verloren (één klas: ±10 minuten).';

test('schools: list, search by name, number and municipality, open a school with its figures', async ({ page }) => {
  await openWorkbench(page);
  const rows = page.locator('table.data tbody tr');
  // The demo is Flanders at scale and the list is virtualized: the status line counts, the page holds only the rows in view.
  await expect(schoolCount(page)).toHaveText(ALL_SHOWN);
  expect((await shownAndTotal(page)).total).toBeGreaterThanOrEqual(3250);
  expect(await rows.count()).toBeLessThan(100);
  await expectAccessible(page, 'schools');

  const search = page.getByLabel('Zoek een school');
  await search.fill('Brugge');
  await expect
    .poll(async () => [...new Set(await page.locator('table.data tbody tr td:nth-child(5)').allTextContents())])
    .toEqual(['Brugge']);

  const number = (await rows.first().locator('td').nth(1).textContent())!.trim();
  await search.fill(number);
  await expect(rows).toHaveCount(1);

  await search.fill('zzz-geen-school');
  await expect(page.getByText('Geen scholen gevonden voor “zzz-geen-school”.')).toBeVisible();

  await search.fill('Sint-Jozefsinstituut');
  const link = rows.first().getByRole('link');
  await expect(link).toContainText('Sint-Jozefsinstituut');
  const name = (await link.textContent())!.trim();
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  // The figures table comes first; the signal tables follow it.
  const figureRows = page.locator('table.data').first().locator('tbody tr');
  await expect(figureRows).toHaveCount(5);
  await expect(figureRows.first().locator('th')).toHaveText('2019-2020');
  await expect(figureRows.last().locator('th')).toHaveText('2023-2024');
  const chart = page.getByRole('img', { name: /Lijngrafiek van tuchtmaatregelen per 100 leerlingen/ });
  await expect(chart).toBeVisible();
  expect(await chart.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(100);
  await expectAccessible(page, 'school');
});

test('inspection: open, rate with motivation, survive a reload, export Word and PDF', async ({ page }) => {
  await openWorkbench(page);
  await page.getByLabel('Zoek een school').fill('Basisschool');
  const link = page.locator('table.data tbody tr').first().getByRole('link');
  await expect(link).toContainText('Basisschool');
  const schoolName = (await link.textContent())!.trim();
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: schoolName })).toBeVisible();

  await page.getByLabel('Soort inspectie').selectOption('unannounced');
  await page.getByRole('button', { name: 'Inspectie openen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Onaangekondigd bezoek (leer- en leefklimaat, nadruk op klasmanagement) — ${schoolName}` })).toBeVisible();
  await expect(page.getByText(/^0 van \d+ indicatoren beoordeeld$/)).toBeVisible();
  await expectAccessible(page, 'inspection');

  const first = page.locator('section.indicator').first();
  await first.getByRole('radio', { name: 'Benadert de verwachting' }).check();
  await expect(first.locator('.save-state')).toHaveText('Opgeslagen');
  await expect(first.getByText('Motivering ontbreekt nog.')).toBeVisible();
  await first.getByLabel('Motivering').fill(MOTIVATION);
  await expect(first.locator('.save-state')).toHaveText('Opgeslagen');
  await expect(page.getByText(/^1 van \d+ indicatoren beoordeeld$/)).toBeVisible();

  await page.reload();
  const again = page.locator('section.indicator').first();
  await expect(again.getByRole('radio', { name: 'Benadert de verwachting' })).toBeChecked();
  await expect(again.getByLabel('Motivering')).toHaveValue(MOTIVATION);

  await page.getByRole('tab', { name: 'Advies en verslag' }).click();
  await page.getByRole('button', { name: 'Voorbeeld van het verslag' }).click();
  const preview = page.getByRole('article', { name: `Inspectieverslag ${schoolName}` });
  await expect(preview).toContainText('ONTWERP');
  await expect(preview).toContainText('De leraren hanteren duidelijke routines');
  await expect(preview.getByRole('img', { name: /Lijngrafiek van tuchtmaatregelen/ })).toBeVisible();
  await expectAccessible(page, 'report preview');
  const docxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporteer naar Word' }).click();
  const docx = await docxDownload;
  expect(docx.suggestedFilename()).toMatch(/\.docx$/);
  const docxWords = await docxText(readFileSync(await docx.path()));
  expect(docxWords).toContain(schoolName);
  expect(docxWords).toContain('De leraren hanteren duidelijke routines');
  expect(docxWords).toContain('Benadert de verwachting');

  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporteer naar PDF' }).click();
  const pdf = await pdfDownload;
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
  const pdfPath = await pdf.path();
  expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain(schoolName);
  expect(text).toContain('De leraren hanteren duidelijke routines');

  const exportsTable = page.getByRole('table', { name: 'Eerdere exports' }).locator('tbody tr');
  await expect(exportsTable).toHaveCount(2);
  await expectAccessible(page, 'inspection after export');
});

test('every place in the rail opens and passes an accessibility scan', async ({ page }) => {
  await openWorkbench(page);
  for (const [place, heading] of [
    ['Inspecties', 'Inspecties'],
    ['Task force', 'Mijn trajecten'],
    ['Overzicht', 'Overzicht'],
    ['Instellingen', 'Instellingen'],
  ] as const) {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: place }).click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expectAccessible(page, place);
  }
  await page.getByLabel('Taal').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.getByLabel('Language').selectOption('nl-BE');
  await expect(page.getByRole('heading', { level: 1, name: 'Instellingen' })).toBeVisible();
});

test('browser mode refuses API calls without the token', async ({ request }) => {
  const response = await request.post('/api/listSchools', { data: {} });
  expect(response.status()).toBe(401);
  expect((await response.json()).error.code).toBe('unauthorized');
});
