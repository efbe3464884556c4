import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { AppError } from '../api/envelope';
import { dispatch } from '../host/dispatch';
import type { ServiceContext } from '../services/context';
import { awaitPreview } from '../services/import';
import { IMPORT_LIMITS } from '../domain/import/limits';

type Flags = Record<string, string | boolean | undefined>;

async function call(ctx: ServiceContext, name: 'previewImport' | 'commitImport' | 'cancelImport', input: unknown) {
  const envelope = await dispatch(ctx, name, input);
  if (!envelope.ok) throw new AppError(envelope.error.code, envelope.error.message, envelope.error.field);
  return envelope.value as { previewId: string };
}

/** `import FILE [--kind schools|figures] [--dry-run] [--sheet NAME]`: the same preview and commit as the UI. */
export const importCommands = {
  import: {
    usage: 'import BESTAND [--kind schools|figures] [--dry-run] [--sheet NAAM] [--json]',
    summary: 'importeert scholen of schooljaarcijfers uit CSV of XLSX (alles of niets; --dry-run toont alleen de voorvertoning)',
    async run(ctx: ServiceContext, flags: Flags, print: (text: string) => void) {
      if (typeof flags.file !== 'string' || flags.file === '') throw new AppError('invalid_input', 'Geef het bestand op: import BESTAND', 'file');
      const file = resolve(flags.file);
      let size: number;
      try {
        size = statSync(file).size;
      } catch {
        throw new AppError('not_found', `Bestand niet gevonden: ${file}`, 'file');
      }
      if (size > IMPORT_LIMITS.maxFileBytes) throw new AppError('invalid_input', `Het bestand is groter dan ${IMPORT_LIMITS.maxFileBytes / 1024 / 1024} MB; splits het op.`, 'file');
      const started = await call(ctx, 'previewImport', {
        fileName: basename(file),
        base64: readFileSync(file).toString('base64'),
        kind: typeof flags.kind === 'string' ? flags.kind : undefined,
        sheet: typeof flags.sheet === 'string' ? flags.sheet : undefined,
      });
      const preview = await awaitPreview(started.previewId);
      if (flags.json) print(JSON.stringify(preview, null, 2));
      if (preview.phase === 'failed') throw new AppError('invalid_input', `${basename(file)}: ${preview.message}`);
      const s = preview.summary!;
      if (!flags.json) {
        print(`${basename(file)}: ${s.kind === 'schools' ? 'scholen' : 'schooljaarcijfers'}, ${s.rows} rijen — ${s.rowsNew} nieuw, ${s.rowsChanged} gewijzigd, ${s.rowsUnchanged} ongewijzigd.`);
        if (s.ignoredColumns.length) print(`Genegeerde kolommen: ${s.ignoredColumns.join(', ')}`);
        for (const e of preview.errors) print(`rij ${e.row}, kolom ${e.column}, waarde "${e.value}": ${e.reason}`);
        if (preview.errorCount > preview.errors.length) print(`… en nog ${preview.errorCount - preview.errors.length} fouten.`);
      }
      if (preview.errorCount > 0) {
        await call(ctx, 'cancelImport', { previewId: preview.previewId });
        throw new AppError('invalid_input', `${preview.errorCount} fouten; er is niets geïmporteerd.`);
      }
      if (flags['dry-run']) {
        await call(ctx, 'cancelImport', { previewId: preview.previewId });
        if (!flags.json) print('Proefimport (--dry-run): er is niets gewijzigd.');
        return;
      }
      await call(ctx, 'commitImport', { previewId: preview.previewId });
      if (!flags.json) print('Import doorgevoerd.');
    },
  },
};
