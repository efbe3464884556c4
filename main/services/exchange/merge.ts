import { AppError } from '../../api/envelope';
import type { SqlExecutor } from '../../db/connection';
import { appendMergeAudit, applyVersion, saveSyncState, syncKey } from '../../db/repositories/sync';
import { SYNC_TABLES } from '../../db/repositories/sync-tables';
import { classifyMerge, type MergeOutcome } from '../../domain/exchange/outcome';
import { canonicalJson, conflictingVersions, currentVersion, type EntryRecord, mergeStates } from '../../domain/exchange/revisions';
import { sqlProblem } from './files';
import type { LocalEntry } from './snapshot';
import type { IncomingEntry } from './validate';

export interface MergeContext {
  inspectionId: string;
  fileName: string;
  at: string;
  actor: string;
  /** Said in the audit trail beside every change the package made. */
  origin: string;
}

export interface MergedEntry {
  entity: string;
  entityId: string;
  outcome: MergeOutcome;
}

const order = (e: IncomingEntry) => SYNC_TABLES.indexOf(e.table);

/**
 * Merges a package's entries into the inspection (inside the caller's
 * transaction): each entry's versions are joined with the local ones; the
 * version to show is written to the workbench's table; every change is
 * audited with where it came from.
 */
export async function mergeEntries(tx: SqlExecutor, m: MergeContext, local: Map<string, LocalEntry>, incoming: IncomingEntry[]): Promise<MergedEntry[]> {
  const results: MergedEntry[] = [];
  for (const entry of [...incoming].sort((a, b) => order(a) - order(b))) {
    const { table, entityId } = entry;
    const mine = local.get(syncKey(table.entity, entityId));
    const merged = mine ? mergeStates(table.shape, mine.state, entry.state) : entry.state;
    const outcome = classifyMerge(table.shape, mine?.state, merged);
    results.push({ entity: table.entity, entityId, outcome });
    if (mine && canonicalJson(mine.state) === canonicalJson(merged)) continue;
    await saveSyncState(tx, m.inspectionId, table.entity, entityId, merged, outcome === 'conflict');
    const shown = currentVersion(table.shape, merged).record;
    if (mine?.live && canonicalJson(mine.live) === canonicalJson(shown)) continue;
    await writeShown(tx, m, table.table, entityId, table, shown);
    // The same change made on both laptops: only who-and-when differs, which every copy settles the same way; not worth an audit line.
    if (outcome === 'same') continue;
    await appendMergeAudit(tx, {
      inspectionId: m.inspectionId,
      at: m.at,
      actor: m.actor,
      entity: table.entity,
      entityId,
      field: outcome === 'conflict' ? 'merge_conflict' : 'merge',
      oldValue: mine?.live ? JSON.stringify(mine.live) : null,
      newValue: JSON.stringify(shown),
      origin: `${m.origin}; versie van ${authorOf(table.shape.updatedByColumn, shown)}${outcome === 'conflict' ? `; conflict met ${conflictingVersions(table.shape, merged).length - 1} andere versie(s)` : ''}`,
    });
  }
  return results;
}

function authorOf(column: string | undefined, record: EntryRecord): string {
  return column ? String(record[column] ?? 'onbekend') : 'onbekend';
}

async function writeShown(tx: SqlExecutor, m: MergeContext, tableName: string, entityId: string, table: IncomingEntry['table'], record: EntryRecord) {
  try {
    await applyVersion(tx, table, record);
  } catch (error) {
    throw new AppError(
      'invalid_input',
      `${m.fileName}: ${table.entity} ${entityId} past niet in ${tableName}: ${sqlProblem(error)}. Er is niets ingelezen.`,
      'file',
    );
  }
}
