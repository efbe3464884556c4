import { expect, test } from '@playwright/test';
import { E2E_TOKEN } from '../../playwright.config';
import { expectAccessible, openWorkbench } from './fixtures';

test('evidence: correct an entry in place; the correction survives a reload', async ({ page }) => {
  await openWorkbench(page);
  const call = async (name: string, input: unknown) => (await (await page.request.post(`/api/${name}`, { data: input, headers: { 'x-doorlicht-token': E2E_TOKEN } })).json()).value;
  const [school] = await call('listSchools', { search: 'Lyceum' });
  const inspection = await call('createInspection', { instellingsnummer: school.instellingsnummer, type: 'unannounced', startDate: '2026-11-02' });
  await call('saveEvidence', { inspectionId: inspection.id, source: 'interview_pupils', role: 'pupils', date: '2026-11-02', note: 'Leerlingen noemen de speelplaats onveilig', indicatorIds: ['km.1'] });

  await page.goto(`/#/inspecties/${inspection.id}`);
  await page.getByRole('tab', { name: 'Bewijs' }).click();
  await page.getByRole('button', { name: 'Bewerken: Leerlingen noemen de speelplaats onveilig' }).click();
  const form = page.getByRole('form', { name: 'Bewijs bewerken' });
  await expect(form.getByLabel('Notitie')).toHaveValue('Leerlingen noemen de speelplaats onveilig');
  await expectAccessible(page, 'evidence edit');
  await form.getByLabel('Notitie').fill('Leerlingen van de eerste graad noemen de speelplaats onveilig');
  await form.getByRole('button', { name: 'Wijziging opslaan' }).click();
  await expect(form).toHaveCount(0);
  await expect(page.getByRole('cell', { name: 'Leerlingen van de eerste graad noemen de speelplaats onveilig', exact: true })).toBeVisible();

  await page.reload();
  await page.getByRole('tab', { name: 'Bewijs' }).click();
  await expect(page.getByRole('cell', { name: 'Leerlingen van de eerste graad noemen de speelplaats onveilig', exact: true })).toBeVisible();
  await expect(page.locator('table.evidence-table tbody tr')).toHaveCount(1);
});
