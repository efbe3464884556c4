import { currentActor } from './settings';
import { createHash } from 'node:crypto';
import { AppError } from '../api/envelope';
import type { ValidatedInput } from '../api/contract';
import type { SqlExecutor } from '../db/connection';
import { insertImportLog, listImportLog } from '../db/repositories/imports';
import { upsertFigures, upsertSchools } from '../db/repositories/schools';
import { countDemoMarks, demoAmong, unmarkDemo } from '../db/repositories/demo';
import { figuresKey } from '../domain/demo';
import { toSafeCsv } from '../domain/import/csv-escape';
import { fieldsOf, type ImportKind } from '../domain/import/fields';
import { IMPORT_LIMITS } from '../domain/import/limits';
import { templateCsv, templateFileName } from '../domain/import/template';
import { checkKnownSchools, type ImportRecord, sortErrors } from '../domain/import/validate';
import type { School, SchoolYearFigures } from '../domain/school';
import { ImportCancelled, ImportFileError } from '../import/errors';
import { parseImportFile } from '../import/parse-file';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handler-types';
import { changedFields, classify } from './import-classify';
import { createSession, dropSession, findSession, type ImportSession, sessionStatus } from './import-session';

const WRITE_BATCH = 1_000;

function recordKey(kind: ImportKind, record: ImportRecord): string {
  return kind === 'schools' ? record.instellingsnummer : figuresKey(record.instellingsnummer, String((record as unknown as SchoolYearFigures).schoolYear));
}

/** Whether the file writes over demo schools, and whether the record holds demo data at all: the preview says both. */
async function demoTouchedBy(db: SqlExecutor, records: readonly ImportRecord[]) {
  const marks = await countDemoMarks(db);
  const recordHoldsDemo = marks.school + marks.figures + marks.inspection > 0;
  if (marks.school === 0) return { rowsForDemoSchools: 0, recordHoldsDemo };
  const demo = await demoAmong(db, 'school', [...new Set(records.map((r) => r.instellingsnummer))]);
  return { rowsForDemoSchools: records.filter((r) => demo.has(r.instellingsnummer)).length, recordHoldsDemo };
}

async function knownSchoolNumbers(db: SqlExecutor): Promise<Set<string>> {
  const rows = await db.all<{ instellingsnummer: string }>('SELECT instellingsnummer FROM schools');
  return new Set(rows.map((r) => r.instellingsnummer));
}

/** Reads and checks the file in the background; the session shows how far it got. */
async function runPreview(ctx: ServiceContext, session: ImportSession, bytes: Buffer, input: { kind?: ImportKind; sheet?: string }) {
  try {
    const parsed = await parseImportFile(bytes, {
      kind: input.kind,
      sheet: input.sheet,
      currentYear: ctx.now().getFullYear(),
      onProgress: (fraction, rows) => {
        session.progress = fraction;
        session.rowsRead = rows;
      },
      isCancelled: () => session.cancelRequested,
    });
    if (parsed.cancelled || session.cancelRequested) {
      session.phase = 'cancelled';
      return;
    }
    const { validator, match, info } = parsed;
    if (validator.kind === 'figures') {
      const known = await knownSchoolNumbers(ctx.db);
      checkKnownSchools(validator, (nr) => known.has(nr));
    }
    const counts = await classify(ctx.db, validator.kind, validator.records, validator.recordRows, validator.errorRows);
    const demo = await demoTouchedBy(ctx.db, validator.records);
    session.rowsRead = parsed.rows;
    session.records = validator.records;
    session.planned = counts.planned;
    session.errors = sortErrors(validator.errors);
    session.errorCount = validator.errorCount;
    session.summary = {
      kind: validator.kind,
      fileName: session.fileName,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      format: info.format,
      encoding: info.encoding ?? null,
      delimiter: info.delimiter ?? null,
      sheet: info.sheet ?? null,
      rows: parsed.rows,
      rowsNew: counts.rowsNew,
      rowsChanged: counts.rowsChanged,
      rowsUnchanged: counts.rowsUnchanged,
      rowsWithErrors: validator.errorRows.size,
      columns: match.columns.map((c) => c.header),
      ignoredColumns: match.ignored,
      ...demo,
    };
    session.progress = 1;
    session.phase = 'ready';
  } catch (error) {
    session.phase = 'failed';
    session.message = error instanceof ImportFileError ? error.message : `Het bestand kan niet gelezen worden: ${(error as Error).message.slice(0, 200)}`;
    if (!(error instanceof ImportFileError)) console.error('[doorlicht] import preview failed', error);
  }
}

/** Starts a preview (dry run) of a file; poll `importProgress` until it is ready. */
export async function previewImport(ctx: ServiceContext, input: ValidatedInput<'previewImport'>) {
  const bytes = Buffer.from(input.base64, 'base64');
  if (bytes.length > IMPORT_LIMITS.maxFileBytes) {
    throw new AppError('invalid_input', `Het bestand is groter dan ${Math.round(IMPORT_LIMITS.maxFileBytes / 1024 / 1024)} MB; splits het op.`, 'base64');
  }
  const session = createSession(input.fileName);
  session.done = runPreview(ctx, session, bytes, input);
  return sessionStatus(session);
}

function requireSession(previewId: string): ImportSession {
  const session = findSession(previewId);
  if (!session) throw new AppError('not_found', 'Deze voorvertoning bestaat niet meer; kies het bestand opnieuw.', 'previewId');
  return session;
}

export async function importProgress(_ctx: ServiceContext, input: ValidatedInput<'importProgress'>) {
  return sessionStatus(requireSession(input.previewId));
}

/** For the CLI and tests: waits until the preview is read and checked. */
export async function awaitPreview(previewId: string) {
  const session = requireSession(previewId);
  await session.done;
  return sessionStatus(session);
}

/**
 * Writes a clean preview in one transaction, re-classifying against the
 * record as it is now. A cancel between batches rolls everything back.
 */
export async function commitImport(ctx: ServiceContext, input: ValidatedInput<'commitImport'>) {
  const session = requireSession(input.previewId);
  if (session.phase !== 'ready' || !session.summary) throw new AppError('conflict', 'Deze import is niet klaar om door te voeren.', 'previewId');
  if (session.errorCount > 0) throw new AppError('conflict', `Het bestand bevat ${session.errorCount} fouten; er is niets geïmporteerd.`, 'previewId');
  const summary = session.summary;
  const actor = await currentActor(ctx);
  session.phase = 'committing';
  session.rowsWritten = 0;
  session.cancelRequested = false;
  try {
    const result = await ctx.db.transaction(async (tx) => {
      if (summary.kind === 'figures') {
        const known = await knownSchoolNumbers(tx);
        const unknown = session.records.find((r) => !known.has(r.instellingsnummer));
        if (unknown) throw new AppError('conflict', `School ${unknown.instellingsnummer} bestaat niet (meer); er is niets geïmporteerd.`);
      }
      const counts = await classify(tx, summary.kind, session.records);
      for (let at = 0; at < counts.toWrite.length; at += WRITE_BATCH) {
        if (session.cancelRequested) throw new ImportCancelled();
        const batch = counts.toWrite.slice(at, at + WRITE_BATCH);
        if (summary.kind === 'schools') await upsertSchools(tx, batch as School[]);
        else await upsertFigures(tx, batch as SchoolYearFigures[]);
        session.rowsWritten = at + batch.length;
        session.progress = session.rowsWritten / counts.toWrite.length;
      }
      if (session.cancelRequested) throw new ImportCancelled();
      // Rows the file confirms unchanged are the user's data too: a demo mark on them goes (domain/demo.ts).
      await unmarkDemo(tx, summary.kind === 'schools' ? 'school' : 'figures', session.records.map((r) => recordKey(summary.kind, r)));
      const id = await insertImportLog(tx, {
        fileName: session.fileName,
        sha256: summary.sha256,
        kind: summary.kind,
        importedAt: ctx.now().toISOString(),
        actor,
        rowsNew: counts.rowsNew,
        rowsChanged: counts.rowsChanged,
        rowsUnchanged: counts.rowsUnchanged,
      });
      return { id, rowsNew: counts.rowsNew, rowsChanged: counts.rowsChanged, rowsUnchanged: counts.rowsUnchanged };
    });
    session.phase = 'committed';
    session.commitId = result.id;
    session.records = [];
    session.planned = [];
    const status = sessionStatus(session);
    dropSession(session.id);
    return { ...status, summary: { ...summary, rowsNew: result.rowsNew, rowsChanged: result.rowsChanged, rowsUnchanged: result.rowsUnchanged } };
  } catch (error) {
    if (error instanceof ImportCancelled) {
      session.phase = 'cancelled';
      dropSession(session.id);
      throw new AppError('conflict', error.message);
    }
    session.phase = 'ready';
    throw error;
  }
}

/** Stops reading or writing; whatever happened so far is undone. */
export async function cancelImport(_ctx: ServiceContext, input: ValidatedInput<'cancelImport'>) {
  const session = findSession(input.previewId);
  if (!session) return { cancelled: true };
  session.cancelRequested = true;
  if (session.phase === 'reading') await session.done;
  if (session.phase !== 'committing') {
    session.phase = 'cancelled';
    session.records = [];
    session.planned = [];
    dropSession(session.id);
  }
  return { cancelled: true };
}

export function listImports(ctx: ServiceContext) {
  return listImportLog(ctx.db);
}

export async function importTemplate(_ctx: ServiceContext, input: ValidatedInput<'importTemplate'>) {
  return { fileName: templateFileName(input.kind), mimeType: 'text/csv', base64: Buffer.from(templateCsv(input.kind), 'utf8').toString('base64') };
}

/** The whole error list of a preview as CSV, every cell safe to open in a spreadsheet. */
export async function importErrorsCsv(_ctx: ServiceContext, input: ValidatedInput<'importErrorsCsv'>) {
  const session = requireSession(input.previewId);
  const rows = [['rij', 'kolom', 'waarde', 'reden'], ...session.errors.map((e) => [e.row, e.column, e.value, e.reason])];
  if (session.message) rows.push(['', '', '', session.message]);
  const base = session.fileName.replace(/\.[^.]*$/, '') || 'import';
  return { fileName: `${base}-fouten.csv`, mimeType: 'text/csv', base64: Buffer.from(toSafeCsv(rows), 'utf8').toString('base64') };
}

type Value = string | number | null;

/**
 * A page of what the commit would write: each row with its file row number,
 * the values as parsed (so "1.104" shows as 1104, "12,5" as 12.5, and a
 * leading zero stays), and for a changed row the old values and which fields change.
 */
export async function importPreviewRows(_ctx: ServiceContext, input: ValidatedInput<'importPreviewRows'>) {
  const session = requireSession(input.previewId);
  if (!session.summary) throw new AppError('conflict', 'De voorvertoning is nog niet klaar.', 'previewId');
  const kind = session.summary.kind;
  const chosen = input.status === 'all' ? session.planned : session.planned.filter((p) => p.status === input.status);
  const pick = (record: ImportRecord) => Object.fromEntries(fieldsOf(kind).map((f) => [f.key, ((record as unknown as Record<string, Value | undefined>)[f.key] ?? null)]));
  return {
    total: chosen.length,
    offset: input.offset,
    fields: fieldsOf(kind).map((f) => ({ key: f.key, column: f.column })),
    rows: chosen.slice(input.offset, input.offset + input.limit).map((p) => ({
      row: p.row,
      status: p.status,
      values: pick(p.record),
      before: p.before ? pick(p.before) : null,
      changed: p.before ? changedFields(kind, p.before, p.record) : [],
    })),
  };
}

export const importHandlers = {
  previewImport,
  importProgress,
  commitImport,
  cancelImport,
  listImports: (ctx: ServiceContext) => listImports(ctx),
  importTemplate,
  importErrorsCsv,
  importPreviewRows,
} satisfies HandlerMap<'previewImport' | 'importProgress' | 'commitImport' | 'cancelImport' | 'listImports' | 'importTemplate' | 'importErrorsCsv' | 'importPreviewRows'>;
