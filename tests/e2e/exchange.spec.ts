import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { E2E_PORT, E2E_TOKEN } from '../../playwright.config';
import { expectAccessible, openWorkbench } from './fixtures';

/**
 * Two inspectors, two workbenches, two data folders: the lead (the shared
 * test server) and a colleague (a second server started here). They work
 * on the same inspection apart, exchange packages, the lead resolves the
 * conflict, and the report shows the merged result.
 */

const B_PORT = E2E_PORT + 1;
const B_DATA = `.tmp/e2e-data-${B_PORT}`;
let colleagueServer: ChildProcess | undefined;

async function startColleague(): Promise<void> {
  rmSync(B_DATA, { recursive: true, force: true });
  const args = ['main/serve.ts', '--no-open', '--port', String(B_PORT), '--data-dir', B_DATA];
  if (process.env.E2E_STATIC_DIR) args.push('--static-dir', process.env.E2E_STATIC_DIR);
  colleagueServer = spawn(join('node_modules', '.bin', 'tsx'), args, {
    env: { ...process.env, DOORLICHT_TOKEN: E2E_TOKEN },
    stdio: 'ignore',
  });
  for (let i = 0; i < 120; i++) {
    const up = await fetch(`http://127.0.0.1:${B_PORT}/`).then((r) => r.ok, () => false);
    if (up) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the colleague’s workbench did not start');
}

test.beforeAll(async () => {
  test.setTimeout(90_000);
  await startColleague();
});
test.afterAll(() => {
  colleagueServer?.kill();
  rmSync(B_DATA, { recursive: true, force: true });
});

async function colleaguePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: `http://127.0.0.1:${B_PORT}`, locale: 'nl-BE', acceptDownloads: true });
  const page = await context.newPage();
  await openWorkbench(page, { name: 'Bart Collega', role: 'Inspecteur' });
  return page;
}

async function openTab(page: Page, name: string) {
  await page.getByRole('tab', { name, exact: true }).click();
  await expect(page.getByRole('tab', { name, exact: true })).toHaveAttribute('aria-selected', 'true');
}

/** Makes a package on the Uitwisselen tab and returns the downloaded file's path. */
async function makePackage(page: Page, passphrase?: string): Promise<string> {
  await openTab(page, 'Uitwisselen');
  const form = page.locator('form.exchange-form').filter({ hasText: 'Pakket maken' });
  const encrypt = form.getByLabel(/Versleutelen met een wachtwoordzin/);
  if (passphrase) {
    await encrypt.check();
    await form.getByLabel('Wachtwoordzin (minstens 8 tekens)').fill(passphrase);
    await form.getByLabel('Herhaal de wachtwoordzin').fill(passphrase);
  } else {
    await encrypt.uncheck();
  }
  const [download] = await Promise.all([page.waitForEvent('download'), form.getByRole('button', { name: 'Pakket maken' }).click()]);
  await expect(form.getByText(/Pakket doorlicht-.*\.dlpkg gemaakt/)).toBeVisible();
  expect(download.suggestedFilename()).toMatch(/^doorlicht-.*\.dlpkg$/);
  const path = join(test.info().outputDir, `${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  return path;
}

async function readPackage(page: Page, file: string, passphrase = '') {
  const form = page.locator('form.exchange-form').filter({ hasText: 'Pakket van een collega inlezen' });
  await form.getByLabel('Pakketbestand (.dlpkg)').setInputFiles(file);
  await form.getByLabel('Wachtwoordzin (alleen bij een versleuteld pakket)').fill(passphrase);
  await form.getByRole('button', { name: 'Inlezen en samenvoegen' }).click();
  return form;
}

async function rate(page: Page, indicator: string, level: string, motivation: string) {
  await openTab(page, 'Gids');
  const card = page.locator(`#indicator-${indicator.replace('.', '\\.')}`);
  await card.getByRole('radio', { name: level }).check();
  await expect(card.locator('.save-state')).toHaveText('Opgeslagen');
  await card.getByLabel('Motivering').fill(motivation);
  await card.getByLabel('Motivering').blur();
  await expect(card.locator('.save-state')).toHaveText('Opgeslagen');
}

async function observe(page: Page, className: string) {
  await openTab(page, 'Observaties');
  const form = page.getByRole('form', { name: 'Nieuwe observatie' });
  await form.getByLabel('Klas').fill(className);
  await form.getByLabel('Vak').fill('Frans');
  await form.getByRole('button', { name: 'Bij de les (tellingen) +1', exact: true }).click();
  await form.getByRole('button', { name: 'Observatie vastleggen' }).click();
  await expect(form.getByText('Observatie vastgelegd.')).toBeVisible();
}

test('two inspectors merge their work offline; the lead resolves the one conflict and the report shows the result', async ({ page: lead, browser }) => {
  test.setTimeout(240_000);
  // The lead opens an inspection and hands it to her colleague before the visit.
  await openWorkbench(lead);
  await lead.getByLabel('Zoek een school').fill('Basisschool');
  const link = lead.locator('table.data tbody tr').first().getByRole('link');
  const schoolName = (await link.textContent())!.trim();
  await link.click();
  await lead.getByLabel('Soort inspectie').selectOption('unannounced');
  await lead.getByRole('button', { name: 'Inspectie openen' }).click();
  await expect(lead).toHaveURL(/#\/inspecties\//);
  await expect(lead.getByRole('heading', { level: 1, name: `Onaangekondigd bezoek (leer- en leefklimaat, nadruk op klasmanagement) — ${schoolName}` })).toBeVisible();
  const inspectionUrl = lead.url();
  const first = await makePackage(lead);

  const colleague = await colleaguePage(browser);
  await colleague.getByRole('link', { name: 'Inspecties' }).click();
  const intoColleague = await readPackage(colleague, first);
  await expect(intoColleague.getByText(/Pakket van Inspecteur E2E .* samengevoegd/)).toBeVisible();
  await expectAccessible(colleague, 'inspections with import');
  await intoColleague.getByRole('link', { name: 'Open de inspectie' }).click();
  await expect(colleague.getByRole('heading', { level: 1, name: `Onaangekondigd bezoek (leer- en leefklimaat, nadruk op klasmanagement) — ${schoolName}` })).toBeVisible();

  // On site, apart: each observes a class; both rate km.1, differently.
  await observe(lead, '5A');
  await rate(lead, 'km.1', 'Benadert de verwachting', 'Routines wisselen per leraar.');
  await observe(colleague, '6B');
  await rate(colleague, 'km.1', 'Volgens de verwachting', 'Vaste startroutine in alle bezochte klassen.');

  // The colleague sends an encrypted package; the lead mistypes the passphrase once.
  const fromColleague = await makePackage(colleague, 'klaslokaal-2026');
  await openTab(lead, 'Uitwisselen');
  let form = await readPackage(lead, fromColleague, 'verkeerd-wachtwoord');
  await expect(form.getByText(/De wachtwoordzin past niet bij .*\.dlpkg/)).toBeVisible();
  await expect(form.getByLabel('Wachtwoordzin (alleen bij een versleuteld pakket)')).toBeFocused();
  form = await readPackage(lead, fromColleague, 'klaslokaal-2026');
  await expect(form.getByText(/Pakket van Bart Collega .* samengevoegd/)).toBeVisible();
  await expect(form.locator('dl').getByText('Conflicten')).toBeVisible();
  await expect(lead.getByText('Er is 1 open conflict na het samenvoegen.', { exact: false })).toBeVisible();

  // Side by side: her version left, his right; she edits from his.
  const conflict = lead.locator('article.conflict');
  await expect(conflict).toHaveCount(1);
  await expect(conflict.getByRole('heading', { name: 'Beoordeling km.1' })).toBeVisible();
  await expect(conflict.locator('thead th').nth(1)).toContainText('Uw versie');
  await expect(conflict.locator('thead th').nth(2)).toContainText('Versie van Bart Collega');
  await expect(conflict.getByRole('row', { name: /Motivering/ })).toContainText('Vaste startroutine in alle bezochte klassen.');
  await expectAccessible(lead, 'exchange with a conflict');
  await lead.screenshot({ path: join(test.info().outputDir, 'conflict.png'), fullPage: true });
  await conflict.getByRole('button', { name: 'Bewerk vanuit deze versie' }).nth(1).click();
  await expect(conflict.getByLabel('Niveau')).toBeFocused();
  await expect(conflict.getByLabel('Niveau')).toHaveValue('volgens');
  await conflict.getByLabel('Motivering').fill('Vaste startroutine in de meeste klassen; in 5A minder consequent.');
  await conflict.getByRole('button', { name: 'Opslaan als opgeloste versie' }).click();
  await expect(lead.getByText('Conflict opgelost: Beoordeling km.1.')).toBeFocused();
  await expect(lead.getByText('Geen open conflicten.')).toBeVisible();
  await expect(lead.getByText(/open conflict(en)? na het samenvoegen/)).toHaveCount(0);

  // The report shows the merged result: his level, her edited text, both observations.
  await openTab(lead, 'Advies en verslag');
  await lead.getByRole('button', { name: 'Voorbeeld van het verslag' }).click();
  const preview = lead.locator('.report-preview');
  await expect(preview).toContainText('Vaste startroutine in de meeste klassen; in 5A minder consequent.');
  await expect(preview).toContainText('Volgens de verwachting');
  await expect(preview).toContainText('observeerde 2 lessen');
  await expect(preview).toContainText('Bart Collega');

  // Her resolution travels back: the colleague ends with the same rating and no conflict.
  const back = await makePackage(lead);
  await openTab(colleague, 'Uitwisselen');
  form = await readPackage(colleague, back);
  await expect(form.getByText(/Pakket van Inspecteur E2E .* samengevoegd/)).toBeVisible();
  await expect(colleague.getByText('Geen open conflicten.')).toBeVisible();
  await openTab(colleague, 'Gids');
  await expect(colleague.locator('#indicator-km\\.1').getByLabel('Motivering')).toHaveValue('Vaste startroutine in de meeste klassen; in 5A minder consequent.');
  await openTab(colleague, 'Audit');
  await expect(colleague.locator('table.audit-table')).toContainText('merge');
  expect(lead.url()).toBe(inspectionUrl);
});
