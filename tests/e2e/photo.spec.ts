import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, openWorkbench } from './fixtures';

/** A real JPEG of the given size, drawn by the browser, with an Exif segment holding a GPS position put in after SOI. */
async function photoWithGps(page: Page, width: number, height: number): Promise<Buffer> {
  const base64 = await page.evaluate(
    async ([w, h]) => {
      const canvas = document.createElement('canvas');
      canvas.width = w;
      canvas.height = h;
      const g = canvas.getContext('2d')!;
      g.fillStyle = '#1f4e79';
      g.fillRect(0, 0, w, h);
      g.fillStyle = '#c0792b';
      g.fillRect(w / 4, h / 4, w / 2, h / 2);
      const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/jpeg', 0.9));
      const bytes = new Uint8Array(await blob.arrayBuffer());
      return btoa(String.fromCharCode(...bytes));
    },
    [width, height],
  );
  const jpeg = Buffer.from(base64, 'base64');
  const payload = Buffer.from('Exif\x00\x00MM\x00*GPSLatitude 51.0543 N GPSLongitude 3.7174 E', 'latin1');
  const app1 = Buffer.concat([Buffer.from([0xff, 0xe1, (payload.length + 2) >> 8, (payload.length + 2) & 0xff]), payload]);
  return Buffer.concat([jpeg.subarray(0, 2), app1, jpeg.subarray(2)]);
}

test('a photo from the library: resized, shown as a thumbnail, stored without its GPS position', async ({ page }) => {
  await openWorkbench(page);
  await page.getByLabel('Zoek een school').fill('Basisschool');
  await page.locator('table.data tbody tr').first().getByRole('link').click();
  await page.getByRole('button', { name: 'Inspectie openen' }).click();
  await expect(page.getByRole('tablist', { name: 'Onderdelen van de inspectie' })).toBeVisible();
  await page.getByRole('tab', { name: 'Bewijs', exact: true }).click();

  const form = page.getByRole('form', { name: 'Nieuw bewijs' });
  await expect(form.getByLabel('Foto maken (camera)')).toHaveAttribute('capture', 'environment');
  await expect(form.getByLabel('Foto maken (camera)')).toHaveAttribute('accept', 'image/*');
  const photo = await photoWithGps(page, 2400, 1200);
  expect(photo.toString('latin1')).toContain('GPSLatitude');
  await form.getByLabel('Foto uit de fotobibliotheek').setInputFiles({ name: 'IMG_2041 Jan Peeters.jpg', mimeType: 'image/jpeg', buffer: photo });
  await expect(form.getByRole('img', { name: /^Voorbeeld van foto-\d{8}-\d{6}\.jpg$/ })).toBeVisible();
  await form.getByLabel('Notitie').fill('Klasafspraken hangen zichtbaar in de klas.');
  await form.getByRole('checkbox').first().check();
  await form.getByRole('button', { name: 'Bewijs vastleggen' }).click();

  const thumb = page.locator('table.evidence-table').getByRole('img', { name: /^Foto foto-\d{8}-\d{6}\.jpg$/ });
  await expect(thumb).toBeVisible();
  // Scaled to at most 1600 px on the long side, the aspect kept.
  expect(await thumb.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([1600, 800]);
  await expectAccessible(page, 'evidence with a photo');
  await page.locator('table.evidence-table').screenshot({ path: '.tmp/screens/evidence-photo.png' });

  const download = page.waitForEvent('download');
  await page.locator('table.evidence-table button.attachment.photo').first().click();
  const stored = readFileSync(await (await download).path());
  expect(stored.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
  expect(stored.toString('latin1')).not.toMatch(/GPS|Exif/);

  // Attached the ordinary way (not as a photo): the main process strips the position too.
  await form.getByLabel('Bijlage (optioneel, max. 10 MB)').setInputFiles({ name: 'scan.jpg', mimeType: 'image/jpeg', buffer: photo });
  await form.getByLabel('Notitie').fill('Scan van het schoolreglement.');
  await form.getByRole('checkbox').first().check();
  await form.getByRole('button', { name: 'Bewijs vastleggen' }).click();
  const scan = page.locator('table.evidence-table button.attachment', { hasText: 'scan.jpg' });
  await expect(scan.getByRole('img')).toBeVisible();
  const second = page.waitForEvent('download');
  await scan.click();
  expect(readFileSync(await (await second).path()).toString('latin1')).not.toMatch(/GPS|Exif/);
});
