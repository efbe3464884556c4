import { readImportFile } from '../../import/read-file';
import { basename, resolve } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../api/envelope';
import { IMPORT_KINDS } from '../../domain/import/fields';
import { seedDemo, seedDemoIfEmpty } from '../../services/demo';
import { call, refusal } from '../command-kit';
import { table } from '../format';
import { tr } from '../i18n';
import { schoolShape } from '../shapes';
import { defineCommand } from '../spec';
import { signalCommands } from './signals';

const importShape = z.object({
  previewId: z.string(),
  fileName: z.string(),
  phase: z.enum(['ready', 'committed', 'cancelled']),
  summary: z.object({ kind: z.enum(IMPORT_KINDS), rows: z.number(), rowsNew: z.number(), rowsChanged: z.number(), rowsUnchanged: z.number(), ignoredColumns: z.array(z.string()) }),
  errorCount: z.number(),
  errors: z.array(z.object({ row: z.number(), column: z.string(), value: z.string(), reason: z.string() })),
  committed: z.boolean(),
});

const counts = z.object({ schools: z.number(), figures: z.number(), inspections: z.number() });
const demoShape = z.object({
  removed: counts.nullable(),
  present: z.boolean(),
  removable: counts,
  keptSchools: z.array(z.object({ instellingsnummer: z.string(), name: z.string() })),
});
const demoSummary = (d: { present: boolean; removable: z.infer<typeof counts>; keptSchools: Array<{ instellingsnummer: string; name: string }> }) => ({
  present: d.present,
  removable: d.removable,
  keptSchools: d.keptSchools,
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Records: the demo set, imports, the school list and the signals. */
export const recordCommands = [
  defineCommand({
    name: 'seed-demo',
    group: 'record',
    summary: {
      nl: 'schrijft de demodataset (deterministisch; opnieuw uitvoeren verandert niets); een lege database krijgt ook voorbeeldinspecties',
      en: 'writes the demo data set (deterministic; running it again changes nothing); an empty record also gets example inspections',
    },
    example: 'seed-demo --data-dir ./demo',
    options: {},
    output: z.object({ schools: z.number(), figures: z.number(), inspections: z.number(), skippedRealSchools: z.number() }),
    async run({ ctx }) {
      const fresh = await seedDemoIfEmpty(ctx);
      const result = fresh ?? (await seedDemo(ctx));
      return { schools: result.schools, figures: result.figures, inspections: fresh?.inspections ?? 0, skippedRealSchools: result.skippedRealSchools };
    },
    text(r, out) {
      out.line(
        tr(out.lang, {
          nl: `Demodataset geschreven: ${r.schools} scholen, ${r.figures} rijen schooljaarcijfers${r.inspections ? `, ${r.inspections} voorbeeldinspecties` : ''}. Alles is gemarkeerd als demo; remove-demo --yes haalt het weer weg.`,
          en: `Demo data written: ${r.schools} schools, ${r.figures} rows of school-year figures${r.inspections ? `, ${r.inspections} example inspections` : ''}. All of it is marked as demo; remove-demo --yes takes it away again.`,
        }),
      );
      if (r.skippedRealSchools) {
        out.line(tr(out.lang, { nl: `${r.skippedRealSchools} demoscholen overgeslagen: dat nummer is een echte school in deze werkmap.`, en: `${r.skippedRealSchools} demo schools skipped: that number is a real school in this record.` }));
      }
    },
  }),
  defineCommand({
    name: 'remove-demo',
    group: 'record',
    summary: {
      nl: 'verwijdert de demogegevens in één stap (demoscholen, hun cijfers en de voorbeeldinspecties); eigen imports en inspecties blijven',
      en: 'removes the demo data in one step (demo schools, their figures and the example inspections); your own imports and inspections stay',
    },
    example: 'remove-demo --yes',
    options: { yes: { type: 'boolean', description: { nl: 'echt verwijderen (zonder: alleen tonen wat er weg zou gaan)', en: 'really remove (without: only show what would go)' } } },
    output: demoShape,
    async run({ ctx }, o) {
      const shown = await call(ctx, 'getDemoData', {});
      if (!o.yes) return { removed: null, ...demoSummary(shown) };
      const result = await call(ctx, 'removeDemoData', { expected: { schools: shown.removable.schools, inspections: shown.removable.inspections } });
      return { removed: result.removed, ...demoSummary(result.demo) };
    },
    text(r, out) {
      const { schools, figures, inspections } = r.removed ?? r.removable;
      out.line(
        r.removed
          ? tr(out.lang, { nl: `Demogegevens verwijderd: ${schools} scholen, ${figures} rijen cijfers, ${inspections} inspecties.`, en: `Demo data removed: ${schools} schools, ${figures} rows of figures, ${inspections} inspections.` })
          : r.present
            ? tr(out.lang, { nl: `Zou verwijderen: ${schools} demoscholen, ${figures} rijen cijfers, ${inspections} voorbeeldinspecties. Bevestig met --yes.`, en: `Would remove: ${schools} demo schools, ${figures} rows of figures, ${inspections} example inspections. Confirm with --yes.` })
            : tr(out.lang, { nl: 'Er staan geen demogegevens in deze werkmap.', en: 'This record holds no demo data.' }),
      );
      for (const k of r.keptSchools) {
        out.line(tr(out.lang, { nl: `Blijft staan (eigen inspecties of cijfers): ${k.name} (${k.instellingsnummer}).`, en: `Stays (your own inspections or figures): ${k.name} (${k.instellingsnummer}).` }));
      }
    },
  }),
  defineCommand({
    name: 'import',
    group: 'record',
    summary: {
      nl: 'importeert scholen of schooljaarcijfers uit CSV of XLSX (alles of niets; --dry-run toont alleen de voorvertoning)',
      en: 'imports schools or school-year figures from CSV or XLSX (all or nothing; --dry-run only shows the preview)',
    },
    example: 'import scholen.csv --kind schools --dry-run',
    positional: 'file',
    options: {
      file: { type: 'file', required: true, description: { nl: 'het CSV- of XLSX-bestand', en: 'the CSV or XLSX file' } },
      kind: { type: 'enum', values: IMPORT_KINDS, description: { nl: 'soort gegevens (anders herkend uit de kolommen)', en: 'kind of data (else recognised from the columns)' } },
      sheet: { type: 'string', placeholder: 'NAAM', description: { nl: 'het werkblad in een XLSX-bestand', en: 'the sheet in an XLSX file' } },
      'dry-run': { type: 'boolean', description: { nl: 'alleen de voorvertoning; er verandert niets', en: 'preview only; nothing changes' } },
    },
    output: importShape,
    async run({ ctx, progress, lang }, o) {
      const file = resolve(o.file);
      // A folder, an empty or oversized file, or one that cannot be read: named, with what to do.
      const bytes = readImportFile(file);
      const started = await call(ctx, 'previewImport', { fileName: basename(file), base64: bytes.toString('base64'), kind: o.kind, sheet: o.sheet });
      // The same polling as the UI's progress bar.
      let status = started;
      while (status.phase === 'reading') {
        progress.report({ nl: `${basename(file)} lezen`, en: `reading ${basename(file)}` }, status.progress);
        await sleep(100);
        status = await call(ctx, 'importProgress', { previewId: started.previewId });
      }
      progress.done();
      if (status.phase === 'failed' || !status.summary) throw new AppError('invalid_input', `${basename(file)}: ${status.message}`, 'file');
      const answer = { ...status, summary: status.summary, phase: 'ready' as 'ready' | 'committed' | 'cancelled', committed: false };
      if (status.errorCount > 0) {
        await call(ctx, 'cancelImport', { previewId: status.previewId });
        const first = status.errors[0];
        throw refusal(
          lang,
          'invalid_input',
          {
            nl: `${status.errorCount} fouten; er is niets geïmporteerd. Eerste: rij ${first.row}, kolom ${first.column}, waarde "${first.value}": ${first.reason}`,
            en: `${status.errorCount} errors; nothing was imported. First: row ${first.row}, column ${first.column}, value "${first.value}": ${first.reason}`,
          },
          'file',
        );
      }
      if (o['dry-run']) {
        await call(ctx, 'cancelImport', { previewId: status.previewId });
        return { ...answer, phase: 'cancelled' as const };
      }
      const committing = call(ctx, 'commitImport', { previewId: status.previewId });
      let finished = false;
      void committing.finally(() => (finished = true)).catch(() => undefined);
      while (!finished && progress.enabled) {
        const now = await call(ctx, 'importProgress', { previewId: status.previewId }).catch(() => null);
        if (now) progress.report({ nl: 'doorvoeren', en: 'committing' }, status.summary.rows ? now.rowsWritten / status.summary.rows : undefined);
        await sleep(100);
      }
      await committing;
      return { ...answer, phase: 'committed' as const, committed: true };
    },
    text(r, out) {
      const s = r.summary;
      const kind = s.kind === 'schools' ? tr(out.lang, { nl: 'scholen', en: 'schools' }) : tr(out.lang, { nl: 'schooljaarcijfers', en: 'school-year figures' });
      out.line(
        tr(out.lang, {
          nl: `${r.fileName}: ${kind}, ${s.rows} rijen — ${s.rowsNew} nieuw, ${s.rowsChanged} gewijzigd, ${s.rowsUnchanged} ongewijzigd.`,
          en: `${r.fileName}: ${kind}, ${s.rows} rows — ${s.rowsNew} new, ${s.rowsChanged} changed, ${s.rowsUnchanged} unchanged.`,
        }),
      );
      if (s.ignoredColumns.length) out.line(`${tr(out.lang, { nl: 'Genegeerde kolommen', en: 'Ignored columns' })}: ${s.ignoredColumns.join(', ')}`);
      out.line(r.committed ? tr(out.lang, { nl: 'Import doorgevoerd.', en: 'Import committed.' }) : tr(out.lang, { nl: 'Proefimport (--dry-run): er is niets gewijzigd.', en: 'Dry run (--dry-run): nothing changed.' }));
    },
  }),
  defineCommand({
    name: 'schools',
    group: 'record',
    summary: { nl: 'lijst van scholen, zoeken op naam, nummer of gemeente', en: 'list of schools, search by name, number or municipality' },
    example: 'schools --search Gent --json',
    options: { search: { type: 'string', placeholder: 'TEKST', description: { nl: 'zoekterm', en: 'search term' } } },
    output: z.array(schoolShape),
    run: ({ ctx }, o) => call(ctx, 'listSchools', { search: o.search, limit: 10_000 }),
    text(schools, out) {
      const h = out.lang === 'nl' ? ['Nummer', 'Naam', 'Niveau', 'Vorm', 'Gemeente', 'Leerlingen'] : ['Number', 'Name', 'Level', 'Form', 'Municipality', 'Pupils'];
      out.line(table(h, schools.map((s) => [s.instellingsnummer, s.name, s.level, s.form, s.municipality, String(s.latestPupils ?? '')])));
      out.line(tr(out.lang, { nl: `${schools.length} scholen`, en: `${schools.length} schools` }));
    },
  }),
  ...signalCommands,
];
