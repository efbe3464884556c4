import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../api/envelope';
import { RecordInUseError, whileAlone } from '../app/record-lock';
import { inspectDatabaseFile, inspectOpenDatabase, restoreObjections, vacuumInto } from '../db/backup';
import { openDatabase } from '../db/open';
import type { ServiceContext } from './context';

/**
 * Backups of the record in <dataDir>/backups/: automatic ones (at start and
 * daily, the newest AUTO_BACKUPS_KEPT kept), manual ones (kept until the user
 * deletes them), and the copy of the record set aside before every restore.
 */
export const BACKUP_DIR = 'backups';
export const AUTO_BACKUPS_KEPT = 7;
const DAY_MS = 24 * 60 * 60 * 1000;
const NAME_PATTERN = /^(auto|manual|before-restore)-\d{8}-\d{6}(?:-\d+)?\.sqlite$/;

export type BackupKind = 'auto' | 'manual' | 'before-restore';

export interface BackupInfo {
  name: string;
  kind: BackupKind;
  createdAt: string;
  bytes: number;
}

export function backupDir(ctx: Pick<ServiceContext, 'dataDir'>): string {
  return join(ctx.dataDir, BACKUP_DIR);
}

function stamp(date: Date): string {
  const iso = date.toISOString();
  return `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}`;
}

/** A name that does not exist yet, even when two backups fall in the same second. */
function freshPath(dir: string, kind: BackupKind, date: Date): string {
  const base = `${kind}-${stamp(date)}`;
  let candidate = join(dir, `${base}.sqlite`);
  for (let n = 2; existsSync(candidate); n++) candidate = join(dir, `${base}-${n}.sqlite`);
  return candidate;
}

export function listBackups(ctx: Pick<ServiceContext, 'dataDir'>): BackupInfo[] {
  const dir = backupDir(ctx);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => NAME_PATTERN.test(name))
    .map((name) => {
      const stat = statSync(join(dir, name));
      const kind: BackupKind = name.startsWith('before-restore') ? 'before-restore' : name.startsWith('auto') ? 'auto' : 'manual';
      return { name, kind, createdAt: stat.mtime.toISOString(), bytes: stat.size };
    })
    .sort((a, b) => (a.name < b.name ? 1 : -1));
}

/** Writes a consistent copy of the record to `target` (which must not exist), checked after writing. */
export async function backupTo(ctx: Pick<ServiceContext, 'db'>, target: string): Promise<void> {
  if (existsSync(target)) throw new AppError('conflict', `Het bestand ${target} bestaat al; kies een andere naam.`, 'out');
  mkdirSync(dirname(target), { recursive: true });
  // Written beside the target and renamed, so a crash never leaves a half backup under the final name.
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  await vacuumInto(ctx.db, partial);
  const check = await inspectDatabaseFile(partial);
  if (check.integrity !== 'ok') {
    rmSync(partial, { force: true });
    throw new AppError('database', `De reservekopie is niet in orde (${check.integrity}); ze is niet bewaard.`);
  }
  renameSync(partial, target);
}

export async function createBackup(ctx: Pick<ServiceContext, 'db' | 'dataDir' | 'now'>, kind: BackupKind = 'manual'): Promise<BackupInfo> {
  const target = freshPath(backupDir(ctx), kind, ctx.now());
  mkdirSync(backupDir(ctx), { recursive: true });
  await backupTo(ctx, target);
  if (kind === 'auto') pruneAutomaticBackups(ctx);
  const info = listBackups(ctx).find((b) => b.name === basename(target));
  if (!info) throw new AppError('internal', 'De reservekopie is gemaakt maar niet teruggevonden.');
  return info;
}

/**
 * What a crash in the middle of a backup or restore leaves (a `*.partial`
 * copy, the `.restore-incoming` file): removed at the next start, so a
 * hostile or half-written file never lingers in the data folder.
 */
export function sweepInterruptedCopies(dataDir: string, databaseFile: string): string[] {
  const removed: string[] = [];
  const incoming = `${databaseFile}.restore-incoming`;
  if (existsSync(incoming)) {
    rmSync(incoming, { force: true });
    removed.push(basename(incoming));
  }
  const dir = join(dataDir, BACKUP_DIR);
  if (existsSync(dir)) {
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.partial'))) {
      rmSync(join(dir, name), { force: true });
      removed.push(name);
    }
  }
  return removed;
}

/** Keeps the newest `keep` automatic backups; manual ones are never removed automatically. */
export function pruneAutomaticBackups(ctx: Pick<ServiceContext, 'dataDir'>, keep = AUTO_BACKUPS_KEPT): string[] {
  const autos = listBackups(ctx).filter((b) => b.kind === 'auto');
  const removed = autos.slice(keep).map((b) => b.name);
  for (const name of removed) rmSync(join(backupDir(ctx), name), { force: true });
  return removed;
}

/** Makes an automatic backup when the newest one is older than a day (or there is none). */
export async function automaticBackupIfDue(ctx: Pick<ServiceContext, 'db' | 'dataDir' | 'now'>): Promise<BackupInfo | null> {
  const newest = listBackups(ctx).find((b) => b.kind === 'auto');
  if (newest && ctx.now().getTime() - Date.parse(newest.createdAt) < DAY_MS) return null;
  return createBackup(ctx, 'auto');
}

/** At start and then daily while the app runs; returns a function that stops the timer. */
export function startAutomaticBackups(ctx: ServiceContext, log: (message: string) => void = console.error): () => void {
  const run = () => automaticBackupIfDue(ctx).catch((error) => log(`[doorlicht] automatic backup failed: ${(error as Error).message}`));
  void run();
  const timer = setInterval(run, 60 * 60 * 1000);
  timer.unref();
  return () => clearInterval(timer);
}

/** Integrity check and row counts of the open record. */
export async function verifyDatabase(ctx: Pick<ServiceContext, 'db'>) {
  return inspectOpenDatabase(ctx.db);
}

/** Resolves a backup the UI names: only a plain name from the list, never a path. */
export function backupFileByName(ctx: Pick<ServiceContext, 'dataDir'>, name: string): string {
  if (!NAME_PATTERN.test(name)) throw new AppError('invalid_input', `Ongeldige naam van een reservekopie: ${name.slice(0, 80)}`, 'name');
  const file = join(backupDir(ctx), name);
  if (!existsSync(file)) throw new AppError('not_found', `Reservekopie ${name} niet gevonden.`, 'name');
  return file;
}

/**
 * Replaces the record with a checked copy of `source`, while the services run.
 *
 * 0. Refused while another program (app, browser mode, CLI) has the record
 *    open: it would go on writing to the file swapped away (app/record-lock.ts).
 * 1. The source is inspected read-only: integrity ok, a Doorlicht record, not
 *    from a newer version — otherwise nothing happens.
 * 2. The current record is backed up (before-restore-…), so a restore can be undone.
 * 3. The source is copied beside the record (a crash leaves only a stray temp file).
 * 4. The connection is closed (after every queued call has finished; closing
 *    checkpoints and removes -wal/-shm), leftover -wal/-shm are removed so they
 *    cannot be replayed onto the new file, and the copy is renamed over the record.
 * 5. The record is reopened (migrating an older copy) and put in `ctx.db`:
 *    every host and handler reads `ctx.db` per call, so the running
 *    ServiceContext keeps working. If reopening fails, the set-aside copy is put back.
 */
export async function restoreFrom(ctx: ServiceContext, source: string) {
  if (!existsSync(source)) throw new AppError('not_found', `Bestand ${source} niet gevonden.`, 'file');
  const stat = statSync(source);
  if (!stat.isFile()) throw new AppError('invalid_input', `Herstellen geweigerd: ${source} is ${stat.isDirectory() ? 'een map' : 'geen gewoon bestand'}, geen reservekopie. Er is niets gewijzigd.`, 'file');
  if (stat.size === 0) throw new AppError('invalid_input', `Herstellen geweigerd: ${basename(source)} is leeg (0 bytes), geen reservekopie. Er is niets gewijzigd.`, 'file');
  const inspection = await inspectDatabaseFile(source);
  const objections = restoreObjections(inspection);
  if (objections.length > 0) throw new AppError('invalid_input', `Herstellen geweigerd: ${objections.join('; ')}. Er is niets gewijzigd.`, 'file');

  try {
    return await whileAlone(ctx.dataDir, ctx.recordLock?.id, ctx.recordLock?.program ?? 'cli', async () => {
      const safety = await createBackup(ctx, 'before-restore');
      const live = ctx.db.file;
      const incoming = `${live}.restore-incoming`;
      copyFileSync(source, incoming);

      await ctx.db.close();
      for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${live}${suffix}`, { force: true });
      renameSync(incoming, live);
      try {
        ctx.db = await openDatabase(live);
      } catch (error) {
        copyFileSync(join(backupDir(ctx), safety.name), live);
        ctx.db = await openDatabase(live);
        throw new AppError('database', `De herstelde database kon niet geopend worden (${(error as Error).message}); de vorige is teruggezet.`);
      }
      return { restoredFrom: basename(source), keptAside: safety.name, counts: inspection.counts, schemaVersion: inspection.schemaVersion };
    });
  } catch (error) {
    // Another program writing to the file we swap would lose its acknowledged edits: refuse, naming it.
    if (error instanceof RecordInUseError) throw new AppError('conflict', `Herstellen geweigerd: ${error.message}. Er is niets gewijzigd.`, 'file');
    throw error;
  }
}
