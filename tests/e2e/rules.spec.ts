import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { E2E_PORT, E2E_TOKEN } from '../../playwright.config';
import { expectAccessible, openWorkbench } from './fixtures';

/**
 * Journey 3 as the lead inspector lives it: the workbench asks who is
 * working before anything is recorded, a refused judgement stays visible
 * until it is fixed, the report cannot become final while the check list
 * blocks, warnings need acknowledging, and the Audit tab tells the story in
 * Dutch.
 */

const FRESH_PORT = E2E_PORT + 2;
const FRESH_DATA = `.tmp/e2e-data-${FRESH_PORT}`;
let fresh: ChildProcess | undefined;

test.afterAll(() => {
  fresh?.kill();
  rmSync(FRESH_DATA, { recursive: true, force: true });
});

async function startFresh(): Promise<void> {
  rmSync(FRESH_DATA, { recursive: true, force: true });
  const args = ['main/serve.ts', '--no-open', '--port', String(FRESH_PORT), '--data-dir', FRESH_DATA];
  if (process.env.E2E_STATIC_DIR) args.push('--static-dir', process.env.E2E_STATIC_DIR);
  fresh = spawn(join('node_modules', '.bin', 'tsx'), args, { env: { ...process.env, DOORLICHT_TOKEN: E2E_TOKEN }, stdio: 'ignore' });
  for (let i = 0; i < 120; i++) {
    if (await fetch(`http://127.0.0.1:${FRESH_PORT}/`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the fresh workbench did not start');
}

test('the first start asks who is working, by keyboard, and Instellingen shows it at once', async ({ browser }) => {
  test.setTimeout(120_000);
  await startFresh();
  const context = await browser.newContext({ baseURL: `http://127.0.0.1:${FRESH_PORT}`, locale: 'nl-BE' });
  const page = await context.newPage();
  await page.goto(`/#token=${E2E_TOKEN}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Welkom bij Doorlicht. Wie werkt er?' })).toBeVisible();
  // Nothing else can be reached before the profile exists.
  await expect(page.getByRole('heading', { level: 1, name: 'Scholen' })).toHaveCount(0);
  await expectAccessible(page, 'first start');
  const name = page.getByLabel('Uw naam (zoals in het verslag)');
  await expect(name).toBeFocused();
  // A name of one letter is refused with a message, and nothing is saved.
  await page.keyboard.type('A');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /Wie werkt er/ })).toBeVisible();
  await name.fill('');
  await page.keyboard.type('Lies Vermeulen');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Uw rol')).toBeFocused();
  await page.getByLabel('Uw rol').selectOption('hoofdinspecteur');
  await page.getByRole('button', { name: 'Profiel bewaren' }).press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Scholen' })).toBeVisible();

  await page.getByRole('link', { name: 'Instellingen' }).click();
  const facts = page.locator('dl.facts');
  await expect(facts).toContainText('Lies Vermeulen · Hoofdinspecteur (leidt het doorlichtingsteam)');
  await page.getByLabel('Uw naam (zoals in het verslag)').fill('Lies Vermeulen-Peeters');
  await page.getByRole('button', { name: 'Profiel bewaren' }).click();
  await expect(page.getByText('Profiel bewaard.')).toBeVisible();
  await expect(facts).toContainText('Lies Vermeulen-Peeters · Hoofdinspecteur');
  // A reload keeps the person; the first start does not ask again.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Instellingen' })).toBeVisible();
  await context.close();
});

async function newUnannouncedInspection(page: Page): Promise<string> {
  const id = await page.evaluate(async () => {
    const schools = await window.api.listSchools({ search: 'Atheneum', limit: 1 });
    if (!schools.ok) throw new Error(schools.error.message);
    const created = await window.api.createInspection({ instellingsnummer: schools.value[0].instellingsnummer, type: 'unannounced', startDate: '2027-03-01' });
    if (!created.ok) throw new Error(created.error.message);
    return created.value.id;
  });
  await page.goto(`/#/inspecties/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: /^Onaangekondigd bezoek \(leer- en leefklimaat, nadruk op klasmanagement\) — / })).toBeVisible();
  return id;
}

const card = (page: Page, id: string) => page.locator(`#indicator-${id.replace('.', '\\.')}`);

async function rate(page: Page, id: string, level: string, motivation: string) {
  await card(page, id).getByRole('radio', { name: level }).check();
  await card(page, id).getByLabel('Motivering').fill(motivation);
  await card(page, id).getByLabel('Motivering').blur();
  await expect(card(page, id).locator('.save-state')).toHaveText('Opgeslagen');
}

test('a refused judgement stays visible, the check list blocks and then lets the report through, the audit reads as Dutch', async ({ page }) => {
  test.setTimeout(180_000);
  await openWorkbench(page);
  await newUnannouncedInspection(page);

  // "Beneden" without its tekort is refused, and stays on screen as typed — across a tab switch and a reload.
  const km1 = card(page, 'km.1');
  await km1.getByRole('radio', { name: 'Beneden de verwachting' }).check();
  await expect(km1.getByRole('alert')).toContainText('Niet bewaard: km.1: een beoordeling “beneden de verwachting” kan pas bewaard worden met een tekort');
  await page.getByRole('tab', { name: 'Bewijs', exact: true }).click();
  await page.getByRole('tab', { name: 'Gids', exact: true }).click();
  await expect(km1.getByRole('radio', { name: 'Beneden de verwachting' })).toBeChecked();
  await expect(km1.getByRole('alert')).toContainText('Niet bewaard');
  await page.reload();
  await expect(km1.getByRole('radio', { name: 'Beneden de verwachting' })).toBeChecked();
  await expect(km1.getByRole('alert')).toContainText('Niet bewaard');
  // Fixing it saves it; the deadline is asked for with "beneden".
  await km1.getByLabel('Tekorten').fill('Lessen starten laat; bij wissels gaat leertijd verloren.');
  await km1.getByLabel('Motivering').fill('Vier van de zes lessen begonnen meer dan vijf minuten te laat.');
  await km1.getByLabel('Motivering').blur();
  await expect(km1.locator('.save-state')).toHaveText('Opgeslagen');
  await expect(km1.getByRole('alert')).toHaveCount(0);
  await expectAccessible(page, 'guide with a tekort');

  // Decide, then try to finalise: the check list blocks.
  await page.getByRole('tab', { name: 'Advies en verslag', exact: true }).click();
  await expect(page.getByText('Voorstel van de werkbank: Advies 2A — gunstig met tekorten')).toBeVisible();
  await page.getByRole('button', { name: 'Advies vastleggen' }).click();
  await expect(page.getByText(/Vastgelegd door Inspecteur E2E/)).toBeVisible();
  await page.getByRole('button', { name: 'Verslag definitief maken…' }).click();
  let dialog = page.getByRole('dialog', { name: 'Controle voor het verslag definitief wordt' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('ul.checklist.blocking')).toContainText('indicator(en) in de focus zijn nog niet beoordeeld: km.2, km.3, km.4, sc.responsiveness, sc.demandingness');
  await expect(dialog.locator('ul.checklist.blocking')).toContainText('tekort(en) zonder termijn: km.1');
  await expect(dialog.locator('ul.checklist.blocking')).toContainText('Er is geen enkel bewijsstuk geregistreerd');
  await expect(dialog.getByRole('button', { name: 'Definitief maken' })).toBeDisabled();
  await expectAccessible(page, 'finalize check list');
  await dialog.getByRole('button', { name: 'Terug' }).click();
  await expect(dialog).toBeHidden();

  // Complete the record: the other ratings, the deadline, evidence.
  await page.getByRole('tab', { name: 'Gids', exact: true }).click();
  await km1.getByLabel('Termijn: tegen wanneer werkt de school het tekort weg?').fill('2028-02-29');
  await km1.getByLabel('Termijn: tegen wanneer werkt de school het tekort weg?').blur();
  await expect(km1.locator('.save-state')).toHaveText('Opgeslagen');
  for (const id of ['km.2', 'km.3', 'km.4', 'sc.responsiveness', 'sc.demandingness']) await rate(page, id, 'Volgens de verwachting', `Wat het team zag bij ${id}.`);
  await page.keyboard.press('Alt+N');
  const capture = page.getByRole('dialog', { name: 'Snel bewijs vastleggen (Alt+N)' });
  await capture.getByLabel('Notitie').fill('Observatie in zes klassen.');
  await capture.getByRole('checkbox', { name: /^km\.1 / }).check();
  await capture.getByRole('button', { name: 'Bewijs vastleggen' }).click();
  await expect(capture).toBeHidden();

  // The proposal did not change, but warnings remain (evidence on one indicator only): acknowledge, then confirm.
  await page.getByRole('tab', { name: 'Advies en verslag', exact: true }).click();
  await page.getByRole('button', { name: 'Verslag definitief maken…' }).click();
  dialog = page.getByRole('dialog', { name: 'Controle voor het verslag definitief wordt' });
  await expect(dialog.getByText('Niets blokkeert.')).toBeVisible();
  await expect(dialog.locator('ul.checklist.warnings')).toContainText('beoordeelde indicator(en) zonder bewijs');
  const confirm = dialog.getByRole('button', { name: 'Definitief maken' });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel('Ik heb de waarschuwingen gezien en maak het verslag toch definitief.').check();
  await confirm.click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Het verslag is definitief; het advies ligt vast.')).toBeVisible();

  // The audit tells the whole story in Dutch: creation, ratings, advice, status, with the person and role.
  await page.getByRole('tab', { name: 'Audit', exact: true }).click();
  const audit = page.locator('table.audit-table');
  await expect(audit).toContainText('Aangemaakt');
  await expect(audit).toContainText('Gekozen advies');
  await expect(audit).toContainText('Definitief');
  await expect(audit).toContainText('Termijn voor het tekort');
  await expect(audit).toContainText('Hoofdinspecteur (leidt het doorlichtingsteam)');
  const text = (await audit.textContent()) ?? '';
  for (const code of ['level', 'record', 'disciplinary_file', '{"', 'shortcomingDeadline', 'deciding', 'on_site']) expect(text, `raw code ${code} in the audit tab`).not.toContain(code);
  // The trail scrolls inside itself, never the page.
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth <= document.scrollingElement!.clientWidth)).toBe(true);
  await expectAccessible(page, 'audit');
});
