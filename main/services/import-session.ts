import { randomUUID } from 'node:crypto';
import type { ImportKind } from '../domain/import/fields';
import { IMPORT_LIMITS } from '../domain/import/limits';
import type { ImportError, ImportRecord } from '../domain/import/validate';
import type { TableInfo } from '../import/table';
import type { PlannedRow } from './import-classify';

export type ImportPhase = 'reading' | 'ready' | 'failed' | 'cancelled' | 'committing' | 'committed';

export interface ImportSummary {
  kind: ImportKind;
  fileName: string;
  sha256: string;
  format: TableInfo['format'];
  encoding: string | null;
  delimiter: string | null;
  sheet: string | null;
  rows: number;
  rowsNew: number;
  rowsChanged: number;
  rowsUnchanged: number;
  /** Data rows with at least one error (rows, not errors: one row can hold several). */
  rowsWithErrors: number;
  columns: string[];
  ignoredColumns: string[];
  /** Rows of the file for schools now held as demo schools: after the import those schools are real (domain/demo.ts). */
  rowsForDemoSchools: number;
  /** The record also holds demo data, which this import does not remove (Instellingen → Demogegevens does). */
  recordHoldsDemo: boolean;
}

/** One file on its way in: read and validated in the background, held until committed or cancelled. */
export interface ImportSession {
  id: string;
  fileName: string;
  phase: ImportPhase;
  progress: number;
  rowsRead: number;
  rowsWritten: number;
  cancelRequested: boolean;
  /** Why a file could not be read at all (phase failed). */
  message: string | null;
  summary: ImportSummary | null;
  errors: ImportError[];
  errorCount: number;
  records: ImportRecord[];
  /** The rows a commit would write, in file order, for the preview to page through. */
  planned: PlannedRow[];
  /** Settles when reading and validation are over (ready, failed or cancelled). */
  done: Promise<void>;
  commitId: number | null;
}

/** The previews open in this process; the oldest is dropped past the limit so memory stays bounded. */
const sessions = new Map<string, ImportSession>();

export function createSession(fileName: string): ImportSession {
  while (sessions.size >= IMPORT_LIMITS.maxOpenPreviews) {
    const oldest = [...sessions.values()].find((s) => s.phase !== 'committing' && s.phase !== 'reading') ?? null;
    if (!oldest) break;
    sessions.delete(oldest.id);
  }
  const session: ImportSession = {
    id: randomUUID(),
    fileName,
    phase: 'reading',
    progress: 0,
    rowsRead: 0,
    rowsWritten: 0,
    cancelRequested: false,
    message: null,
    summary: null,
    errors: [],
    errorCount: 0,
    records: [],
    planned: [],
    done: Promise.resolve(),
    commitId: null,
  };
  sessions.set(session.id, session);
  return session;
}

export function findSession(id: string): ImportSession | undefined {
  return sessions.get(id);
}

export function dropSession(id: string): void {
  sessions.delete(id);
}

/** What the UI polls: the state, and once known the summary and the first errors. */
export function sessionStatus(session: ImportSession) {
  const settled = session.phase !== 'reading';
  return {
    previewId: session.id,
    fileName: session.fileName,
    phase: session.phase,
    progress: session.progress,
    rowsRead: session.rowsRead,
    rowsWritten: session.rowsWritten,
    message: session.message,
    summary: session.summary,
    errors: settled ? session.errors.slice(0, IMPORT_LIMITS.maxErrorsShown) : [],
    errorCount: session.errorCount,
    importId: session.commitId,
  };
}

export type ImportStatus = ReturnType<typeof sessionStatus>;
