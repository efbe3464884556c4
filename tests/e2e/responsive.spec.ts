import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, openWorkbench } from './fixtures';

/**
 * Every view at a phone, a tablet and a laptop width: the page itself never
 * scrolls sideways (wide tables scroll inside themselves), the rail becomes a
 * menu on small screens, and controls are big enough for a finger. The
 * screenshots land in .tmp/screens/ to be looked at.
 */

const WIDTHS = [390, 768, 1280] as const;
const TABS = ['Gids', 'Bewijs', 'Observaties', 'Tuchtdossiers', 'Bevragingen', 'Advies en verslag', 'Uitwisselen', 'Audit'];

async function noSideways(page: Page, label: string) {
  // Wait for the view's content (not the loading line) before measuring.
  await expect(page.getByRole('status').filter({ hasText: /laden…|Loading/i })).toHaveCount(0);
  const { scroll, client, culprits } = await page.evaluate(() => {
    const root = document.scrollingElement!;
    const width = root.clientWidth;
    // Name what sticks out, so a failure says where to look.
    const clipped = (el: Element): boolean => {
      for (let p = el.parentElement; p; p = p.parentElement) if (getComputedStyle(p).overflowX !== 'visible') return true;
      return false;
    };
    const out = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && !clipped(el))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${(el as HTMLElement).className}`);
    return { scroll: root.scrollWidth, client: width, culprits: out };
  });
  expect(scroll, `${label}: page scrolls sideways (${culprits.join(', ')})`).toBeLessThanOrEqual(client);
  if (client < 1000) expect(await tooSmallToTap(page), `${label}: controls under 44 px`).toEqual([]);
}

/** Finger-sized: every visible button, tab, menu link and form field is at least 44 px high. */
function tooSmallToTap(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('main button, main select, main input:not([type=checkbox]):not([type=radio]):not([type=file]), nav a, nav button, main [role=tab]')]
      .filter((el) => (el as HTMLElement).offsetParent !== null)
      .filter((el) => el.getBoundingClientRect().height < 43.5)
      .map((el) => `${el.tagName.toLowerCase()} “${(el.textContent || (el as HTMLInputElement).name || '').trim().slice(0, 30)}” ${Math.round(el.getBoundingClientRect().height)}px`),
  );
}

async function shot(page: Page, width: number, name: string) {
  await page.screenshot({ path: `.tmp/screens/${width}-${name}.png`, fullPage: false });
}

async function openMenu(page: Page, width: number) {
  if (width >= 1000) return;
  const toggle = page.getByRole('button', { name: 'Menu' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

async function go(page: Page, width: number, place: string) {
  await openMenu(page, width);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: place }).click();
}

for (const width of WIDTHS) {
  test(`every view fits ${width} px without sideways scrolling`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: width < 500 ? 844 : width < 1000 ? 1024 : 800 });
    await openWorkbench(page);
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    if (width < 1000) {
      // The rail is a menu: closed, it takes no room; opened with a tap or the keyboard, Escape closes it.
      const toggle = page.getByRole('button', { name: 'Menu' });
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await expect(nav.getByRole('link', { name: 'Inspecties' })).toBeHidden();
      await toggle.focus();
      await page.keyboard.press('Enter');
      await expect(nav.getByRole('link', { name: 'Inspecties' })).toBeVisible();
      await shot(page, width, 'menu');
      await expectAccessible(page, `menu open at ${width} px`);
      await page.keyboard.press('Escape');
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await expect(toggle).toBeFocused();
    } else {
      await expect(nav.getByRole('link', { name: 'Inspecties' })).toBeVisible();
    }
    await noSideways(page, 'schools');
    await shot(page, width, 'schools');

    await page.locator('table.data tbody tr').first().getByRole('link').click();
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    await noSideways(page, 'school');
    await shot(page, width, 'school');

    await go(page, width, 'Scholen');
    await page.getByRole('link', { name: /Gegevens importeren/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /importeren/i })).toBeVisible();
    await noSideways(page, 'import');
    await shot(page, width, 'import');

    await go(page, width, 'Inspecties');
    await expect(page.getByRole('heading', { level: 1, name: 'Inspecties' })).toBeVisible();
    await noSideways(page, 'inspections');
    await shot(page, width, 'inspections');

    await page.locator('main').getByRole('link', { name: /./ }).filter({ hasNotText: /pakket|←/i }).first().click();
    await expect(page.getByRole('tablist', { name: 'Onderdelen van de inspectie' })).toBeVisible();
    for (const tab of TABS) {
      const button = page.getByRole('tab', { name: tab, exact: true });
      await button.click();
      await expect(button).toHaveAttribute('aria-selected', 'true');
      // The selected tab is scrolled into sight in a row that scrolls sideways.
      await expect(button).toBeInViewport();
      await noSideways(page, `inspection ${tab}`);
      await page.locator('[role=tabpanel]').evaluate((el) => el.scrollIntoView());
      await shot(page, width, `inspection-${tab.replace(/\s+/g, '-').toLowerCase()}`);
      if (width === 390 && tab === 'Gids') await expectAccessible(page, 'inspection at 390 px');
    }

    await go(page, width, 'Task force');
    await expect(page.getByRole('heading', { level: 1, name: /Mijn trajecten|Task force/i })).toBeVisible();
    await noSideways(page, 'taskforce');
    await shot(page, width, 'taskforce');
    await page.locator('main table a').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await noSideways(page, 'referral');
    await shot(page, width, 'referral');

    await go(page, width, 'Overzicht');
    await expect(page.getByRole('heading', { level: 1, name: /Overzicht/ })).toBeVisible();
    await noSideways(page, 'overview');
    await shot(page, width, 'overview');

    await go(page, width, 'Instellingen');
    await expect(page.getByRole('heading', { level: 1, name: 'Instellingen' })).toBeVisible();
    await noSideways(page, 'settings');
    await shot(page, width, 'settings');

  });
}
