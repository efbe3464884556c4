import { createHash } from 'node:crypto';
import { entityIdOf, SYNC_TABLE_BY_ENTITY, type SyncTable } from '../main/db/repositories/sync-tables';
import { canonicalJson, conflictingVersions, currentVersion, type EntryState, mergeStates } from '../main/domain/exchange/revisions';
import { furthestStatus } from '../main/domain/inspection';
import type { PushRequest, PushResult, SyncPayload } from '../main/services/sync/protocol';
import { FOLLOWED_REFERRALS, writeScope } from './access';
import type { Principal } from './accounts';
import { type Client, type Pool, transaction } from './db';
import { CentralError } from './errors';
import type { Logger } from './log';
import { schoolSchema } from './schools';

/** Serializes pushes so that change numbers become visible in order: a pull's cursor never skips a change still being written. */
const PUSH_LOCK = 160016;

interface Row {
  entity: string;
  entityId: string;
  part: string | null;
  referralId: string | null;
  state: EntryState;
  conflict: boolean;
}

function bad(payload: SyncPayload, where: string, reason: string): never {
  throw new CentralError(400, 'invalid_input', `inspectie ${payload.inspectionId}: ${where}: ${reason}. Er is niets opgeslagen.`);
}

async function storeFrameworks(client: Client, request: PushRequest) {
  for (const f of request.frameworks) {
    if (createHash('sha256').update(f.content).digest('hex') !== f.sha256) throw new CentralError(400, 'invalid_input', `referentiekader ${f.id} ${f.version}: inhoud past niet bij sha256`);
    const { rows } = await client.query<{ sha256: string }>(
      'INSERT INTO frameworks (id, version, sha256, content) VALUES ($1, $2, $3, $4) ON CONFLICT (id, version) DO UPDATE SET id = excluded.id RETURNING sha256',
      [f.id, f.version, f.sha256, f.content],
    );
    if (rows[0].sha256 !== f.sha256) throw new CentralError(409, 'conflict', `referentiekader ${f.id} ${f.version} verschilt van het kader op de server`);
  }
}

/** The referral an entry belongs to (plan entries only), from its own record or its visit's. */
function referralOf(table: SyncTable, record: Record<string, unknown>, visitReferral: Map<string, string>): string | null {
  if (table.referral !== 'plan') return null;
  if (table.entity === 'referral') return String(record.id);
  // Rows of a visit (its progress, its attachments) belong to the visit's referral.
  if (table.entity === 'visit_progress' || table.entity === 'visit_attachment') return visitReferral.get(String(record.visit_id)) ?? null;
  return record.referral_id == null ? null : String(record.referral_id);
}

/**
 * Merges a laptop's batch into the shared record in one transaction: every
 * entry's versions joined with the centre's (the same join as a package),
 * each changed entry given a new change number. A batch sent twice changes
 * nothing the second time; a batch cut off changes nothing at all.
 */
export async function pushBatch(pool: Pool, principal: Principal, request: PushRequest, log: Logger): Promise<PushResult> {
  const scope = writeScope(principal);
  if (scope === 'none') throw new CentralError(403, 'forbidden', `Een account met rol ${principal.role} synchroniseert geen inspecties.`);
  return transaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [PUSH_LOCK]);
    await storeFrameworks(client, request);
    const result: PushResult = { accepted: 0, same: 0, conflicts: 0, refused: 0 };
    for (const payload of request.payloads) await pushPayload(client, principal, scope, payload, result, log);
    return result;
  });
}

async function pushPayload(client: Client, principal: Principal, scope: 'team' | 'plan', payload: SyncPayload, result: PushResult, log: Logger) {
  const { rows: found } = await client.query<{ team_id: string; status: string; member: boolean }>(
    `SELECT i.team_id, i.status, EXISTS (SELECT 1 FROM team_members m WHERE m.team_id = i.team_id AND m.user_id = $2) AS member
       FROM inspections i WHERE i.id = $1 FOR UPDATE`,
    [payload.inspectionId, principal.userId],
  );
  let inspection = found[0];
  const refuse = (count: number, reason: string) => {
    result.refused += count;
    log('warn', 'push_refused', { deviceId: principal.deviceId, userId: principal.userId, inspectionId: payload.inspectionId, entries: count, reason });
  };
  if (!inspection) {
    if (scope !== 'team') return refuse(payload.entries.length, 'unknown inspection from a task-force member');
    const { rows: teams } = await client.query<{ team_id: string }>('SELECT min(team_id) AS team_id FROM team_members WHERE user_id = $1', [principal.userId]);
    if (!teams[0]?.team_id) return refuse(payload.entries.length, 'no team');
    const { rows: fw } = await client.query('SELECT 1 FROM frameworks WHERE id = $1 AND version = $2 AND sha256 = $3', [payload.framework.id, payload.framework.version, payload.framework.sha256]);
    if (!fw.length) bad(payload, 'framework', `referentiekader ${payload.framework.id} ${payload.framework.version} ontbreekt op de server`);
    await client.query(
      `INSERT INTO inspections (id, team_id, instellingsnummer, framework_id, framework_version, status, school) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [payload.inspectionId, teams[0].team_id, String(payload.school.instellingsnummer), payload.framework.id, payload.framework.version, payload.inspectionStatus, JSON.stringify(payload.school)],
    );
    inspection = { team_id: teams[0].team_id, status: payload.inspectionStatus, member: true };
    // The school comes with its first inspection when the staff have not imported it yet (only a complete, valid one).
    if (schoolSchema.safeParse(payload.school).success) await client.query(`INSERT INTO schools (instellingsnummer, record, seq) VALUES ($1, $2, nextval('change_seq')) ON CONFLICT DO NOTHING`, [
      String(payload.school.instellingsnummer),
      JSON.stringify(payload.school),
    ]);
  }
  if (scope === 'team' && !inspection.member) return refuse(payload.entries.length, 'inspection of another team');

  const { rows: stored } = await client.query<{ entity: string; entity_id: string; heads: EntryState['heads']; referral_id: string | null }>(
    'SELECT entity, entity_id, heads, referral_id FROM entries WHERE inspection_id = $1',
    [payload.inspectionId],
  );
  const byKey = new Map(stored.map((r) => [`${r.entity}\u0000${r.entity_id}`, r]));
  const visitReferral = new Map<string, string>();
  for (const r of stored) if (r.entity === 'visit' && r.referral_id) visitReferral.set(JSON.parse(r.entity_id)[0], r.referral_id);
  for (const e of payload.entries) if (e.entity === 'visit') visitReferral.set(JSON.parse(e.id)[0], String(e.heads[0].record.referral_id));

  // A task-force member's referrals of this inspection, with the school each is of (which their push may never change).
  const followed = new Map<string, string>();
  if (scope === 'plan') {
    const { rows } = await client.query<{ id: string; instellingsnummer: string }>(
      `SELECT r.id, r.instellingsnummer FROM referrals r WHERE r.id IN (${FOLLOWED_REFERRALS}) AND r.inspection_id = $2`,
      [principal.userId, payload.inspectionId],
    );
    for (const r of rows) followed.set(r.id, r.instellingsnummer);
  }

  const changed: Row[] = [];
  for (const [index, entry] of payload.entries.entries()) {
    const where = `entries[${index}] (${entry.entity} ${entry.id})`;
    const table = SYNC_TABLE_BY_ENTITY.get(entry.entity);
    if (!table) bad(payload, where, `onbekend soort item '${entry.entity}'`);
    for (const head of entry.heads) {
      if (entityIdOf(table, head.record) !== entry.id) bad(payload, where, 'de sleutel van een versie past niet bij het item');
      if ('inspection_id' in head.record && head.record.inspection_id !== payload.inspectionId) bad(payload, where, 'hoort bij een andere inspectie');
      if (table.entity === 'inspection' && head.record.id !== payload.inspectionId) bad(payload, where, 'is een andere inspectie');
    }
    const key = `${entry.entity}\u0000${entry.id}`;
    const before = byKey.get(key);
    const mine: EntryState | undefined = before && { heads: before.heads };
    const merged = mine ? mergeStates(table.shape, mine, { heads: entry.heads }) : { heads: entry.heads };
    if (mine && canonicalJson(mine) === canonicalJson(merged)) {
      result.same += 1;
      continue;
    }
    const shown = currentVersion(table.shape, merged).record;
    const referralId = referralOf(table, shown, visitReferral);
    if (scope === 'plan' && (table.referral !== 'plan' || !referralId || !followed.has(referralId))) {
      refuse(1, `${entry.entity} outside the followed referrals' plans`);
      continue;
    }
    // Their own referral's phase and decisions are theirs to push; its school and inspection stay what the inspector sent.
    if (scope === 'plan' && table.entity === 'referral' && entry.heads.some((h) => String(h.record.instellingsnummer) !== followed.get(referralId!) || h.record.inspection_id !== payload.inspectionId)) {
      refuse(1, 'referral moved to another school or inspection');
      continue;
    }
    const conflict = conflictingVersions(table.shape, merged).length > 0;
    if (conflict) result.conflicts += 1;
    else result.accepted += 1;
    changed.push({ entity: entry.entity, entityId: entry.id, part: table.referral, referralId, state: merged, conflict });
    if (table.entity === 'referral') {
      // The school stays the first one's; the assigned member follows the referral's current version (reassigning moves it).
      await client.query(
        `INSERT INTO referrals (id, inspection_id, instellingsnummer, assigned_member) VALUES ($1, $2, $3, $4)
         ON CONFLICT (id) DO UPDATE SET assigned_member = excluded.assigned_member`,
        [String(shown.id), payload.inspectionId, String(shown.instellingsnummer), String(shown.assigned_member ?? '').trim()],
      );
    }
  }
  if (changed.length) {
    // One statement for the whole inspection: the rate of a plain batched insert.
    await client.query(
      `INSERT INTO entries (inspection_id, entity, entity_id, part, referral_id, heads, conflict, seq)
       SELECT $1, u.entity, u.entity_id, u.part, u.referral_id, u.heads::jsonb, u.conflict, nextval('change_seq')
         FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::boolean[]) AS u(entity, entity_id, part, referral_id, heads, conflict)
       ON CONFLICT (inspection_id, entity, entity_id) DO UPDATE
         SET heads = excluded.heads, conflict = excluded.conflict, seq = excluded.seq, part = excluded.part, referral_id = excluded.referral_id`,
      [
        payload.inspectionId,
        changed.map((r) => r.entity),
        changed.map((r) => r.entityId),
        changed.map((r) => r.part),
        changed.map((r) => r.referralId),
        changed.map((r) => JSON.stringify(r.state.heads)),
        changed.map((r) => r.conflict),
      ],
    );
  }
  const status = furthestStatus([inspection.status, scope === 'team' ? payload.inspectionStatus : inspection.status]);
  if (status !== inspection.status) {
    await client.query('UPDATE inspections SET status = $2 WHERE id = $1', [payload.inspectionId, status]);
    // The status is no entry's content: renumbering the inspection's own entry makes every laptop pull the new status.
    await client.query(`UPDATE entries SET seq = nextval('change_seq') WHERE inspection_id = $1 AND entity = 'inspection'`, [payload.inspectionId]);
  }
}
