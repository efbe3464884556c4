import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/**
 * Who has the record open. Every program that opens a data folder (the
 * desktop app, browser mode, the CLI) writes a small file in
 * `<dataDir>/locks/` and removes it when it closes; a process that died
 * without removing its file is recognised by its pid and ignored (and the
 * file swept). Several programs may share the record — SQLite's own locks
 * keep their writes apart — but swapping the file (a restore) is only safe
 * when nobody else has it open, so a restore takes the exclusive
 * `restoring` marker first and then checks the holders, and an opener
 * registers first and then checks the marker: one of the two always sees
 * the other.
 */
export type Program = 'desktop' | 'browser' | 'cli';

export interface LockHolder {
  id: string;
  pid: number;
  host: string;
  program: Program;
  /** What it is doing, for the message (e.g. the CLI command). */
  detail?: string;
  since: string;
}

export const LOCK_DIR = 'locks';
const RESTORE_MARKER = 'restoring.json';

export const PROGRAM_NAMES: Record<Program, string> = {
  desktop: 'de Doorlicht-app',
  browser: 'Doorlicht in browsermodus',
  cli: 'de Doorlicht-opdrachtregel',
};

export class RecordInUseError extends Error {
  constructor(
    message: string,
    readonly holders: LockHolder[],
  ) {
    super(message);
    this.name = 'RecordInUseError';
  }
}

/** Alive as far as this machine can tell: signal 0 reaches it (EPERM: it exists, under another user). */
function isAlive(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return true; // a shared folder: another machine's pid cannot be checked here
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(file: string): LockHolder | null {
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as LockHolder;
    return typeof value.pid === 'number' && typeof value.id === 'string' ? value : null;
  } catch {
    return null;
  }
}

/** Live holders other than `exceptId`; files of dead processes (and unreadable ones) are removed on the way. */
export function liveHolders(dataDir: string, exceptId?: string): LockHolder[] {
  const dir = join(dataDir, LOCK_DIR);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const holders: LockHolder[] = [];
  for (const name of names) {
    if (!name.endsWith('.json') || name === RESTORE_MARKER) continue;
    const file = join(dir, name);
    const holder = readHolder(file);
    if (!holder || !isAlive(holder)) {
      rmSync(file, { force: true });
      continue;
    }
    if (holder.id !== exceptId) holders.push(holder);
  }
  return holders;
}

/** "de Doorlicht-app (pid 1234, sinds 05:30)" — what a user needs to find and close it. */
export function describeHolder(holder: LockHolder): string {
  const since = holder.since.slice(11, 16);
  const where = holder.host !== hostname() ? ` op ${holder.host}` : '';
  return `${PROGRAM_NAMES[holder.program] ?? holder.program}${holder.detail ? ` (${holder.detail})` : ''}, pid ${holder.pid}${where}, open sinds ${since} UTC`;
}

function newHolder(program: Program, detail?: string): LockHolder {
  return { id: `${process.pid}-${randomBytes(6).toString('hex')}`, pid: process.pid, host: hostname(), program, detail, since: new Date().toISOString() };
}

/** This process's lock files, removed on a normal exit even when a program forgets to close (one listener for all). */
const heldFiles = new Set<string>();
process.once('exit', () => {
  for (const file of heldFiles) rmSync(file, { force: true });
});

export interface RecordLock {
  holder: LockHolder;
  release(): void;
}

/** Registers this program as a holder of the record; refused while a restore is swapping the file. */
export function acquireRecordLock(dataDir: string, program: Program, detail?: string): RecordLock {
  const dir = join(dataDir, LOCK_DIR);
  mkdirSync(dir, { recursive: true });
  const holder = newHolder(program, detail);
  const file = join(dir, `${holder.id}.json`);
  writeFileSync(file, JSON.stringify(holder), { flag: 'wx' });
  heldFiles.add(file);
  const release = () => {
    rmSync(file, { force: true });
    heldFiles.delete(file);
  };
  const restoring = readHolder(join(dir, RESTORE_MARKER));
  if (restoring && isAlive(restoring)) {
    release();
    throw new RecordInUseError(`Er wordt net een reservekopie teruggezet door ${describeHolder(restoring)}. Wacht tot dat klaar is en probeer opnieuw.`, [restoring]);
  }
  return { holder, release };
}

/**
 * Runs `work` (the file swap) only when no other program has the record
 * open; the marker keeps new openers out meanwhile. `ownId` is the caller's
 * own registration, which does not count.
 */
export async function whileAlone<T>(dataDir: string, ownId: string | undefined, program: Program, work: () => Promise<T>): Promise<T> {
  const dir = join(dataDir, LOCK_DIR);
  mkdirSync(dir, { recursive: true });
  const markerFile = join(dir, RESTORE_MARKER);
  const marker = newHolder(program, 'herstellen');
  const previous = readHolder(markerFile);
  if (previous && !isAlive(previous)) rmSync(markerFile, { force: true });
  try {
    writeFileSync(markerFile, JSON.stringify(marker), { flag: 'wx' });
  } catch {
    const other = readHolder(markerFile);
    throw new RecordInUseError(`Er wordt al een reservekopie teruggezet${other ? ` door ${describeHolder(other)}` : ''}.`, other ? [other] : []);
  }
  try {
    const others = liveHolders(dataDir, ownId);
    if (others.length > 0) {
      throw new RecordInUseError(
        `de database is nu open in ${others.map(describeHolder).join('; ')}. Sluit dat programma eerst en probeer opnieuw`,
        others,
      );
    }
    return await work();
  } finally {
    rmSync(markerFile, { force: true });
  }
}
