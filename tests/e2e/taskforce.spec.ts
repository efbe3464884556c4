import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { E2E_TOKEN } from '../../playwright.config';
import { docxText } from '../helpers/docx-text';
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
  // The referral is dated today; its decisions cannot be older.
  const today = new Date().toISOString().slice(0, 10);
  const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  // The trajectory: the board's answer, then the school's sign-off of the plan, then monitoring — each a dated decision.
  const decide = async (kind: string, date: string, extra?: () => Promise<void>) => {
    await page.getByLabel('Beslissing vastleggen', { exact: true }).and(page.locator('select')).selectOption(kind);
    await page.getByLabel('Datum van de beslissing').fill(date);
    await extra?.();
    await page.getByRole('button', { name: 'Beslissing vastleggen' }).click();
  };
  await expect(page.getByTestId('phase')).toHaveText('Doorverwezen');
  await page.getByLabel('Toegewezen lid van de task force').fill('Inspecteur E2E');
  await page.getByRole('button', { name: 'Toewijzing opslaan' }).click();
  await expect(page.getByTestId('assigned')).toHaveText('Inspecteur E2E');
  await decide('board_answer', today, async () => void (await page.getByLabel('Antwoord', { exact: true }).selectOption('accepts')));
  await expect(page.getByTestId('phase')).toHaveText('Bestuur aanvaardt');
  await decide('agree_plan', today, () => page.getByLabel('Ondertekend door (namens de school)').fill('Mevr. Peeters, directeur'));
  await expect(page.getByText(/^Plan ondertekend door Mevr\. Peeters, directeur op /)).toBeVisible();
  await decide('start_monitoring', today);
  await expect(page.getByTestId('phase')).toHaveText('Opvolging');

  const goals: string[] = ['Rust en routines bij de start van elke les', 'Consequente klasafspraken', 'Positieve relatie leraar–leerling'];
  for (const goal of goals) {
    await page.getByLabel('Doel', { exact: true }).and(page.locator('input')).fill(goal);
    await page.getByRole('checkbox', { name: /^T1 / }).check();
    await page.getByRole('button', { name: 'Doel toevoegen' }).click();
    await expect(page.getByRole('heading', { level: 3, name: goal })).toBeVisible();
  }
  const actions = [
    ['Startroutine afspreken met het team', goals[0], 'team', '2026-11-15'],
    ['Coaching van beginnende leraren', goals[0], 'pbd', '2026-12-01'],
    ['Klasafspraken herschrijven met de leerlingenraad', goals[1], 'behaviour_expert', '2027-12-10'],
    ['Opvolging in de klassenraad', goals[1], 'school_leader', '2027-12-15'],
    ['Vorming relatiegericht werken', goals[2], 'pbd', '2027-12-20'],
    ['Leerlingenbevraging over welbevinden', goals[2], 'clb', '2028-02-01'],
  ] as const;
  for (const [description, goal, owner, due] of actions) {
    await page.getByLabel('Actie', { exact: true }).fill(description);
    await page.getByLabel('Doel', { exact: true }).and(page.locator('select')).selectOption({ label: goal });
    await page.getByLabel('Eigenaar').selectOption(owner);
    await page.getByLabel('Tegen').and(page.locator('#action-due')).fill(due);
    await page.getByRole('button', { name: 'Actie toevoegen' }).click();
    await expect(page.getByRole('cell', { name: description, exact: true })).toBeVisible();
  }
  await page.getByRole('combobox', { name: 'Status: Startroutine afspreken met het team' }).selectOption('done');
  await expect(page.getByRole('combobox', { name: 'Status: Startroutine afspreken met het team' })).toHaveValue('done');

  const visits = [
    ['2026-11-20', 'Directie, gedragsexpert', ['beneden', 'beneden', 'benadert']],
    ['2026-11-28', 'Directie', ['benadert', 'beneden', 'volgens']],
  ] as const;
  for (const [date, participants, levels] of visits) {
    await page.getByLabel('Datum van het bezoek').fill(date);
    await page.getByLabel('Bezoek is gehouden').check();
    await page.getByLabel('Aanwezigen').fill(participants);
    await page.getByLabel('Notities').fill(`Bezoek op ${date}: observaties in drie klassen.`);
    for (const [i, level] of levels.entries()) await page.getByLabel(`Voortgang: ${goals[i]}`).selectOption(level);
    await page.getByRole('button', { name: 'Bezoek vastleggen' }).click();
    await expect(page.getByRole('paragraph').filter({ hasText: `Bezoek op ${date}: observaties in drie klassen.` })).toBeVisible();
    await expect(page.getByLabel('Notities')).toHaveValue('');
  }
  // A visit still to come is planned: no progress yet.
  await page.getByLabel('Datum van het bezoek').fill(inAMonth);
  await page.getByLabel('Notities').fill('Gepland: derde bezoek.');
  await expect(page.getByLabel(`Voortgang: ${goals[0]}`)).toHaveCount(0);
  await page.getByRole('button', { name: 'Bezoek vastleggen' }).click();
  await expect(page.getByRole('region', { name: 'Bezoeken' }).getByText('Gepland', { exact: true })).toBeVisible();
  await page.getByLabel('Mijlpaal', { exact: true }).fill('Startroutine in alle klassen');
  await page.getByLabel('Tegen').and(page.locator('#milestone-due')).fill('2026-11-25');
  await page.getByRole('button', { name: 'Mijlpaal toevoegen' }).click();
  await expect(page.getByText('Startroutine in alle klassen')).toBeVisible();

  // Corrections: a goal reworded, the milestone reached later.
  await page.getByRole('button', { name: `Wijzigen: ${goals[1]}` }).click();
  await page.getByLabel('Doel', { exact: true }).and(page.locator('input')).fill('Consequente klasafspraken in elke klas');
  await page.getByRole('form', { name: `Wijzigen: ${goals[1]}` }).getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Consequente klasafspraken in elke klas' })).toBeVisible();
  goals[1] = 'Consequente klasafspraken in elke klas';
  await page.getByRole('button', { name: 'Wijzigen: Startroutine in alle klassen' }).click();
  await page.locator('#milestone-reached').fill('2026-11-24');
  await page.getByRole('form', { name: 'Wijzigen: Startroutine in alle klassen' }).getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByText(/Bereikt op 24 november 2026/)).toBeVisible();
  await expect(page.getByRole('img', { name: /Lijngrafiek van de voortgang per doel/ })).toBeVisible();
  await expectAccessible(page, 'plan');

  const docxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporteer naar Word' }).click();
  const docxWords = await docxText(readFileSync(await (await docxDownload).path()));
  for (const text of [...goals, 'Leerlingenbevraging over welbevinden', 'Er gaat bij de start van de lessen veel leertijd verloren.']) expect(docxWords).toContain(text);

  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporteer naar PDF' }).click();
  const text = execFileSync('pdftotext', [await (await pdfDownload).path(), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain(`Voortgangsrapport task force – ${school.name}`);
  expect(text).toContain('Bezoek van 28 november 2026');
  expect(text).toContain('Positieve relatie leraar–leerling');
  expect(text).toContain('versie 1 (ontwerp)');

  // The interim report made final while the guidance runs: its own version, the last page says so.
  await page.getByRole('checkbox', { name: /^Definitief maken/ }).check();
  const finalDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporteer naar PDF' }).click();
  const finalText = execFileSync('pdftotext', [await (await finalDownload).path(), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(finalText).toMatch(/VR-\d{6}-[0-9a-f-]{8}-D2 · versie 2 \(definitief\)/);
  expect(finalText).toContain('Samenvatting per doel');
  await expect(page.getByText(/definitieve versie 2\./)).toBeVisible();
  await page.getByRole('checkbox', { name: /^Definitief maken/ }).uncheck();

  // Closing is deliberate: the end evaluation, the check list, a motivation, a confirmation.
  await decide('start_end_evaluation', today);
  await expect(page.getByText('Acties over tijd: 1')).toBeVisible();
  await expect(page.getByText('Geplande bezoeken: 1')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'De school kan zelfstandig verder' })).not.toBeChecked();
  await page.getByLabel('Datum', { exact: true }).fill(today);
  await page.getByLabel('Motivering', { exact: true }).fill('De startroutine staat; de klasafspraken nog niet overal.');
  await page.getByRole('button', { name: 'Begeleiding afsluiten' }).click();
  await page.getByRole('button', { name: 'Ja, afsluiten' }).click();
  await expect(page.getByText(/Nog 1 actie\(s\) over tijd/)).toBeVisible();
  await expect(page.getByTestId('phase')).toHaveText('Eindevaluatie');

  await page.getByRole('combobox', { name: 'Status: Coaching van beginnende leraren' }).selectOption('done');
  await page.getByRole('region', { name: 'Bezoeken' }).getByRole('button', { name: /^Verwijderen: / }).last().click();
  await expect(page.getByText('Geplande bezoeken: 0 — in orde')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Terugzetten: / })).toBeVisible();
  await page.getByLabel('Datum', { exact: true }).fill(today);
  await page.getByLabel('Motivering', { exact: true }).fill('De startroutine staat; de klasafspraken nog niet overal.');
  await page.getByRole('checkbox', { name: 'Ik heb gezien dat deze doelen geen vooruitgang tonen' }).check();
  await page.getByRole('button', { name: 'Begeleiding afsluiten' }).click();
  await page.getByRole('button', { name: 'Ja, afsluiten' }).click();
  await expect(page.getByTestId('phase')).toHaveText('Afgesloten');
  await expect(page.getByText('De school kan nog niet zelfstandig verder.')).toBeVisible();

  await decide('reopen', today, () => page.getByLabel('Reden om te heropenen').fill('Het bestuur vraagt een extra bezoek.'));
  await expect(page.getByTestId('phase')).toHaveText('Opvolging');
  await expect(page.getByText(/Heropenen — Afgesloten → Opvolging, op .* door Inspecteur E2E/)).toBeVisible();
  for (const width of [390, 768, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `.tmp/shots/referral-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Task force' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn trajecten' })).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(school.name) });
  await expect(row).toContainText('Opvolging');
  await expect(row).toContainText('Inspecteur E2E');
  const calendar = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Agenda (.ics) downloaden' }).click();
  expect(readFileSync(await (await calendar).path(), 'utf8')).toContain('BEGIN:VCALENDAR');
  for (const width of [390, 768, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `.tmp/shots/caseload-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await expectAccessible(page, 'task force overview');

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overzicht' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Uitkomsten van de inspecties' })).toBeVisible();
  await expect(page.getByText(/^\d+ definitieve inspecties met een advies\.$/)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Inspecties met minstens één tekort, per domein' })).toContainText('Klasmanagement');
  // § 6: the three evaluation indicators, each saying what it rests on.
  await expect(page.getByRole('heading', { level: 2, name: /De drie evaluatie-indicatoren/ })).toBeVisible();
  const measures = page.getByRole('article', { name: /Indicator 2 — Minder tuchtmaatregelen/ });
  await expect(measures).toContainText('Nulmeting');
  await expect(measures).toContainText(/Steunt op de cijfers van [\d.]+ scholen/);
  await expect(measures.getByRole('img', { name: /Lijngrafiek tucht- en bewarende maatregelen per 100 leerlingen: .*2020-2021 [0-9,]+ per 100 leerlingen/ })).toBeVisible();
  await expect(page.getByRole('article', { name: /Indicator 1 — Meer tijd voor lesgeven/ })).toContainText(/Wat dit niet meet:/);
  // The pipeline agrees with the trajectories themselves (the demo's and this one).
  const referrals: Array<{ planAgreedOn: string | null }> = await api(page, 'listReferrals', {});
  await expect(page.getByRole('row', { name: /^Doorverwezen/ })).toHaveText(new RegExp(`^Doorverwezen\\s*${referrals.length}$`));
  await expect(page.getByRole('row', { name: /^Plan afgesproken/ })).toHaveText(new RegExp(`^Plan afgesproken\\s*${referrals.filter((r) => r.planAgreedOn).length}$`));
  await expectAccessible(page, 'overview with evaluation indicators');
  for (const width of [390, 768, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.getByRole('heading', { level: 2, name: /De drie evaluatie-indicatoren/ }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `.tmp/shots/overview-${width}.png` });
  }
});
