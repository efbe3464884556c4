import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { type Client, type Pool, transaction } from './db';
import { CentralError } from './errors';

/** Accounts, teams and devices. Codes and credentials leave this module once, in clear; only their hashes are stored. */

export const ROLES = ['inspector', 'lead', 'taskforce', 'staff', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Principal {
  userId: number;
  name: string;
  role: Role;
  deviceId: string;
}

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const CODE_DAYS = 14;

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A code an administrator can read out on the phone: 12 characters without look-alikes (60 bits). */
function newCode(): string {
  const bytes = randomBytes(12);
  const chars = [...bytes].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}

function normalizeCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

async function teamId(client: Client, name: string): Promise<number> {
  const { rows } = await client.query<{ id: string }>(
    'INSERT INTO teams (name) VALUES ($1) ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id',
    [name],
  );
  return Number(rows[0].id);
}

export interface NewUser {
  name: string;
  role: Role;
  teams?: readonly string[];
  /** For a task-force member: the schools whose referrals they follow. */
  schools?: readonly string[];
}

export async function addUser(pool: Pool, user: NewUser): Promise<{ userId: number; code: string }> {
  if (!ROLES.includes(user.role)) throw new CentralError(400, 'invalid_input', `rol '${user.role}' bestaat niet; kies ${ROLES.join(', ')}`);
  if (!user.name.trim()) throw new CentralError(400, 'invalid_input', 'naam mag niet leeg zijn');
  if ((user.role === 'inspector' || user.role === 'lead') && !user.teams?.length) {
    throw new CentralError(400, 'invalid_input', `een ${user.role} hoort bij een team: geef --team`);
  }
  return transaction(pool, async (client) => {
    const { rows } = await client.query<{ id: string }>('INSERT INTO users (name, role) VALUES ($1, $2) RETURNING id', [user.name.trim(), user.role]).catch((error: { code?: string }) => {
      // A referral finds its task-force member by name (central/access.ts): the name must say who.
      if (error.code === '23505') throw new CentralError(409, 'conflict', `er is al een task-force-lid met de naam '${user.name.trim()}'; kies een naam die zegt wie het is`);
      throw error;
    });
    const userId = Number(rows[0].id);
    for (const team of user.teams ?? []) {
      await client.query('INSERT INTO team_members (team_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [await teamId(client, team), userId]);
    }
    for (const school of user.schools ?? []) {
      await client.query('INSERT INTO taskforce_schools (user_id, instellingsnummer) VALUES ($1, $2) ON CONFLICT DO NOTHING', [userId, school]);
    }
    return { userId, code: await issueCode(client, userId) };
  });
}

/** A new one-time code for a user (a second laptop, or a replacement for a lost one). */
export async function issueCode(client: Client | Pool, userId: number): Promise<string> {
  const code = newCode();
  await client.query(`INSERT INTO enrolment_codes (code_hash, user_id, expires_at) VALUES ($1, $2, now() + interval '${CODE_DAYS} days')`, [
    sha256(normalizeCode(code)),
    userId,
  ]);
  return code;
}

export async function followSchool(pool: Pool, userId: number, instellingsnummer: string): Promise<void> {
  await pool.query('INSERT INTO taskforce_schools (user_id, instellingsnummer) VALUES ($1, $2) ON CONFLICT DO NOTHING', [userId, instellingsnummer]);
}

/** Trades a one-time code for a device and its credential; the code is spent in the same transaction, so it works once. */
export async function enrol(pool: Pool, code: string, label: string): Promise<{ deviceId: string; credential: string; user: { name: string; role: Role } }> {
  return transaction(pool, async (client) => {
    const { rows } = await client.query<{ user_id: string; used_at: Date | null; expired: boolean; name: string; role: Role }>(
      `SELECT c.user_id, c.used_at, c.expires_at < now() AS expired, u.name, u.role
         FROM enrolment_codes c JOIN users u ON u.id = c.user_id WHERE c.code_hash = $1 FOR UPDATE OF c`,
      [sha256(normalizeCode(code))],
    );
    const found = rows[0];
    if (!found) throw new CentralError(401, 'unauthorized', 'Deze aanmeldcode is onbekend. Vraag de beheerder een nieuwe code.');
    if (found.used_at) throw new CentralError(401, 'unauthorized', 'Deze aanmeldcode is al gebruikt. Vraag de beheerder een nieuwe code.');
    if (found.expired) throw new CentralError(401, 'unauthorized', 'Deze aanmeldcode is verlopen. Vraag de beheerder een nieuwe code.');
    await client.query('UPDATE enrolment_codes SET used_at = now() WHERE code_hash = $1', [sha256(normalizeCode(code))]);
    const deviceId = randomUUID();
    const secret = randomBytes(32).toString('base64url');
    await client.query('INSERT INTO devices (id, user_id, credential_hash, label) VALUES ($1, $2, $3, $4)', [deviceId, found.user_id, sha256(secret), label.slice(0, 200)]);
    return { deviceId, credential: `${deviceId}.${secret}`, user: { name: found.name, role: found.role } };
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Who is asking: the device's bearer credential checked against its hash; a revoked device is refused (the caller logs it). */
export async function authenticate(pool: Pool, authorization: string | undefined): Promise<Principal> {
  const token = /^Bearer ([^\s]+)$/.exec(authorization ?? '')?.[1] ?? '';
  const [deviceId, secret] = token.split('.', 2);
  if (!deviceId || !secret || !UUID.test(deviceId)) throw new CentralError(401, 'unauthorized', 'Dit toestel is niet aangemeld bij de centrale server.');
  const { rows } = await pool.query<{ user_id: string; credential_hash: string; revoked_at: Date | null; name: string; role: Role }>(
    'SELECT d.user_id, d.credential_hash, d.revoked_at, u.name, u.role FROM devices d JOIN users u ON u.id = d.user_id WHERE d.id = $1',
    [deviceId],
  );
  const device = rows[0];
  const given = Buffer.from(sha256(secret), 'hex');
  if (!device || !timingSafeEqual(given, Buffer.from(device.credential_hash, 'hex'))) {
    throw new CentralError(401, 'unauthorized', 'De sleutel van dit toestel klopt niet.');
  }
  if (device.revoked_at) throw new CentralError(403, 'revoked', 'Dit toestel is ingetrokken door de beheerder; synchroniseren kan niet meer.');
  await pool.query('UPDATE devices SET last_seen_at = now() WHERE id = $1', [deviceId]);
  return { userId: Number(device.user_id), name: device.name, role: device.role, deviceId };
}

export async function revokeDevice(pool: Pool, deviceId: string): Promise<void> {
  if (!UUID.test(deviceId)) throw new CentralError(400, 'invalid_input', `'${deviceId}' is geen toestel-id`);
  const { rowCount } = await pool.query('UPDATE devices SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1', [deviceId]);
  if (!rowCount) throw new CentralError(404, 'not_found', `Geen toestel met id ${deviceId}`);
}

export async function securityEvent(pool: Pool, kind: string, fields: { deviceId?: string; userId?: number; detail?: string }): Promise<void> {
  await pool.query('INSERT INTO security_events (kind, device_id, user_id, detail) VALUES ($1, $2, $3, $4)', [kind, fields.deviceId ?? null, fields.userId ?? null, fields.detail ?? '']);
}
