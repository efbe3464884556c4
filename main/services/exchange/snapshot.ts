import type { SqlExecutor } from '../../db/connection';
import { loadSyncStates, saveSyncState, scopedRows, syncKey } from '../../db/repositories/sync';
import type { SyncTable } from '../../db/repositories/sync-tables';
import { commitLocal, conflictingVersions, currentVersion, type EntryRecord, type EntryState, isRemoved, REMOVED } from '../../domain/exchange/revisions';

export interface LocalEntry {
  table: SyncTable;
  entityId: string;
  /** The row as the workbench has it now; absent when only the recorded versions know it. */
  live?: EntryRecord;
  state: EntryState;
}

/**
 * The inspection's entries as versions, with every local edit since the last
 * exchange recorded as a new version first (run inside the transaction that
 * exports or merges, so that nothing slips between reading and recording).
 */
export async function snapshotInspection(tx: SqlExecutor, inspectionId: string, tables: readonly SyncTable[]): Promise<Map<string, LocalEntry>> {
  const recorded = await loadSyncStates(tx, inspectionId);
  const entries = new Map<string, LocalEntry>();
  for (const table of tables) {
    const rows = await scopedRows(tx, table, inspectionId);
    for (const [entityId, live] of rows) {
      const key = syncKey(table.entity, entityId);
      const before = recorded.get(key);
      const state = commitLocal(table.shape, before, live);
      if (state !== before) await saveSyncState(tx, inspectionId, table.entity, entityId, state, conflictingVersions(table.shape, state).length > 0);
      entries.set(key, { table, entityId, live, state });
    }
    // A recorded row this workbench no longer has was removed here: that removal becomes a version of its own.
    for (const [key, before] of recorded) {
      if (entries.has(key) || !key.startsWith(`${table.entity}\u0000`)) continue;
      const entityId = key.slice(table.entity.length + 1);
      const shown = currentVersion(table.shape, before).record;
      const state = isRemoved(shown) ? before : commitLocal(table.shape, before, { ...shown, [REMOVED]: 1 });
      if (state !== before) await saveSyncState(tx, inspectionId, table.entity, entityId, state, conflictingVersions(table.shape, state).length > 0);
      entries.set(key, { table, entityId, state });
    }
  }
  return entries;
}
