import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../api/envelope';
import { PackageError } from '../../exchange/container';
import type { ServiceContext } from '../context';

/** Where the exchange keeps its files inside the data folder. */
export function exchangeDir(ctx: ServiceContext, sub: 'outgoing' | 'incoming' | 'tmp'): string {
  const dir = join(ctx.dataDir, 'exchange', sub);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** A refused package becomes a clear message for the inspector; the passphrase problems point at that field. */
export function packageProblem(error: unknown): never {
  if (error instanceof PackageError) {
    const field = error.code === 'wrong_passphrase' || error.code === 'passphrase_required' ? 'passphrase' : 'file';
    throw new AppError('invalid_input', error.message, field);
  }
  throw error;
}

/** SQLite's refusal of a row, said with the rule or column it names rather than as a raw message. */
export function sqlProblem(error: unknown): string {
  const message = (error as Error).message ?? String(error);
  const check = /CHECK constraint failed: (.+)$/.exec(message);
  if (check) return `waarde niet toegestaan (regel: ${check[1]})`;
  const notNull = /NOT NULL constraint failed: \w+\.(\w+)/.exec(message);
  if (notNull) return `veld ${notNull[1]} mag niet leeg zijn`;
  if (/FOREIGN KEY constraint failed/.test(message)) return 'verwijst naar iets dat hier niet bestaat';
  return message.replace(/^SQLITE_\w+: /, '');
}
