import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previewLines } from '../../../main/cli/commands/report';
import { commandTable } from '../../../main/cli/registry';
import { bundleCli } from '../../helpers/cli';
import { callOk, makeTempDir, openTestServices, removeTempDir, REPO_ROOT } from '../../helpers/services';

const run = promisify(execFile);
const SCRIPT = join(REPO_ROOT, 'tests', 'integration', 'cli', 'inspector-day.sh');
const ACTOR = 'tester';

const SCHOOLS_CSV = `instellingsnummer;naam;niveau;onderwijsvorm;gemeente
123456;Sint-Lodewijkscollege Brugge;secundair;gewoon;Brugge
123457;Atheneum Brugge;secundair;gewoon;Brugge
123458;Technisch Instituut Brugge;secundair;gewoon;Brugge
`;
const FIGURES_CSV = `instellingsnummer;schooljaar;leerlingen;preventieve_schorsingen;tijdelijke_uitsluitingen;definitieve_uitsluitingen
123456;2023-2024;800;30;25;9
123457;2023-2024;700;5;6;1
123458;2023-2024;650;4;5;0
123456;2024-2025;810;35;28;11
123457;2024-2025;690;6;5;1
123458;2024-2025;640;3;4;1
`;

let dir: string;
let inspectionId: string;
const out = () => join(dir, 'out');
/** Every answer of the day, by file name (NN-command.json). */
let answers: Array<{ file: string; command: string; value: unknown }>;

beforeAll(async () => {
  dir = makeTempDir();
  mkdirSync(join(dir, 'fix'));
  mkdirSync(out());
  writeFileSync(join(dir, 'fix', 'scholen.csv'), SCHOOLS_CSV);
  writeFileSync(join(dir, 'fix', 'cijfers.csv'), FIGURES_CSV);
  writeFileSync(join(dir, 'fix', 'reglement.txt'), 'Schoolreglement 2026\n');
  const cli = await bundleCli();
  const { stdout } = await run('bash', [SCRIPT], {
    cwd: dir,
    timeout: 600_000,
    env: { ...process.env, CLI: `${process.execPath} ${cli}`, DATA: join(dir, 'data'), OUT: out(), FIX: join(dir, 'fix'), DOORLICHT_USER: ACTOR },
  });
  inspectionId = stdout.trim();
  answers = readdirSync(out())
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, command: file.replace(/^\d+-/, '').replace(/\.json$/, ''), value: JSON.parse(readFileSync(join(out(), file), 'utf8')) }));
}, 600_000);

afterAll(() => removeTempDir(dir));

const answer = (command: string, nth = 0) => answers.filter((a) => a.command === command)[nth]?.value as any;

/** The same day through the contract, as the window does it, on its own data folder. */
async function dayThroughContract() {
  const services = await openTestServices({ actor: ACTOR });
  const { ctx } = services;
  const importFile = async (name: string, text: string, kind: 'schools' | 'figures') => {
    const { previewId } = await callOk(ctx, 'previewImport', { fileName: name, base64: Buffer.from(text).toString('base64'), kind });
    for (let s = await callOk(ctx, 'importProgress', { previewId }); s.phase === 'reading'; s = await callOk(ctx, 'importProgress', { previewId })) await new Promise((r) => setTimeout(r, 20));
    await callOk(ctx, 'commitImport', { previewId });
  };
  await callOk(ctx, 'saveProfile', { profileName: 'An Peeters', role: 'hoofdinspecteur' });
  await importFile('scholen.csv', SCHOOLS_CSV, 'schools');
  await importFile('cijfers.csv', FIGURES_CSV, 'figures');
  const id = (await callOk(ctx, 'createInspection', { instellingsnummer: '123456', type: 'full', startDate: '2026-11-02' })).id as string;
  const inspectionId = id;
  await callOk(ctx, 'setFocus', { inspectionId, focusDomains: ['classroom_management', 'disciplinary_policy', 'school_climate'] });
  const evidence = await callOk(ctx, 'saveEvidence', { inspectionId, source: 'document_analysis', role: 'leadership', date: '2026-11-02', note: 'Schoolreglement 2026, tuchtprocedure', indicatorIds: ['tb.1', 'tb.2'] });
  await callOk(ctx, 'addAttachment', { inspectionId, evidenceId: evidence.id, fileName: 'reglement.txt', mimeType: 'text/plain', base64: Buffer.from('Schoolreglement 2026\n').toString('base64') });
  const obs = { inspectionId, notes: {} };
  await callOk(ctx, 'saveObservation', { ...obs, className: '3B', subject: 'wiskunde', observedAt: '2026-11-02T09:10', scores: { rust: 'volgens', routine: 'benadert', regelmaat: 'volgens', relatie: 'overstijgt' }, notes: { relatie: 'warm contact' }, onTask: 21, offTask: 3 });
  await callOk(ctx, 'saveObservation', { ...obs, className: '5A', subject: 'Frans', observedAt: '2026-11-02T11:05', scores: { rust: 'beneden' }, onTask: 12, offTask: 9 });
  const file = { inspectionId, note: '' };
  await callOk(ctx, 'saveDisciplinaryFile', { ...file, label: 'D-01', measure: 'temporary_exclusion', measureDate: '2026-10-14', guidance: 'yes', hearing: true, classCouncil: true, clb: true, handover: null });
  await callOk(ctx, 'saveDisciplinaryFile', { ...file, label: 'D-02', measure: 'definitive_exclusion', measureDate: '2026-09-20', guidance: 'no', hearing: true, classCouncil: false, clb: false, handover: false });
  await callOk(ctx, 'saveSurveyTally', { inspectionId, question: 'pupils_safe_respected', groupName: '2de graad', agree: 41, respondents: 52 });
  await callOk(ctx, 'saveSurveyTally', { inspectionId, question: 'staff_time_for_teaching', groupName: 'leerkrachten', agree: 18, respondents: 30 });
  const rate = (indicatorId: string, level: string, motivation: string, texts: Record<string, string> = {}) => callOk(ctx, 'saveRating', { inspectionId, indicatorId, level, motivation, ...texts });
  for (const i of ['km.1', 'km.2', 'km.3', 'km.4']) {
    await rate(i, 'volgens', 'Rust en routine in de meeste lessen.', { strengths: 'Duidelijke afspraken bij de start van de les.', recommendations: 'Deel de goede praktijk.' });
  }
  await rate('tb.1', 'beneden', 'De tuchtprocedure wordt niet gevolgd.', { shortcomings: 'Bij definitieve uitsluitingen ontbreekt het verhoor.', shortcomingDeadline: '2027-06-30', recommendations: 'Leg elk verhoor vast.' });
  await rate('tb.2', 'benadert', 'Begeleidende maatregelen deels gedocumenteerd.', { opportunities: 'Documenteer de begeleiding in elk dossier.' });
  await rate('tb.3', 'volgens', 'Overleg met het CLB loopt.');
  await rate('tb.4', 'overstijgt', 'Herstelgericht werken.');
  for (const i of ['sc.responsiveness', 'sc.demandingness']) await rate(i, 'volgens', 'Bevraging en gesprekken.');
  await callOk(ctx, 'decideAdvice', { inspectionId, chosen: '2B', motivation: 'Binnen een jaar herstelbaar met begeleiding.', guidanceObliged: true, reportDate: '2026-11-20' });
  await rate('tb.1', 'beneden', 'De tuchtprocedure wordt niet gevolgd.', { recommendations: 'Leg elk verhoor schriftelijk vast en bezorg het verslag.' });
  await callOk(ctx, 'finalizeInspection', { inspectionId, acknowledgeWarnings: true });
  const preview = await callOk(ctx, 'previewReport', { inspectionId });
  await services.close();
  return preview;
}

describe('an inspector’s whole day as one CLI script', () => {
  it('answers every command of the table with JSON of its documented shape', () => {
    const byName = new Map(commandTable.map((c) => [c.name, c]));
    for (const { file, command, value } of answers) {
      const spec = byName.get(command);
      expect(spec, file).toBeDefined();
      const checked = spec!.output.safeParse(value);
      expect(checked.success ? '' : `${file}: ${JSON.stringify(checked.error.issues.slice(0, 3))}`).toBe('');
    }
    // seed-demo and remove-demo run in the output test (the demo fills the record with 3,250 schools); enrol and sync need a central server (central-cli.test.ts).
    const elsewhere = new Set(['seed-demo', 'remove-demo', 'enrol', 'sync']);
    const missing = commandTable.map((c) => c.name).filter((n) => !elsewhere.has(n) && !answers.some((a) => a.command === n));
    expect(missing).toEqual([]);
  });

  it('did what the day asked: the slip undone, the mistaken evidence removed, the attachment kept by its hash', () => {
    const onsite = answer('onsite');
    expect(onsite.evidence).toHaveLength(1);
    expect(onsite.attachments[0].sha256).toBe(createHash('sha256').update('Schoolreglement 2026\n').digest('hex'));
    expect(answer('undo').undone).toMatchObject({ entity: 'rating', entityId: `${inspectionId}/tb.3` });
    const finalized = answer('finalize', 1);
    expect(finalized.advice).toMatchObject({ locked: true, decision: { chosen: '2B', reportDate: '2026-11-20' } });
    expect(answer('import-package')).toMatchObject({ added: 0, conflicts: 0 });
    expect(answer('conflicts')).toEqual([]);
    expect(answer('plan').goals[0].shortcomingRefs).toEqual([0]);
    expect(answer('plan').visits[0].progress[0]).toMatchObject({ level: 'benadert', note: 'eerste dossiers volgens het sjabloon' });
    expect(answer('close-referral').referral.closedOn).toBe('2026-12-02');
    expect(answer('verify').integrity).toBe('ok');
    expect(readFileSync(join(out(), 'verslag.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(join(out(), 'verslag.docx')).subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(join(out(), 'voortgang.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('makes the same report as the same day through the contract', { timeout: 120_000 }, async () => {
    const viaContract = await dayThroughContract();
    const viaCli = answer('report-preview');
    const strip = (meta: Record<string, unknown>) => ({ ...meta, createdAt: undefined, generatedAt: undefined });
    expect(strip(viaCli.meta)).toEqual(strip(viaContract.meta));
    const generated = /\d{1,2} \w+ \d{4} om \d{2}:\d{2}|\d{4}-\d{2}-\d{2}T[\d:.]+Z/g;
    expect(viaCli.text.replace(generated, '…')).toBe([viaContract.meta.title, viaContract.meta.subject, '', ...previewLines(viaContract.blocks)].join('\n').replace(generated, '…'));
  });
});
