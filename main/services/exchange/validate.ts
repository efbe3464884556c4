import { AppError } from '../../api/envelope';
import type { SqlExecutor } from '../../db/connection';
import { rowExists, syncKey, tableColumns } from '../../db/repositories/sync';
import { entityIdOf, SYNC_TABLE_BY_ENTITY, SYNC_TABLES, type SyncTable } from '../../db/repositories/sync-tables';
import type { EntryState } from '../../domain/exchange/revisions';
import type { PackagePayload } from './payload';
import type { LocalEntry } from './snapshot';

export interface IncomingEntry {
  table: SyncTable;
  entityId: string;
  state: EntryState;
}

/** Which column ties a child row to its parent entity, for the scope check. */
const PARENT_LINKS: Record<string, Array<{ column: string; parent: string }>> = {
  attachment: [{ column: 'evidence_id', parent: 'evidence' }],
  goal: [{ column: 'referral_id', parent: 'referral' }],
  action: [{ column: 'referral_id', parent: 'referral' }],
  visit: [{ column: 'referral_id', parent: 'referral' }],
  milestone: [{ column: 'referral_id', parent: 'referral' }],
  visit_progress: [
    { column: 'visit_id', parent: 'visit' },
    { column: 'goal_id', parent: 'goal' },
  ],
};

/**
 * Checks every entry of a package against this workbench before anything
 * is written: known kinds, the exact columns of this schema, ids that match
 * their rows, and rows that all belong to the package's inspection — a
 * package can never reach into another inspection. Throws with the file,
 * the entry and the column at fault.
 */
export async function checkEntries(tx: SqlExecutor, fileName: string, payload: PackagePayload, local: Map<string, LocalEntry>): Promise<IncomingEntry[]> {
  const allowed = new Set(SYNC_TABLES.filter((t) => payload.kind === 'inspection' || t.inReferral).map((t) => t.entity));
  const columnsOf = new Map<string, string[]>();
  for (const t of SYNC_TABLES) columnsOf.set(t.entity, await tableColumns(tx, t.table));
  const bad = (where: string, reason: string): never => {
    throw new AppError('invalid_input', `${fileName}: ${where}: ${reason}. Er is niets ingelezen.`, 'file');
  };

  const incoming: IncomingEntry[] = [];
  const idsOf = new Map<string, Set<string>>();
  const seen = new Set<string>();
  for (const [index, entry] of payload.entries.entries()) {
    const where = `entries[${index}] (${entry.entity} ${entry.id})`;
    const table = SYNC_TABLE_BY_ENTITY.get(entry.entity);
    if (!table || !allowed.has(entry.entity)) bad(where, `onbekend soort item '${entry.entity}' voor een ${payload.kind}-pakket`);
    const key = syncKey(table!.entity, entry.id);
    if (seen.has(key)) bad(where, 'komt twee keer voor');
    seen.add(key);
    const columns = columnsOf.get(table!.entity)!;
    for (const head of entry.heads) {
      const given = Object.keys(head.record);
      const unknown = given.find((c) => !columns.includes(c));
      if (unknown) bad(where, `kolom '${unknown}' bestaat niet in ${table!.table}`);
      const absent = columns.find((c) => !given.includes(c));
      if (absent) bad(where, `kolom '${absent}' ontbreekt`);
      if (entityIdOf(table!, head.record) !== entry.id) bad(where, 'de sleutel van een versie past niet bij het item');
      if ('inspection_id' in head.record && head.record.inspection_id !== payload.inspectionId) bad(where, 'hoort bij een andere inspectie');
      if (table!.entity === 'inspection' && head.record.id !== payload.inspectionId) bad(where, 'is een andere inspectie');
      if (table!.entity === 'attachment' && !/^[0-9a-f]{64}(\.[a-z0-9]{1,10})?$/.test(String(head.record.stored_name))) bad(where, 'ongeldige bestandsnaam van de bijlage');
    }
    if (!local.has(key) && (await rowExists(tx, table!, entry.heads[0].record))) bad(where, 'bestaat hier al in een andere inspectie');
    incoming.push({ table: table!, entityId: entry.id, state: { heads: entry.heads } });
    idsOf.set(table!.entity, (idsOf.get(table!.entity) ?? new Set()).add(String(entry.heads[0].record[table!.key[0]])));
  }
  for (const entry of local.values()) {
    if (entry.live) idsOf.set(entry.table.entity, (idsOf.get(entry.table.entity) ?? new Set()).add(String(entry.live[entry.table.key[0]])));
  }
  for (const entry of incoming) {
    for (const link of PARENT_LINKS[entry.table.entity] ?? []) {
      for (const head of entry.state.heads) {
        const parent = head.record[link.column];
        if (parent !== null && !idsOf.get(link.parent)?.has(String(parent))) {
          bad(`${entry.table.entity} ${entry.entityId}`, `${link.column} verwijst naar een ${link.parent} buiten deze inspectie`);
        }
      }
    }
  }
  if (!incoming.some((e) => e.table.entity === 'inspection') && !local.has(syncKey('inspection', JSON.stringify([payload.inspectionId])))) {
    bad('entries', 'de inspectie zelf ontbreekt');
  }
  return incoming;
}
