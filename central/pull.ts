import { randomBytes } from 'node:crypto';
import type { PullRequest, PullResult, SyncPayload } from '../main/services/sync/protocol';
import { PACKAGE_SCHEMA_VERSION } from '../main/exchange/container';
import { visibleEntries, visibleInspections } from './access';
import type { Principal } from './accounts';
import { type Pool, transaction } from './db';

/** Entries that other entries point at: sent along whenever they changed, so a child never arrives before its parent. */
const PARENT_ENTITIES = ['inspection', 'evidence', 'referral', 'goal', 'visit'];
/** Inspections delivered whole in one page. */
const NEW_PER_PAGE = 25;
const SCHOOLS_PER_PAGE = 5_000;
const FIGURES_PER_PAGE = 10_000;

/** A checked pull request: every field there, but the figures cursor only from laptops that know figures. */
export type PullPageRequest = Required<Omit<PullRequest, 'figureCursor'>> & { figureCursor?: number };

interface EntryRow {
  inspection_id: string;
  entity: string;
  entity_id: string;
  /** The versions as stored JSON text: passed through to the response without parsing. */
  heads: string;
  referral_id: string | null;
  seq: string;
}

/**
 * One page of what this device may see and does not have yet, read in one
 * snapshot: first inspections it has never had (whole), then entries changed
 * after its cursor. Every row passes the role's visibility condition
 * (central/access.ts).
 */
export async function pullPage(pool: Pool, principal: Principal, request: PullPageRequest): Promise<PullResult> {
  return transaction(
    pool,
    async (client) => {
      const asOf = Number((await client.query<{ s: string }>('SELECT coalesce(max(seq), 0) AS s FROM entries')).rows[0].s);
      const known = Object.keys(request.known);
      const visible = visibleEntries(principal);
      const { rows: fresh } = await client.query<{ id: string }>(
        `SELECT id FROM inspections WHERE id IN (${visibleInspections(principal)}) AND NOT (id = ANY($2::text[])) ORDER BY id LIMIT ${NEW_PER_PAGE + 1}`,
        [principal.userId, known],
      );
      const delivered = fresh.slice(0, NEW_PER_PAGE).map((r) => r.id);
      let rows: EntryRow[] = [];
      let cursor = request.cursor;
      let more = fresh.length > NEW_PER_PAGE;
      if (delivered.length) {
        rows = (await client.query<EntryRow>(`SELECT e.inspection_id, e.entity, e.entity_id, e.heads::text AS heads, e.referral_id, e.seq FROM entries e WHERE e.inspection_id = ANY($2::text[]) AND ${visible}`, [principal.userId, delivered])).rows;
        more = true; // the changes of known inspections come in the next page
      } else {
        const floors = JSON.stringify(request.known);
        const { rows: changed } = await client.query<EntryRow>(
          `SELECT e.inspection_id, e.entity, e.entity_id, e.heads::text AS heads, e.referral_id, e.seq FROM entries e JOIN jsonb_each_text($2::jsonb) k ON k.key = e.inspection_id
            WHERE e.seq > greatest($3::bigint, k.value::bigint) AND ${visible} ORDER BY e.seq LIMIT $4`,
          [principal.userId, floors, request.cursor, request.limit],
        );
        rows = changed;
        more = changed.length === request.limit;
        cursor = more ? Number(changed[changed.length - 1].seq) : Math.max(asOf, request.cursor);
        if (more) {
          const touched = [...new Set(changed.map((r) => r.inspection_id))];
          const { rows: parents } = await client.query<EntryRow>(
            `SELECT e.inspection_id, e.entity, e.entity_id, e.heads::text AS heads, e.referral_id, e.seq FROM entries e WHERE e.inspection_id = ANY($2::text[]) AND e.entity = ANY($3::text[]) AND e.seq > $4 AND ${visible}`,
            [principal.userId, touched, PARENT_ENTITIES, cursor],
          );
          rows = [...rows, ...parents];
        }
      }
      const payloads = await payloadsOf(client, principal, rows);
      // A framework's text goes along only with inspections delivered whole: a laptop that knows an inspection has its framework.
      const frameworkKeys = [...new Set(payloads.filter((p) => delivered.includes(p.inspectionId)).map((p) => `${p.framework.id}\u0000${p.framework.version}`))];
      const frameworks = frameworkKeys.length
        ? (await client.query(`SELECT id, version, sha256, content FROM frameworks WHERE (id, version) IN (SELECT * FROM unnest($1::text[], $2::text[]))`, [
            frameworkKeys.map((k) => k.split('\u0000')[0]),
            frameworkKeys.map((k) => k.split('\u0000')[1]),
          ])).rows
        : [];
      const { rows: schools } = await client.query<{ record: Record<string, string | number | null>; seq: string }>(
        'SELECT record, seq FROM schools WHERE seq > $1 ORDER BY seq LIMIT $2',
        [request.schoolCursor, SCHOOLS_PER_PAGE],
      );
      const schoolCursor = schools.length ? Number(schools[schools.length - 1].seq) : request.schoolCursor;
      // Figures follow once the laptop has all schools (a figure row needs its school there); each changed row once.
      const schoolsDone = schools.length < SCHOOLS_PER_PAGE;
      const { rows: figures } = schoolsDone && request.figureCursor !== undefined
        ? await client.query<{ record: Record<string, string | number | null>; seq: string }>('SELECT record, seq FROM school_figures WHERE seq > $1 ORDER BY seq LIMIT $2', [
            request.figureCursor,
            FIGURES_PER_PAGE,
          ])
        : { rows: [] };
      const figureCursor = figures.length ? Number(figures[figures.length - 1].seq) : (request.figureCursor ?? 0);
      return {
        payloads,
        frameworks,
        schools: schools.map((s) => s.record),
        figures: figures.map((f) => f.record),
        delivered,
        asOf,
        cursor,
        schoolCursor,
        figureCursor,
        more: more || !schoolsDone || figures.length === FIGURES_PER_PAGE,
      };
    },
    'REPEATABLE READ READ ONLY',
  );
}

async function payloadsOf(client: import('./db').Client, principal: Principal, rows: EntryRow[]): Promise<SyncPayload[]> {
  const byInspection = new Map<string, Map<string, EntryRow>>();
  for (const r of rows) {
    const entries = byInspection.get(r.inspection_id) ?? new Map<string, EntryRow>();
    entries.set(`${r.entity}\u0000${r.entity_id}`, r);
    byInspection.set(r.inspection_id, entries);
  }
  if (!byInspection.size) return [];
  const { rows: inspections } = await client.query<{ id: string; status: string; school: Record<string, string | number | null>; framework_id: string; framework_version: string; sha256: string }>(
    `SELECT i.id, i.status, i.school, i.framework_id, i.framework_version, f.sha256
       FROM inspections i JOIN frameworks f ON f.id = i.framework_id AND f.version = i.framework_version WHERE i.id = ANY($1::text[])`,
    [[...byInspection.keys()]],
  );
  const taskforce = principal.role === 'taskforce';
  const referralOf = new Map<string, string>();
  if (taskforce) {
    const { rows: referrals } = await client.query<{ id: string; inspection_id: string }>('SELECT id, inspection_id FROM referrals WHERE inspection_id = ANY($1::text[]) ORDER BY id', [[...byInspection.keys()]]);
    for (const r of referrals) if (!referralOf.has(r.inspection_id)) referralOf.set(r.inspection_id, r.id);
  }
  return inspections.map((i): SyncPayload => {
    const entries = [...byInspection.get(i.id)!.values()];
    const referral = entries.find((e) => e.referral_id)?.referral_id ?? referralOf.get(i.id) ?? null;
    return {
      schemaVersion: PACKAGE_SCHEMA_VERSION,
      // A task-force member gets referral payloads: the plan merges, the inspection's shell only where the laptop lacks it.
      kind: taskforce && referral ? 'referral' : 'inspection',
      inspectionId: i.id,
      referralId: taskforce ? referral : null,
      inspectionStatus: i.status as SyncPayload['inspectionStatus'],
      school: i.school,
      framework: { id: i.framework_id, version: i.framework_version, sha256: i.sha256 },
      entries: entries.map((e) => ({ entity: e.entity, id: e.entity_id, heads: new RawJson(e.heads) as never })),
    };
  });
}

/** JSON text from the database that goes into a response as it is (see pullResultJson). */
export class RawJson {
  constructor(readonly text: string) {}
}

/**
 * The page as response text. Stored versions are spliced in as the database
 * holds them: a pull is then about the cost of a plain SELECT plus the wire,
 * not a parse and a stringify of every version on the server.
 */
export function pullResultJson(page: PullResult): string {
  const raws: string[] = [];
  // A random mark per response, so that no stored text can pose as a placeholder.
  const mark = randomBytes(8).toString('hex');
  const text = JSON.stringify(page, (_key, value: unknown) => {
    if (value instanceof RawJson) {
      raws.push(value.text);
      return `\u0000${mark}${raws.length - 1}\u0000`;
    }
    return value;
  });
  return text.replace(new RegExp(`"\\\\u0000${mark}(\\d+)\\\\u0000"`, 'g'), (_m, i: string) => raws[Number(i)]);
}
