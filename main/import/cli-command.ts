import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { AppError } from '../api/envelope';
import { dispatch } from '../host/dispatch';
import type { ServiceContext } from '../services/context';
import { awaitPreview } from '../services/import';
import { IMPORT_LIMITS } from '../domain/import/limits';

type Flags = Record<string, string | boolean | undefined>;

/** The file's bytes, or a message that names the file and what is wrong with it (a folder, empty, too large, unreadable). */
export function readImportFile(file: string): Buffer {
  let stat;
  try {
    stat = statSync(file);
  } catch {
    throw new AppError('not_found', `Bestand niet gevonden: ${file}`, 'file');
  }
  if (stat.isDirectory()) throw new AppError('invalid_input', `${file} is een map, geen bestand. Geef een CSV- of XLSX-bestand op.`, 'file');
  if (!stat.isFile()) throw new AppError('invalid_input', `${file} is geen gewoon bestand (maar bv. een apparaat of pijp). Geef een CSV- of XLSX-bestand op.`, 'file');
  if (stat.size === 0) throw new AppError('invalid_input', `${basename(file)}: het bestand is leeg (0 bytes). Er is niets geïmporteerd.`, 'file');
  if (stat.size > IMPORT_LIMITS.maxFileBytes) {
    throw new AppError('invalid_input', `${basename(file)}: het bestand is groter dan ${IMPORT_LIMITS.maxFileBytes / 1024 / 1024} MB; splits het op.`, 'file');
  }
  try {
    return readFileSync(file);
  } catch (error) {
    throw new AppError('invalid_input', `${file} kan niet gelezen worden (${(error as NodeJS.ErrnoException).code ?? 'leesfout'}); controleer de rechten op het bestand.`, 'file');
  }
}

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
      const bytes = readImportFile(file);
      const started = await call(ctx, 'previewImport', {
        fileName: basename(file),
        base64: bytes.toString('base64'),
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
