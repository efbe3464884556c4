import { chmodSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../api/envelope';
import { deleteSetting, getSetting } from '../../db/repositories/settings';
import type { ServiceContext } from '../context';

/**
 * The device credential lives outside the record: not in the database, so a
 * backup, a package or an export can never carry it. It is one small file in
 * the data folder, readable by its owner only (0600). Where the program has
 * the operating system's secret store (Electron's safeStorage: Keychain,
 * DPAPI, libsecret), the file holds the credential sealed by it, so a copy
 * of the folder on another machine or account is of no use either.
 */
export const CREDENTIAL_FILE = 'central-credential.json';

/** Seals a secret with a key that never leaves this machine's account (Electron's safeStorage). */
export interface SecretSealer {
  /** Said in the file, so a program without this sealer says why it cannot read it. */
  readonly kind: string;
  seal(plain: string): Buffer;
  open(sealed: Buffer): string;
}

const fileSchema = z.object({ sealing: z.string().min(1).max(50), value: z.string().min(1).max(10_000) }).strict();

const fileOf = (ctx: ServiceContext) => join(ctx.dataDir, CREDENTIAL_FILE);

export function writeCredential(ctx: ServiceContext, credential: string): void {
  const sealer = ctx.secretSealer;
  const body = sealer ? { sealing: sealer.kind, value: sealer.seal(credential).toString('base64') } : { sealing: 'none', value: credential };
  const file = fileOf(ctx);
  const temp = `${file}.${process.pid}.tmp`;
  // Created 0600 and renamed into place: never readable by others, never half written.
  writeFileSync(temp, JSON.stringify(body), { mode: 0o600 });
  chmodSync(temp, 0o600);
  renameSync(temp, file);
}

export function readCredential(ctx: ServiceContext): string | null {
  const file = fileOf(ctx);
  if (!existsSync(file)) return null;
  const parsed = fileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new AppError('conflict', `${CREDENTIAL_FILE}: geen geldige sleutel van dit toestel; meld opnieuw aan vanuit een schone werkmap.`, 'server');
  const { sealing, value } = parsed.data;
  if (sealing === 'none') return value;
  if (ctx.secretSealer?.kind !== sealing) {
    throw new AppError('conflict', `De sleutel van dit toestel is vergrendeld met ${sealing} (de app); dit programma kan hem niet openen. Synchroniseer vanuit de app.`, 'server');
  }
  return ctx.secretSealer.open(Buffer.from(value, 'base64'));
}

export function forgetCredential(ctx: ServiceContext): void {
  rmSync(fileOf(ctx), { force: true });
}

const LEGACY_KEY = 'central.credential';

/**
 * Records enrolled before the credential left the database kept it in the
 * settings table: it moves to the file once, and the row is overwritten on
 * disk (secure_delete), so the next backup has no trace of it.
 */
export async function moveCredentialOutOfRecord(ctx: ServiceContext): Promise<void> {
  const legacy = await getSetting(ctx.db, LEGACY_KEY);
  if (legacy === undefined) return;
  if (legacy && !readCredentialQuietly(ctx)) writeCredential(ctx, legacy);
  await ctx.db.run('PRAGMA secure_delete = ON');
  try {
    await ctx.db.transaction((tx) => deleteSetting(tx, LEGACY_KEY));
  } finally {
    await ctx.db.run('PRAGMA secure_delete = OFF');
  }
}

function readCredentialQuietly(ctx: ServiceContext): string | null {
  try {
    return readCredential(ctx);
  } catch {
    return null;
  }
}
