import { AppError } from '../../api/envelope';
import type { SqlExecutor } from '../../db/connection';
import { rowExists, syncKey, tableColumns } from '../../db/repositories/sync';
import { ATTACHMENT_ENTITIES, entityIdOf, SYNC_TABLE_BY_ENTITY, SYNC_TABLES, type SyncTable } from '../../db/repositories/sync-tables';
import { contentKey, type EntryState, REMOVED } from '../../domain/exchange/revisions';
import { STORED_NAME } from './attachments';
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
  action: [
    { column: 'referral_id', parent: 'referral' },
    { column: 'goal_id', parent: 'goal' },
  ],
  visit: [{ column: 'referral_id', parent: 'referral' }],
  milestone: [{ column: 'referral_id', parent: 'referral' }],
  board_contact: [{ column: 'referral_id', parent: 'referral' }],
  visit_attachment: [{ column: 'visit_id', parent: 'visit' }],
  decision: [{ column: 'referral_id', parent: 'referral' }],
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
  const allowed = new Set(SYNC_TABLES.filter((t) => payload.kind === 'inspection' || t.referral !== null).map((t) => t.entity));
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
    if (!table || !allowed.has(table.entity)) bad(where, `onbekend soort item '${entry.entity}' voor een ${payload.kind}-pakket`);
    const key = syncKey(table!.entity, entry.id);
    if (seen.has(key)) bad(where, 'komt twee keer voor');
    seen.add(key);
    const columns = columnsOf.get(table!.entity)!;
    for (const head of entry.heads) {
      const removal = REMOVED in head.record;
      if (removal && head.record[REMOVED] !== 1) bad(where, `kolom '${REMOVED}' moet 1 zijn`);
      if (removal && table!.shape.deletedColumn) bad(where, `${table!.table} verwijdert met ${table!.shape.deletedColumn}, niet met '${REMOVED}'`);
      const given = Object.keys(head.record).filter((c) => c !== REMOVED);
      const unknown = given.find((c) => !columns.includes(c));
      if (unknown) bad(where, `kolom '${unknown}' bestaat niet in ${table!.table}`);
      const absent = columns.find((c) => !given.includes(c));
      if (absent) bad(where, `kolom '${absent}' ontbreekt`);
      if (entityIdOf(table!, head.record) !== entry.id) bad(where, 'de sleutel van een versie past niet bij het item');
      if ('inspection_id' in head.record && head.record.inspection_id !== payload.inspectionId) bad(where, 'hoort bij een andere inspectie');
      if (table!.entity === 'inspection' && head.record.id !== payload.inspectionId) bad(where, 'is een andere inspectie');
      if (ATTACHMENT_ENTITIES.has(table!.entity) && STORED_NAME.exec(String(head.record.stored_name))?.[1] !== head.record.sha256) bad(where, 'ongeldige bestandsnaam van de bijlage');
      if (table!.entity === 'inspection' && (head.record.instellingsnummer !== payload.school.instellingsnummer || head.record.framework_id !== payload.framework.id || head.record.framework_version !== payload.framework.version)) {
        bad(where, 'school of referentiekader past niet bij het pakket');
      }
      if (table!.entity === 'referral' && head.record.instellingsnummer !== payload.school.instellingsnummer) bad(where, 'hoort bij een andere school');
      const mine = local.get(syncKey(table!.entity, entry.id))?.state.heads.find((h) => h.rev === head.rev);
      if (mine && contentKey(table!.shape, mine.record) !== contentKey(table!.shape, head.record)) bad(where, `versie ${head.rev} heeft hier een andere inhoud; het pakket is niet te vertrouwen`);
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
