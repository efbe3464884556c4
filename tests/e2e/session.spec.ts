import { expect, test } from '@playwright/test';
import { openWorkbench, schoolCount } from './fixtures';

test('browser mode: a new tab and a reload of the same launch keep working; without the token the page says how to get back', async ({ page, context, browser }) => {
  await openWorkbench(page);
  // The token has left the address bar; the session lives in an HttpOnly cookie that scripts cannot see.
  expect(page.url()).not.toContain('token=');
  await expect(schoolCount(page)).toBeVisible();
  const session = (await context.cookies()).find((c) => c.name.startsWith('doorlicht_session_'));
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/' });
  expect(await page.evaluate(() => document.cookie)).toBe('');

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inspecties' }).click();
  // The link by where it leads: until the hash route has swapped the page, main still shows the schools' table.
  const first = page.locator('main table a[href^="#/inspecties/"]').first();
  const address = new URL((await first.getAttribute('href'))!, page.url()).href;

  // An inspection's address in a new tab: no token in it, the cookie carries the session.
  const tab = await context.newPage();
  await tab.goto(address);
  await expect(tab.getByRole('tablist', { name: 'Onderdelen van de inspectie' })).toBeVisible();
  await tab.reload();
  await expect(tab.getByRole('tablist', { name: 'Onderdelen van de inspectie' })).toBeVisible();
  await tab.close();

  // Another browser (no cookie, no token): a clear way back, not a retry button that cannot work.
  const stranger = await browser.newContext();
  const other = await stranger.newPage();
  await other.goto(address);
  const alert = other.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'Deze pagina heeft geen toegang meer tot Doorlicht' })).toBeVisible();
  await expect(alert).toContainText('Open het adres dat Doorlicht bij het starten toonde');
  await expect(other.getByRole('button', { name: 'Opnieuw proberen' })).toHaveCount(0);
  await other.screenshot({ path: '.tmp/screens/session-lost.png' });
  await stranger.close();
});
