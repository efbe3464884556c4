import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import JSZip from 'jszip';
import { E2E_TOKEN } from '../../playwright.config';
import { expectAccessible, openWorkbench } from './fixtures';

/** Journeys 3 and 5: a finished inspection with classroom-management shortcomings → 2A with guidance → task force plan → progress report. */
async function api(page: Page, name: string, input: unknown) {
  const response = await page.request.post(`/api/${name}`, { data: input, headers: { 'x-doorlicht-token': E2E_TOKEN } });
  const body = await response.json();
  if (!body.ok) throw new Error(`${name}: ${body.error.message}`);
  return body.value;
}

test('advice 2A with guidance → referral → plan with three goals, six actions, two visits → progress report', async ({ page }) => {
  test.setTimeout(120_000);
  await openWorkbench(page);
  const [school] = await api(page, 'listSchools', { search: 'Basisschool' });
  const inspection = await api(page, 'createInspection', { instellingsnummer: school.instellingsnummer, type: 'unannounced', startDate: '2026-10-05' });
  await api(page, 'saveRating', { inspectionId: inspection.id, indicatorId: 'km.1', level: 'beneden', motivation: 'Lessen starten laat.', shortcomings: 'Er gaat bij de start van de lessen veel leertijd verloren.' });
  // "Benadert" gives ontwikkelkansen, not tekorten: one binding tekort, km.1.
  await api(page, 'saveRating', { inspectionId: inspection.id, indicatorId: 'km.2', level: 'benadert', motivation: 'Afspraken wisselen per klas.', opportunities: 'Klasafspraken worden niet consequent toegepast.' });
  await api(page, 'saveRating', { inspectionId: inspection.id, indicatorId: 'km.3', level: 'benadert', motivation: 'Relaties zijn wisselend.', opportunities: 'Leraren reageren vooral op negatief gedrag.' });

  await page.goto(`/#/inspecties/${inspection.id}`);
  await page.getByRole('tab', { name: 'Advies' }).click();
  await expect(page.getByText('Voorstel van de werkbank: Advies 2A — gunstig met tekorten')).toBeVisible();
  // Action 20: for a tekort in classroom management the inspectorate *can* oblige guidance — the lead's choice, unticked at first.
  const guidance = page.getByRole('checkbox', { name: /Externe begeleiding verplichten/ });
  await expect(guidance).not.toBeChecked();
  await expect(page.getByText(/De inspectie kan externe begeleiding verplichten bij tekorten in klasmanagement en gedragsbeleid \(actie 20\)/)).toBeVisible();
  await guidance.check();
  await expect(page.getByRole('radio', { name: /Advies 2A/ })).toBeChecked();
  await expectAccessible(page, 'advice');
  await page.getByRole('button', { name: 'Advies vastleggen' }).click();
  await expect(page.getByText(/^Vastgelegd door/)).toBeVisible();
  await expect(page.getByText('Externe begeleiding is verplicht; de task force kan die opnemen.')).toBeVisible();
  await page.getByRole('button', { name: 'Doorverwijzen naar de task force' }).click();
  await page.getByRole('link', { name: 'Naar het interventieplan' }).click();

  await expect(page.getByRole('heading', { level: 1, name: `Interventieplan — ${school.name}` })).toBeVisible();
  await page.getByLabel('Antwoord', { exact: true }).selectOption('accepts');
  await page.getByLabel('Datum van het antwoord').fill('2026-11-02');
  await page.getByRole('button', { name: 'Opslaan' }).click();

  const goals = ['Rust en routines bij de start van elke les', 'Consequente klasafspraken', 'Positieve relatie leraar–leerling'];
  for (const goal of goals) {
    await page.getByLabel('Doel', { exact: true }).and(page.locator('input')).fill(goal);
    await page.getByRole('checkbox', { name: /^T1 / }).check();
    await page.getByRole('button', { name: 'Doel toevoegen' }).click();
    await expect(page.getByRole('heading', { level: 3, name: goal })).toBeVisible();
  }
  const actions = [
    ['Startroutine afspreken met het team', goals[0], 'team', '2026-11-15'],
    ['Coaching van beginnende leraren', goals[0], 'pbd', '2026-12-01'],
    ['Klasafspraken herschrijven met de leerlingenraad', goals[1], 'behaviour_expert', '2026-12-10'],
    ['Opvolging in de klassenraad', goals[1], 'school_leader', '2027-01-15'],
    ['Vorming relatiegericht werken', goals[2], 'pbd', '2027-01-20'],
    ['Leerlingenbevraging over welbevinden', goals[2], 'clb', '2027-02-01'],
  ] as const;
  for (const [description, goal, owner, due] of actions) {
    await page.getByLabel('Actie', { exact: true }).fill(description);
    await page.getByLabel('Doel', { exact: true }).and(page.locator('select')).selectOption({ label: goal });
    await page.getByLabel('Eigenaar').selectOption(owner);
    await page.getByLabel('Tegen').and(page.locator('#action-due')).fill(due);
    await page.getByRole('button', { name: 'Actie toevoegen' }).click();
    await expect(page.getByRole('cell', { name: description })).toBeVisible();
  }
  await page.getByRole('combobox', { name: 'Status: Startroutine afspreken met het team' }).selectOption('done');
  await expect(page.getByRole('combobox', { name: 'Status: Startroutine afspreken met het team' })).toHaveValue('done');

  const visits = [
    ['2026-11-20', 'Directie, gedragsexpert', ['beneden', 'beneden', 'benadert']],
    ['2027-01-10', 'Directie', ['benadert', 'beneden', 'volgens']],
  ] as const;
  for (const [date, participants, levels] of visits) {
    await page.getByLabel('Datum van het bezoek').fill(date);
    await page.getByLabel('Aanwezigen').fill(participants);
    await page.getByLabel('Notities').fill(`Bezoek op ${date}: observaties in drie klassen.`);
    for (const [i, level] of levels.entries()) await page.getByLabel(`Voortgang: ${goals[i]}`).selectOption(level);
    await page.getByRole('button', { name: 'Bezoek vastleggen' }).click();
    await expect(page.getByRole('paragraph').filter({ hasText: `Bezoek op ${date}: observaties in drie klassen.` })).toBeVisible();
    await expect(page.getByLabel('Notities')).toHaveValue('');
  }
  await page.getByLabel('Mijlpaal', { exact: true }).fill('Startroutine in alle klassen');
  await page.getByLabel('Tegen').and(page.locator('#milestone-due')).fill('2027-01-31');
  await page.getByRole('button', { name: 'Mijlpaal toevoegen' }).click();
  await expect(page.getByText('Startroutine in alle klassen')).toBeVisible();
  await expect(page.getByRole('img', { name: /Lijngrafiek van de voortgang per doel/ })).toBeVisible();
  await expectAccessible(page, 'plan');

  const docxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporteer naar Word' }).click();
  const xml = await (await JSZip.loadAsync(readFileSync(await (await docxDownload).path()))).file('word/document.xml')!.async('string');
  for (const text of [...goals, 'Leerlingenbevraging over welbevinden', 'Er gaat bij de start van de lessen veel leertijd verloren.']) expect(xml).toContain(text);

  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporteer naar PDF' }).click();
  const text = execFileSync('pdftotext', [await (await pdfDownload).path(), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain(`Voortgangsrapport task force – ${school.name}`);
  // The visit after the report's date is announced as planned, not reported as held.
  expect(text).toContain('Gepland: bezoek op 10 januari 2027');
  expect(text).toContain('Positieve relatie leraar–leerling');

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Task force' }).click();
  const row = page.getByRole('row', { name: new RegExp(school.name) });
  await expect(row).toContainText('Aanvaardt de task force');
  await expectAccessible(page, 'task force overview');

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overzicht' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Uitkomsten van de inspecties' })).toBeVisible();
  await expect(page.getByText(/^\d+ definitieve inspecties met een advies\.$/)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Inspecties met minstens één tekort, per domein' })).toContainText('Klasmanagement');
});
