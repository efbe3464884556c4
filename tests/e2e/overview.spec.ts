import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { expect, type Page, test } from '@playwright/test';
import { E2E_TOKEN } from '../../playwright.config';
import { expectAccessible, openWorkbench } from './fixtures';

/**
 * Overzicht as staff use it: every figure leads to the schools behind it (a
 * chart point, a tile), the filter lives in the address (reload keeps it, back
 * steps back), every table exports to CSV and XLSX that read back, and the
 * page prints without the rail and without running off the paper.
 */
const SHOTS = '.tmp/shots-h18a';
const FORMULA = '=1+2 Formuleschool';

async function openOverview(page: Page) {
  await openWorkbench(page);
  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overzicht' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible();
  await expect(page.locator('.drill-chart a.drill-point').first()).toBeVisible();
}

const drillHeading = (page: Page) => page.locator('#drill-title');

test('a chart point and a tile lead to the schools behind them; back steps out again', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openOverview(page);
  // A point of the secondary-education trend chart, by keyboard.
  const secondary = page.locator('.print-block', { has: page.getByRole('heading', { level: 3, name: 'Secundair onderwijs' }) }).first();
  const point = secondary.locator('a.drill-point').last();
  await expect(point).toHaveAttribute('aria-label', /Uitgesloten, niet elders ingeschreven, 2023-2024: toon de scholen/);
  await point.focus();
  await page.keyboard.press('Enter');
  await expect(drillHeading(page)).toHaveText('Secundair onderwijs, waarvan niet elders ingeschreven in 2023-2024: de scholen');
  await expect(drillHeading(page)).toBeFocused();
  expect(page.url()).toContain('drill=measure.secundair.2023-2024.excludedNotReenrolled');
  const rows = page.locator('.drill-panel tbody tr');
  expect(await rows.count()).toBeGreaterThan(10);
  await page.screenshot({ path: `${SHOTS}/1280-drill-chart.png` });
  // Each school leads to its page; back returns to the list, back again to the overview without it.
  const first = rows.first().getByRole('link');
  const name = (await first.textContent())!;
  await first.click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await page.goBack();
  await expect(drillHeading(page)).toBeVisible();
  await page.goBack();
  await expect(page.locator('.drill-panel')).toHaveCount(0);

  // A tile: the severe-signal card; the list holds as many schools as the card says.
  const card = page.locator('dl.tiles .card', { hasText: 'Ernstig' }).getByRole('link');
  const count = Number((await card.textContent())!.replace(/\./g, ''));
  await card.tap({ force: false }).catch(() => card.click());
  await expect(drillHeading(page)).toHaveText('Ernstig signaal in 2023-2024: de scholen');
  await expect(page.locator('.drill-panel')).toContainText(`${count} scholen`);
  // A long list shows its first 200 at once, the rest on request.
  if (count > 200) {
    await expect(rows).toHaveCount(200);
    await page.getByRole('button', { name: `Alle ${count} scholen tonen (nu de eerste 200)` }).click();
  }
  await expect(rows).toHaveCount(count);
  await expectAccessible(page, 'overview drill-down');
});

test('the filter lives in the address: reload keeps it, back restores the one before', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await openOverview(page);
  const level = page.getByRole('combobox', { name: 'Niveau', exact: true });
  const network = page.getByRole('combobox', { name: 'Net', exact: true });
  await level.selectOption('secundair');
  await expect(page).toHaveURL(/niveau=secundair/);
  await expect(page.locator('.filter-summary')).toHaveText('Getoond: Niveau Secundair onderwijs.');
  await expect(page.locator('dl.level-tiles .card')).toHaveCount(1);
  const allSecondary = (await page.locator('dl.level-tiles .card dd').textContent())!;
  await network.selectOption('GO! onderwijs van de Vlaamse Gemeenschap');
  await expect(page).toHaveURL(/niveau=secundair&net=GO/);
  await expect(page.locator('dl.level-tiles .card dd')).not.toHaveText(allSecondary);
  const goPupils = await page.locator('dl.level-tiles .card dd').textContent();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible();
  await expect(network).toHaveValue('GO! onderwijs van de Vlaamse Gemeenschap');
  await expect(page.locator('dl.level-tiles .card dd')).toHaveText(goPupils!);
  await page.screenshot({ path: `${SHOTS}/768-filtered.png`, fullPage: false });
  await page.goBack();
  await expect(page).not.toHaveURL(/net=/);
  await expect(network).toHaveValue('');
  await expect(level).toHaveValue('secundair');
  await expect(page.locator('dl.level-tiles .card dd')).toHaveText(allSecondary);
  // A drill-down keeps the filter: the schools behind a figure are the filtered ones.
  await page.locator('dl.level-tiles .card dd a').click();
  await expect(drillHeading(page)).toHaveText('Secundair onderwijs in 2023-2024: de scholen');
  await expect(page).toHaveURL(/niveau=secundair&drill=level\.secundair\.2023-2024/);
});

async function callApi(page: Page, name: string, input: unknown) {
  const response = await page.request.post(`/api/${name}`, { data: input, headers: { 'x-doorlicht-token': E2E_TOKEN } });
  const body = await response.json();
  if (!body.ok) throw new Error(`${name}: ${JSON.stringify(body.error)}`);
  return body.value;
}

async function importCsv(page: Page, fileName: string, text: string) {
  const preview = await callApi(page, 'previewImport', { fileName, base64: Buffer.from(`\uFEFF${text}`, 'utf8').toString('base64') });
  await expect.poll(async () => (await callApi(page, 'importProgress', { previewId: preview.previewId })).phase).toBe('ready');
  await callApi(page, 'commitImport', { previewId: preview.previewId });
}

test('every table exports to CSV and XLSX that read back, and a formula stays text', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openWorkbench(page);
  // A school whose name a spreadsheet would run; its figures in 2019-2020 only, a year no other test reads totals of.
  await importCsv(page, 'formule-scholen.csv', `instellingsnummer;naam;niveau;onderwijsvorm;net;schoolbestuur;straat;postcode;gemeente;lop\r\n099901;${FORMULA};basis;gewoon;GO!;Bestuur;Straat 1;3500;Hasselt;LOP Formuletest\r\n`);
  await importCsv(page, 'formule-cijfers.csv', 'instellingsnummer;schooljaar;leerlingen;preventieve_schorsingen;tijdelijke_uitsluitingen;definitieve_uitsluitingen\r\n099901;2019-2020;150;3;1;0\r\n');
  await page.goto(`/#/overzicht?lop=${encodeURIComponent('LOP Formuletest')}&jaar=2019-2020&drill=level.basis.2019-2020`);
  await expect(drillHeading(page)).toHaveText('Basisonderwijs in 2019-2020: de scholen');
  await expect(page.locator('.drill-panel tbody tr')).toHaveCount(1);

  const panel = page.locator('.drill-panel');
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: /als CSV$/ }).click()]);
  expect(csvDownload.suggestedFilename()).toMatch(/^basisonderwijs-in-2019-2020-de-scholen_LOP-Formuletest_\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync((await csvDownload.path())!, 'utf8');
  const grid = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true }).data;
  expect(grid).toEqual([
    ['School', 'Instellingsnummer', 'Gemeente', 'Leerlingen'],
    [`'${FORMULA}`, '099901', 'Hasselt', '150'],
  ]);
  await expect(panel.getByRole('status')).toContainText('gedownload (1 rijen)');

  const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: /als Excel \(XLSX\)$/ }).click()]);
  expect(xlsxDownload.suggestedFilename()).toMatch(/_LOP-Formuletest_\d{4}-\d{2}-\d{2}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await xlsxDownload.path())!);
  const sheet = workbook.worksheets[0];
  expect(sheet.name).toBe('Basisonderwijs in 2019-2020 de');
  expect(sheet.getRow(2).getCell(1).value).toBe(`'${FORMULA}`);
  expect(sheet.getRow(2).getCell(1).formula).toBeUndefined();
  expect(sheet.getRow(2).getCell(4).value).toBe(150);

  // A table of the page itself: the trend of the filtered schools.
  await page.getByRole('link', { name: /Terug naar het overzicht/ }).click();
  const trend = page.locator('[data-table="trend-basis"]');
  const [trendDownload] = await Promise.all([page.waitForEvent('download'), trend.getByRole('button', { name: /als Excel/ }).click()]);
  expect(trendDownload.suggestedFilename()).toMatch(/^basisonderwijs-aantal-en-per-100-leerlingen-over-de-jaren_LOP-Formuletest_/);
  const trendBook = new ExcelJS.Workbook();
  await trendBook.xlsx.readFile((await trendDownload.path())!);
  const trendRow = trendBook.worksheets[0].getRow(2);
  expect([trendRow.getCell(1).value, trendRow.getCell(2).value, trendRow.getCell(3).value]).toEqual(['2019-2020', 3, 2]);
});

test('the print layout: no rail, no menu, nothing wider than the paper, charts kept', async ({ page }) => {
  // 794 px is A4's width at 96 dpi: what Chromium lays a printed page out at.
  for (const width of [390, 768, 794, 1280] as const) {
    await page.setViewportSize({ width, height: width < 500 ? 844 : 1024 });
    await openOverview(page);
    await page.goto('/#/overzicht?niveau=secundair');
    await expect(page.locator('.filter-summary')).toContainText('Secundair onderwijs');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('nav.rail')).toBeHidden();
    await expect(page.getByRole('button', { name: /Afdrukken/ })).toBeHidden();
    await expect(page.locator('.drill-chart img').first()).toBeVisible();
    const { scroll, client, wide } = await page.evaluate(() => {
      const root = document.scrollingElement!;
      const out = [...document.querySelectorAll('main *')].filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1).slice(0, 5).map((el) => `${el.tagName}.${(el as HTMLElement).className}`);
      return { scroll: root.scrollWidth, client: root.clientWidth, wide: out };
    });
    if (width === 794) expect(scroll, `print at ${width}: ${wide.join(', ')}`).toBeLessThanOrEqual(client);
    await page.screenshot({ path: `${SHOTS}/${width}-print.png`, fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    await page.screenshot({ path: `${SHOTS}/${width}-filtered.png`, fullPage: false });
    await page.locator('.drill-chart').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/${width}-chart.png`, fullPage: false });
    await page.goto('/#/overzicht?niveau=secundair&drill=severity.severe.2023-2024');
    await expect(drillHeading(page)).toBeFocused();
    await page.screenshot({ path: `${SHOTS}/${width}-drilled.png`, fullPage: false });
  }
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ path: `${SHOTS}/overview.pdf`, format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});
