/**
 * Looks at the workbench as a user would: starts browser mode on a fresh
 * data folder, walks the main pages and writes PNGs to .tmp/screenshots/.
 *   npx tsx scripts/screenshots.ts
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { chromium } from '@playwright/test';

const port = 4611;
const token = 'screenshot-token';
const out = '.tmp/screenshots';
rmSync('.tmp/shot-data', { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const server = spawn('npx', ['tsx', 'main/serve.ts', '--no-open', '--port', String(port), '--data-dir', '.tmp/shot-data'], {
  env: { ...process.env, DOORLICHT_TOKEN: token, DOORLICHT_USER: 'An Peeters' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise<void>((resolve) => server.stdout!.on('data', (d: Buffer) => d.toString().includes('browsermodus') && resolve()));

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1360, height: 900 }, locale: 'nl-BE' });
  await page.goto(`http://127.0.0.1:${port}/#token=${token}`);
  await page.getByRole('heading', { name: 'Scholen' }).waitFor();
  await page.locator('table.data tbody tr').first().waitFor();
  await page.screenshot({ path: `${out}/1-scholen.png` });
  await page.getByLabel('Zoek een school').fill('Sint-Jozefsinstituut');
  await page.locator('table.data tbody tr').first().getByRole('link').click();
  await page.locator('figure.chart img').waitFor();
  await page.screenshot({ path: `${out}/2-school.png`, fullPage: true });
  await page.getByRole('button', { name: 'Inspectie openen' }).click();
  await page.locator('section.indicator').first().waitFor();
  const first = page.locator('section.indicator').first();
  await first.getByRole('radio', { name: 'Volgens de verwachting' }).check();
  await first.getByLabel('Motivering').fill('Duidelijke routines bij de start van de les; leerlingen weten wat er verwacht wordt.');
  await page.locator('section.indicator').nth(1).getByRole('radio', { name: 'Beneden de verwachting' }).check();
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${out}/3-inspectie.png`, fullPage: false });
  await page.keyboard.press('Tab');
  await page.screenshot({ path: `${out}/4-focus.png` });
  await page.getByRole('link', { name: 'Instellingen' }).click();
  await page.getByRole('heading', { name: 'Instellingen' }).waitFor();
  await page.screenshot({ path: `${out}/5-instellingen.png` });
} finally {
  await browser.close();
  server.kill();
}
