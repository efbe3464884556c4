import { mkdirSync, readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { expect, type Page, test } from '@playwright/test';
import { E2E_TOKEN } from '../../playwright.config';
import { expectAccessible, openWorkbench } from './fixtures';

/**
 * Journey 5, visit records: on the demo's 2B trajectory a task-force member
 * attaches a note and a photo to a visit (both listed, the photo as a
 * thumbnail, the note opened again), logs a contact with the school board,
 * corrects it (its earlier version stays visible), removes and restores it;
 * the page stays usable at a phone, a tablet and a laptop width.
 */
async function api(page: Page, name: string, input: unknown) {
  const response = await page.request.post(`/api/${name}`, { data: input, headers: { 'x-doorlicht-token': E2E_TOKEN } });
  const body = await response.json();
  if (!body.ok) throw new Error(`${name}: ${body.error.message}`);
  return body.value;
}

const SHOTS = '.tmp/shots-h18b';
const photo = () =>
  Buffer.from(
    new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="320" height="240"><rect width="320" height="240" fill="#dbe7f3"/><rect x="30" y="40" width="260" height="150" fill="#fff" stroke="#2a5d8f" stroke-width="6"/><text x="160" y="125" font-size="28" text-anchor="middle" fill="#2a5d8f">Klasafspraken</text></svg>')
      .render()
      .asPng(),
  );

async function noSideways(page: Page, label: string) {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.scrollingElement!.scrollWidth, client: document.scrollingElement!.clientWidth }));
  expect(scroll, `${label}: the page scrolls sideways`).toBeLessThanOrEqual(client);
}

test('attach a note and a photo to a visit, log a contact with the board and correct it', async ({ page }) => {
  test.setTimeout(120_000);
  mkdirSync(SHOTS, { recursive: true });
  await openWorkbench(page);
  const referrals: Array<{ id: string; closedOn: string | null }> = await api(page, 'listReferrals', {});
  const referral = referrals.find((r) => r.closedOn === null)!;
  await page.goto(`/#/taskforce/${referral.id}`);
  await expect(page.getByRole('heading', { level: 1, name: /^Interventieplan — / })).toBeVisible();

  const visit = page.getByRole('group', { name: /^Bijlagen bij het bezoek van / }).first();
  await expect(visit.getByText('Nog geen bijlagen.')).toBeVisible();
  const note = Buffer.from('Afspraken na het bezoek: startroutine in alle klassen tegen januari.');
  await visit.getByLabel('Bestand toevoegen').setInputFiles({ name: 'afspraken-bezoek.txt', mimeType: 'text/plain', buffer: note });
  const noteLink = visit.getByRole('button', { name: 'afspraken-bezoek.txt', exact: true });
  await expect(noteLink).toBeVisible();
  await expect(visit.getByText(/^Bestand · /)).toBeVisible();
  await visit.getByLabel('Bestand toevoegen').setInputFiles({ name: 'klasafspraken.png', mimeType: 'image/png', buffer: photo() });
  await expect(visit.getByRole('img', { name: /klasafspraken\.png/ })).toBeVisible();
  await expect(visit.getByText(/^Foto · /)).toBeVisible();
  // Opened again: the same bytes, checked against the hash recorded when it was added.
  const download = page.waitForEvent('download');
  await noteLink.click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('afspraken-bezoek.txt');
  expect(readFileSync((await saved.path())!)).toEqual(note);

  // The contact log with the board: added by keyboard, then corrected.
  const contacts = page.getByRole('region', { name: 'Contacten met het bestuur' });
  await expect(contacts.getByText('Nog geen contacten met het bestuur vastgelegd.')).toBeVisible();
  const form = contacts.getByRole('form', { name: 'Contact vastleggen' });
  await form.getByLabel('Datum van het contact').fill('2026-10-06');
  await form.getByLabel('Kanaal').selectOption({ label: 'Gesprek' });
  await form.getByLabel('Wie (namen en rollen)').fill('Mevr. Peeters (voorzitter schoolbestuur), Dhr. Claes (directeur)');
  await form.getByLabel('Samenvatting').fill('Voortgang van het plan besproken; het bestuur steunt de startroutine.');
  await form.getByLabel('Afspraken voor de opvolging').fill('Bestuur bezorgt het nascholingsplan tegen 31 oktober.');
  await form.getByLabel('Afspraken voor de opvolging').press('Tab');
  await page.keyboard.press('Enter');
  const entry = contacts.locator('li.contact').first();
  await expect(entry.getByText('Voortgang van het plan besproken; het bestuur steunt de startroutine.', { exact: true })).toBeVisible();
  await expect(entry.getByText('Gesprek', { exact: true })).toBeVisible();
  await entry.getByRole('button', { name: /^Wijzigen: / }).click();
  const edit = contacts.getByRole('form', { name: /^Wijzigen: / });
  await edit.getByLabel('Kanaal').selectOption({ label: 'Telefoon' });
  await edit.getByLabel('Samenvatting').fill('Voortgang telefonisch besproken; het bestuur steunt de startroutine.');
  await edit.getByRole('button', { name: 'Opslaan' }).click();
  await expect(entry.getByText('Voortgang telefonisch besproken; het bestuur steunt de startroutine.', { exact: true })).toBeVisible();
  await expect(entry.getByText('Telefoon', { exact: true })).toBeVisible();
  await entry.getByText('1 correctie').click();
  await expect(entry.getByText(/Gesprek — Voortgang van het plan besproken/)).toBeVisible();

  for (const width of [390, 768, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await noSideways(page, `referral at ${width}`);
    await visit.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/${width}-visit-files.png` });
    await contacts.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/${width}-contacts.png` });
  }
  await expectAccessible(page, 'referral with visit records');

  // Removal is kept in the history and undone there.
  await entry.getByRole('button', { name: /^Verwijderen: / }).click();
  await expect(contacts.getByText('Nog geen contacten met het bestuur vastgelegd.')).toBeVisible();
  await page.getByRole('button', { name: /^Terugzetten: Contact van / }).click();
  await expect(contacts.getByText('Voortgang telefonisch besproken; het bestuur steunt de startroutine.', { exact: true })).toBeVisible();
  await visit.getByRole('button', { name: 'Verwijderen: afspraken-bezoek.txt' }).click();
  await expect(noteLink).toHaveCount(0);
  await page.getByRole('button', { name: /^Terugzetten: afspraken-bezoek\.txt/ }).click();
  await expect(noteLink).toBeVisible();
});
