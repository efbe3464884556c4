import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_PORT, E2E_TOKEN } from '../../playwright.config';
import { expectAccessible, openWorkbench } from './fixtures';

/**
 * Demo data as a new user meets it and leaves it: marked "Demo" wherever it
 * appears, said aloud above Flanders-wide figures and in an import that
 * touches it, and removed in one confirmed step from Instellingen — on a
 * workbench of its own, so the shared server keeps its demo for the others.
 */
// +1 exchange, +2 rules and central (whose server takes +3): this one is its own.
const PORT = E2E_PORT + 4;
const DATA = `.tmp/e2e-data-${PORT}`;
let server: ChildProcess | undefined;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  rmSync(DATA, { recursive: true, force: true });
  const args = ['main/serve.ts', '--no-open', '--port', String(PORT), '--data-dir', DATA];
  if (process.env.E2E_STATIC_DIR) args.push('--static-dir', process.env.E2E_STATIC_DIR);
  server = spawn(join('node_modules', '.bin', 'tsx'), args, { env: { ...process.env, DOORLICHT_TOKEN: E2E_TOKEN }, stdio: 'ignore' });
  for (let i = 0; i < 200; i++) {
    if (await fetch(`http://127.0.0.1:${PORT}/`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the demo workbench did not start');
});
test.afterAll(() => {
  server?.kill();
  rmSync(DATA, { recursive: true, force: true });
});

test('demo data is marked everywhere and goes in one step, leaving the user’s own work', async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ baseURL: `http://127.0.0.1:${PORT}`, locale: 'nl-BE', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await openWorkbench(page, { name: 'Ilse Janssens', role: 'Inspecteur' });

  // The school list says its figures are made up, and each school says so.
  await expect(page.getByRole('note').filter({ hasText: 'Deze cijfers bevatten demogegevens (verzonnen scholen: 3.250)' })).toBeVisible();
  const firstRow = page.locator('table.data tbody tr').first();
  await expect(firstRow.locator('.badge.demo')).toBeVisible();
  const practiceName = (await firstRow.getByRole('link').textContent())!.trim();
  const collided = (await page.locator('table.data tbody tr').nth(1).locator('td.mono').textContent())!.trim();
  await expectAccessible(page, 'schools with demo');

  // The example inspections are marked in the list and on their page.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inspecties' }).click();
  const rows = page.locator('table.data tbody tr');
  await expect(rows).toHaveCount(5);
  await expect(rows.filter({ has: page.locator('.badge.demo') })).toHaveCount(5);
  await rows.first().getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Demo');
  await expect(page.getByText('Dit is een voorbeeldinspectie uit de demogegevens')).toBeVisible();

  // The user practises on a demo school: that inspection is theirs, not demo.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Scholen' }).click();
  await page.getByLabel('Zoek een school').fill(practiceName);
  await page.locator('table.data tbody tr').first().getByRole('link').click();
  await expect(page.getByText('Dit is een demoschool')).toBeVisible();
  await page.getByLabel('Soort inspectie').selectOption('unannounced');
  await page.getByRole('button', { name: 'Inspectie openen' }).click();
  await expect(page).toHaveURL(/#\/inspecties\//);
  await expect(page.getByRole('heading', { level: 1 })).not.toContainText('Demo');

  // A real school file that reuses a demo number: the preview says so before anything is written.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Scholen' }).click();
  await page.getByRole('link', { name: 'Gegevens importeren' }).click();
  const csv = ['instellingsnummer;naam;niveau;onderwijsvorm;gemeente', `${collided};Sint-Jozefscollege;secundair;gewoon;Aalst`, '999001;Basisschool Het Veld;basis;gewoon;Mol'].join('\n');
  await page.getByLabel('Bestand (CSV of XLSX)').setInputFiles({ name: 'echte-scholen.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await page.getByRole('button', { name: 'Bestand controleren' }).click();
  await expect(page.getByText('1 rij in dit bestand hoort bij een school die nu een demoschool is.')).toBeVisible();
  await page.getByRole('button', { name: 'Import doorvoeren' }).click();
  await expect(page.getByRole('note').filter({ hasText: 'Deze werkmap bevat ook demogegevens' })).toBeVisible();

  // Instellingen: what would go, what stays and why, and one confirmed step.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Instellingen' }).click();
  const panel = page.getByRole('region', { name: 'Demogegevens' });
  await expect(panel.getByRole('status')).toHaveText(/demoscholen: 3\.249,/);
  await expect(panel.getByText(/Verwijderen neemt in één stap weg — scholen: 3\.248, .*, inspecties: 5,/)).toBeVisible();
  await expect(panel.getByRole('listitem').filter({ hasText: practiceName })).toBeVisible();
  const remove = panel.getByRole('button', { name: 'Demogegevens verwijderen' });
  await expect(remove).toBeDisabled();
  await panel.getByLabel('Ik begrijp dat de demogegevens definitief verwijderd worden.').check();
  await expectAccessible(page, 'settings demo panel');
  await remove.click();
  await expect(panel.getByText(/Verwijderd — scholen: 3\.248, .*, inspecties: 5\./)).toBeVisible();
  await expect(panel.getByText(/Demogegevens verwijderd op .* door Ilse Janssens/)).toBeVisible();

  // What is left: the user's inspection, the imported schools and the practice school it stands on.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inspecties' }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(practiceName);
  await expect(rows.first().locator('.badge.demo')).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Scholen' }).click();
  await page.getByLabel('Zoek een school').fill('');
  await expect(page.getByRole('status').filter({ hasText: /^3 van 3 scholen$/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sint-Jozefscollege' })).toBeVisible();
  await expect(page.getByRole('note').filter({ hasText: 'naast uw eigen gegevens ook demogegevens (demoscholen: 1, voorbeeldinspecties: 0)' })).toBeVisible();
  await context.close();
});
