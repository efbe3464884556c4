import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { postgresReachable, startCentral, type TestCentral } from '../helpers/central';
import { expectAccessible } from './fixtures';

/**
 * Instellingen → Centrale server against a real Doorlicht Centraal (PostgreSQL):
 * a clean workbench of its own (no demo data) enrols with a one-time code,
 * syncs, and shows a clear state when the server is gone.
 */
const PORT = Number(process.env.E2E_CENTRAL_PORT ?? (Number(process.env.E2E_PORT ?? 4599) + 2));
const TOKEN = 'central-e2e-token-0123456789';
let central: TestCentral | undefined;
let workbench: ChildProcess | undefined;
const dataDir = `.tmp/central-e2e-${randomBytes(4).toString('hex')}`;

test.beforeAll(async () => {
  const problem = await postgresReachable();
  if (problem && (process.env.DOORLICHT_REQUIRE_PG || process.env.CI)) throw new Error(`PostgreSQL is required: ${problem}`);
  test.skip(Boolean(problem), `PostgreSQL not reachable: ${problem}`);
  central = await startCentral({ port: PORT + 1 });
  // node itself (not npx) so that SIGTERM at the end reaches the workbench.
  workbench = spawn(process.execPath, ['--import', 'tsx', 'main/serve.ts', '--no-open', '--no-demo', '--port', String(PORT), '--data-dir', dataDir, ...(process.env.E2E_STATIC_DIR ? ['--static-dir', process.env.E2E_STATIC_DIR] : [])], {
    env: { ...process.env, DOORLICHT_TOKEN: TOKEN },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    workbench!.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('draait') && resolve());
    workbench!.once('exit', (code) => reject(new Error(`workbench exited ${code}`)));
  });
});

test.afterAll(async () => {
  if (workbench && workbench.exitCode === null) {
    const exited = new Promise((resolve) => workbench!.once('exit', resolve));
    workbench.kill('SIGTERM');
    await exited;
  }
  await central?.close().catch(() => {});
  rmSync(dataDir, { recursive: true, force: true });
});

test('enrol, sync, and an unreachable server said plainly', async ({ page }) => {
  const { code } = await central!.user({ name: 'Anna Centraal', role: 'lead', teams: ['Gent'] });
  await page.goto(`http://127.0.0.1:${PORT}/#token=${TOKEN}`);
  await page.getByLabel('Uw naam (zoals in het verslag)').fill('Anna Centraal');
  await page.getByRole('button', { name: 'Profiel bewaren' }).click();
  await page.getByRole('link', { name: 'Instellingen' }).click();
  const panel = page.getByRole('region', { name: 'Centrale server' });
  await panel.getByLabel('Adres van de server').fill(central!.url);
  await panel.getByLabel('Eenmalige aanmeldcode').fill(code);
  await panel.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(panel.getByRole('status')).toHaveText(/Aangemeld als Anna Centraal \(hoofdinspecteur\)/);
  await expect(panel.getByText('nog nooit')).toBeVisible();

  await panel.getByRole('button', { name: 'Nu synchroniseren' }).click();
  await expect(panel.getByRole('status')).toHaveText(/Gesynchroniseerd: 0 verstuurd/);
  await expect(panel.getByText('nog nooit')).toHaveCount(0);
  await expectAccessible(page, 'centrale server');
  await panel.screenshot({ path: '.tmp/test-results/central-synced.png' });
  // The schedule runs in the main process; the panel says when it tries next.
  await expect(panel.getByTestId('central-auto')).toHaveText(/elke 5 minuten.*Volgende keer om \d\d:\d\d/);
  for (const width of [390, 768, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.screenshot({ path: `.tmp/test-results/central-synced-${width}.png`, fullPage: true });
  }

  // The schools came from the centre.
  await page.getByRole('link', { name: 'Scholen' }).click();
  await expect(page.getByRole('status').filter({ hasText: /van 20 scholen/ })).toBeVisible();

  await central!.close();
  central = undefined;
  await page.getByRole('link', { name: 'Instellingen' }).click();
  await panel.getByRole('button', { name: 'Nu synchroniseren' }).click();
  await expect(panel.getByRole('alert').first()).toContainText('De server is nu niet bereikbaar');
  await panel.screenshot({ path: '.tmp/test-results/central-unreachable.png' });
});
