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

test('observation: correct in place, remove, and take the removal back', async ({ page }) => {
  await openWorkbench(page);
  const call = async (name: string, input: unknown) => (await (await page.request.post(`/api/${name}`, { data: input, headers: { 'x-doorlicht-token': E2E_TOKEN } })).json()).value;
  const [school] = await call('listSchools', { search: 'Lyceum' });
  const inspection = await call('createInspection', { instellingsnummer: school.instellingsnummer, type: 'unannounced', startDate: '2026-11-02' });
  await call('saveObservation', { inspectionId: inspection.id, className: '2C', subject: 'Geschiedenis', observedAt: '2026-11-02T10:15', scores: { rust: 'benadert' }, notes: {}, onTask: 5, offTask: 5 });

  await page.goto(`/#/inspecties/${inspection.id}`);
  await page.getByRole('tab', { name: 'Observaties' }).click();
  const row = page.locator('table.observations-table tbody tr').filter({ hasText: '2C' });
  await page.getByRole('button', { name: 'Bewerken: 2C' }).click();
  const form = page.getByRole('form', { name: 'Observatie bewerken' });
  await expect(form.getByLabel('Klas')).toBeFocused();
  await expect(form.getByLabel('Vak')).toHaveValue('Geschiedenis');
  await expect(form.getByLabel('Rust: Score')).toHaveValue('benadert');
  await expectAccessible(page, 'observation edit');
  await form.getByLabel('Vak').fill('Aardrijkskunde');
  await form.getByRole('button', { name: 'Bij de les (tellingen) +1', exact: true }).click();
  await form.getByRole('button', { name: 'Wijziging opslaan' }).click();
  await expect(form).toHaveCount(0);
  await expect(row).toContainText('Aardrijkskunde');
  await expect(row).toContainText('6/11');

  await page.reload();
  await page.getByRole('tab', { name: 'Observaties' }).click();
  await expect(row).toContainText('Aardrijkskunde');
  await page.getByRole('button', { name: 'Verwijderen: 2C' }).click();
  await expect(page.locator('table.observations-table')).toHaveCount(0);
  await page.getByRole('button', { name: /Ongedaan maken/ }).click();
  await expect(row).toContainText('Aardrijkskunde');
  await expect(page.locator('table.observations-table tbody tr')).toHaveCount(1);
});

test('disciplinary file and survey tally: correct in place; the compliance and the totals follow', async ({ page }) => {
  await openWorkbench(page);
  const call = async (name: string, input: unknown) => (await (await page.request.post(`/api/${name}`, { data: input, headers: { 'x-doorlicht-token': E2E_TOKEN } })).json()).value;
  const [school] = await call('listSchools', { search: 'Lyceum' });
  const inspection = await call('createInspection', { instellingsnummer: school.instellingsnummer, type: 'unannounced', startDate: '2026-11-02' });
  await call('saveDisciplinaryFile', { inspectionId: inspection.id, label: 'TD-07', measure: 'temporary_exclusion', measureDate: '2026-03-03', guidance: 'yes', hearing: true, classCouncil: true, clb: false, handover: null, note: '' });
  await call('saveSurveyTally', { inspectionId: inspection.id, question: 'pupils_safe_respected', groupName: '2de graad', agree: 30, respondents: 40 });

  await page.goto(`/#/inspecties/${inspection.id}`);
  await page.getByRole('tab', { name: 'Tuchtdossiers' }).click();
  await expect(page.getByText(/Naleving: 0 van 1 tuchtdossiers/)).toBeVisible();
  await page.getByRole('button', { name: 'Bewerken: TD-07' }).click();
  const fileForm = page.getByRole('form', { name: 'Dossier bewerken' });
  await expect(fileForm.getByLabel('Kenmerk van het dossier (geen naam)')).toBeFocused();
  await fileForm.getByRole('checkbox', { name: 'CLB betrokken', exact: true }).check();
  await expectAccessible(page, 'file edit');
  await fileForm.getByRole('button', { name: 'Wijziging opslaan' }).click();
  await expect(fileForm).toHaveCount(0);
  await expect(page.getByText(/Naleving: 1 van 1 tuchtdossiers/)).toBeVisible();

  await page.getByRole('tab', { name: 'Bevragingen' }).click();
  await page.getByRole('button', { name: /^Bewerken: .* — 2de graad$/ }).click();
  const tallyForm = page.getByRole('form', { name: 'Telling bewerken' });
  await tallyForm.getByLabel('Eens').fill('36');
  await tallyForm.getByRole('button', { name: 'Wijziging opslaan' }).click();
  await expect(tallyForm).toHaveCount(0);
  await expect(page.locator('ul.tallies li')).toHaveText([/2de graad: 36\/40/]);
  await expectAccessible(page, 'surveys after edit');
});
