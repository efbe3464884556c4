import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectAccessible, openWorkbench } from './fixtures';

/**
 * The on-site guide driven by the keyboard alone: focus is moved with
 * Tab, arrow keys or (to jump to a named field) locator.focus(); choices
 * are made with Space, Enter and arrow keys; text is typed. No clicks.
 */

async function press(locator: Locator, key: string) {
  await locator.focus();
  await locator.page().keyboard.press(key);
}

async function typeInto(locator: Locator, text: string) {
  await locator.focus();
  await locator.page().keyboard.press('Control+A');
  await locator.page().keyboard.type(text);
}

/** A closed <select> moves its choice with the arrow keys. (Dates below have day = month, so either segment order of the date field gives the same date.) */
async function choose(locator: Locator, downs: number) {
  await locator.focus();
  for (let i = 0; i < Math.abs(downs); i++) await locator.page().keyboard.press(downs > 0 ? 'ArrowDown' : 'ArrowUp');
}

async function openTab(page: Page, name: string) {
  const tabs = page.getByRole('tablist', { name: 'Onderdelen van de inspectie' });
  await tabs.getByRole('tab', { selected: true }).focus();
  for (let i = 0; i < 10; i++) {
    if ((await page.getByRole('tab', { name, exact: true }).getAttribute('aria-selected')) === 'true') return;
    await page.keyboard.press('ArrowRight');
  }
  await expect(page.getByRole('tab', { name, exact: true })).toHaveAttribute('aria-selected', 'true');
}

interface EvidenceSpec {
  sourceDowns: number;
  roleDowns: number;
  note: string;
  indicators: string[];
  attach?: boolean;
}

async function captureEvidence(page: Page, spec: EvidenceSpec) {
  await page.keyboard.press('Alt+N');
  const dialog = page.getByRole('dialog', { name: 'Snel bewijs vastleggen (Alt+N)' });
  await expect(dialog).toBeVisible();
  const source = dialog.getByLabel('Bron');
  await expect(source).toBeFocused();
  await choose(source, spec.sourceDowns);
  await choose(dialog.getByLabel('Wie (een rol, nooit een naam)'), spec.roleDowns);
  await typeInto(dialog.getByLabel('Notitie'), spec.note);
  for (const id of spec.indicators) await press(dialog.getByRole('checkbox', { name: new RegExp(`^${id.replace('.', '\\.')} `) }), 'Space');
  if (spec.attach) {
    await dialog.getByLabel('Bijlage (optioneel, max. 10 MB)').setInputFiles({ name: 'verslag-overleg.txt', mimeType: 'text/plain', buffer: Buffer.from('Verslag van het overleg met de directie.\n') });
  }
  await press(dialog.getByRole('button', { name: 'Bewijs vastleggen' }), 'Enter');
  await expect(dialog).toBeHidden();
}

async function recordObservation(page: Page, className: string, downs: [number, number, number, number], onTask: number, offTask: number) {
  const form = page.getByRole('form', { name: 'Nieuwe observatie' });
  await typeInto(form.getByLabel('Klas'), className);
  await typeInto(form.getByLabel('Vak'), 'Wiskunde');
  const rs = ['Rust', 'Routine', 'Regelmaat', 'Relatie'];
  for (let i = 0; i < 4; i++) await choose(form.getByLabel(`${rs[i]}: Score`), downs[i]);
  await typeInto(form.getByLabel('Rust: Notitie'), 'Rustige start, materiaal klaar.');
  for (let i = 0; i < onTask; i++) await press(form.getByRole('button', { name: 'Bij de les (tellingen) +1', exact: true }), 'Enter');
  for (let i = 0; i < offTask; i++) await press(form.getByRole('button', { name: 'Niet bij de les (tellingen) +1', exact: true }), 'Enter');
  await press(form.getByRole('button', { name: 'Observatie vastleggen' }), 'Enter');
  await expect(form.getByText('Observatie vastgelegd.')).toBeVisible();
  await expect(page.locator('table.observations-table tbody tr').filter({ hasText: className })).toHaveCount(1);
}

async function recordFile(page: Page, label: string, measureDowns: number, guidanceDowns: number, steps: string[], date: string) {
  const form = page.getByRole('form', { name: 'Dossier toevoegen' });
  await typeInto(form.getByLabel('Kenmerk van het dossier (geen naam)'), label);
  await choose(form.getByLabel('Maatregel', { exact: true }), measureDowns);
  await form.getByLabel('Datum van de maatregel').focus();
  await page.keyboard.type(date);
  await choose(form.getByLabel('Begeleidende maatregelen gedocumenteerd'), guidanceDowns);
  for (const step of steps) await press(form.getByRole('checkbox', { name: step, exact: true }), 'Space');
  await press(form.getByRole('button', { name: 'Dossier vastleggen' }), 'Enter');
  await expect(form.getByText('Dossier vastgelegd.')).toBeVisible();
  await expect(page.locator('table.samples-table tbody tr').filter({ hasText: label })).toHaveCount(1);
}

test('unannounced visit on site, keyboard only: evidence, observations, files, every rating; a reload loses nothing', async ({ page }) => {
  test.setTimeout(180_000);
  await openWorkbench(page);
  await typeInto(page.getByLabel('Zoek een school'), 'Basisschool');
  const link = page.locator('table.data tbody tr').first().getByRole('link');
  await expect(link).toContainText('Basisschool');
  const schoolName = (await link.textContent())!.trim();
  await press(link, 'Enter');
  await expect(page.getByRole('heading', { level: 1, name: schoolName })).toBeVisible();
  await choose(page.getByLabel('Soort inspectie'), 1);
  await expect(page.getByLabel('Soort inspectie')).toHaveValue('unannounced');
  await press(page.getByRole('button', { name: 'Inspectie openen' }), 'Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Onaangekondigd bezoek (leer- en leefklimaat, nadruk op klasmanagement) — ${schoolName}` })).toBeVisible();
  await expect(page.getByText(/Alt\+N nieuw bewijs/)).toBeVisible();
  await expect(page.getByText('0 van 6 indicatoren beoordeeld')).toBeVisible();

  // Five pieces of evidence through the quick-capture dialog.
  const evidence: EvidenceSpec[] = [
    { sourceDowns: 6, roleDowns: 10, note: 'Observatie in 3 klassen: vaste startroutine.', indicators: ['km.1', 'km.2', 'km.3'] },
    { sourceDowns: 0, roleDowns: 0, note: 'Leerlingen kennen de klasafspraken.', indicators: ['km.1', 'km.3'] },
    { sourceDowns: 1, roleDowns: 2, note: 'Leraren: afspraken worden niet overal consequent toegepast.', indicators: ['km.2', 'km.4'] },
    { sourceDowns: -1, roleDowns: 3, note: 'Schoolreglement en nascholingsplan klasmanagement.', indicators: ['km.4'], attach: true },
    { sourceDowns: 7, roleDowns: 3, note: 'Verloop leraren en schorsingen over vijf jaar.', indicators: ['km.4'] },
  ];
  for (const spec of evidence) await captureEvidence(page, spec);
  await openTab(page, 'Bewijs');
  await expect(page.locator('table.evidence-table tbody tr')).toHaveCount(5);
  await expect(page.getByRole('button', { name: 'verslag-overleg.txt' })).toBeVisible();
  await expectAccessible(page, 'evidence');

  // Three classroom observations.
  await openTab(page, 'Observaties');
  await recordObservation(page, '1A', [2, 2, 1, 2], 8, 2);
  await recordObservation(page, '2B', [1, 2, 1, 3], 6, 4);

  // Mid-way reload: everything recorded so far is there, on the same tab.
  await page.reload();
  await expect(page.getByRole('tab', { name: 'Observaties', exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('table.observations-table tbody tr')).toHaveCount(2);
  await recordObservation(page, '3C', [2, 1, 2, 2], 9, 1);
  await expect(page.locator('table.observations-table tbody tr')).toHaveCount(3);
  await expect(page.getByText('Time-on-task over alle observaties: 76,7 % (23 van 30 tellingen)')).toBeVisible();
  await expectAccessible(page, 'observations');

  // A sample of four disciplinary files: two in order, two not.
  await openTab(page, 'Tuchtdossiers');
  await recordFile(page, 'TD-01', 0, 0, ['Hoorzitting', 'Klassenraad', 'CLB betrokken'], '02022024');
  await recordFile(page, 'TD-02', -1, 2, ['Hoorzitting', 'CLB betrokken'], '03032024');
  await recordFile(page, 'TD-03', 0, 1, ['Hoorzitting', 'Klassenraad', 'CLB betrokken'], '04042024');
  await recordFile(page, 'TD-04', 0, 0, ['Klassenraad'], '05052024');
  await expect(page.locator('table.samples-table tbody tr')).toHaveCount(4);
  // TD-02 is a preventive suspension: a bewarende maatregel, counted apart from the disciplinary files.
  await expect(page.getByText(/Naleving: 1 van 3 tuchtdossiers volledig in orde \(33,3 %\)/)).toBeVisible();
  await expect(page.getByText(/1 preventieve schorsing\(en\) in de steekproef: een bewarende maatregel/)).toBeVisible();
  await expectAccessible(page, 'samples');

  // Every focus indicator rated with a motivation; "beneden" needs a shortcoming.
  await openTab(page, 'Gids');
  const card = (id: string) => page.locator(`#indicator-${id.replace('.', '\\.')}`);
  for (const [id, level] of [['km.1', 'Volgens de verwachting'], ['km.2', 'Benadert de verwachting'], ['km.3', 'Overstijgt de verwachting']] as const) {
    await press(card(id).getByRole('radio', { name: level }), 'Space');
    await expect(card(id).locator('.save-state')).toHaveText('Opgeslagen');
    await typeInto(card(id).getByLabel('Motivering'), `Motivering voor ${id}: gebaseerd op observaties en gesprekken.`);
    await page.keyboard.press('Tab');
    await expect(card(id).locator('.save-state')).toHaveText('Opgeslagen');
  }
  await expect(card('km.1').getByText(/Cijfers van de school|Klasobservaties \(6 scores\)/).first()).toBeVisible();

  const km4 = card('km.4');
  await press(km4.getByRole('radio', { name: 'Beneden de verwachting' }), 'Space');
  await expect(km4.locator('.save-state')).toHaveText('Niet bewaard');
  await expect(km4.getByRole('alert')).toContainText('een beoordeling “beneden de verwachting” kan pas bewaard worden met een tekort');
  await typeInto(km4.getByLabel('Motivering'), 'Het schoolbeleid draagt het klasmanagement onvoldoende.');
  await typeInto(km4.getByLabel('Tekorten'), 'Geen professionalisering rond klasmanagement gepland.');
  await page.keyboard.press('Tab');
  await expect(km4.locator('.save-state')).toHaveText('Opgeslagen');
  await expect(page.getByText('4 van 6 indicatoren beoordeeld')).toBeVisible();

  // Ctrl+Z outside a text field takes back the last change; the Undo button is the visible twin.
  await press(card('km.1').getByRole('radio', { name: 'Overstijgt de verwachting' }), 'Space');
  await expect(card('km.1').locator('.save-state')).toHaveText('Opgeslagen');
  await card('km.1').getByRole('radio', { name: 'Overstijgt de verwachting' }).focus();
  await page.keyboard.press('Control+Z');
  await expect(card('km.1').getByRole('radio', { name: 'Volgens de verwachting' })).toBeChecked();
  await expectAccessible(page, 'guide');

  // Reload: ratings, texts, entries and the audit trail are all kept.
  await page.reload();
  await expect(page.getByText('4 van 6 indicatoren beoordeeld')).toBeVisible();
  await expect(card('km.4').getByLabel('Tekorten')).toHaveValue('Geen professionalisering rond klasmanagement gepland.');
  await expect(card('km.2').getByLabel('Motivering')).toHaveValue('Motivering voor km.2: gebaseerd op observaties en gesprekken.');
  await expect(card('km.1').getByRole('radio', { name: 'Volgens de verwachting' })).toBeChecked();
  await openTab(page, 'Audit');
  await expect(page.locator('table.audit-table tbody tr').first()).toBeVisible();
  await expect(page.locator('table.audit-table')).toContainText('Inspecteur E2E');
  await expect(page.locator('table.audit-table')).toContainText('ongedaan gemaakt');
  await expectAccessible(page, 'audit');
});
