import type { SqlExecutor } from '../connection';

export async function getSetting(db: SqlExecutor, key: string): Promise<string | undefined> {
  return (await db.get<{ value: string }>('SELECT value FROM settings WHERE key = ?', [key]))?.value;
}

export async function deleteSetting(tx: SqlExecutor, key: string): Promise<void> {
  await tx.run('DELETE FROM settings WHERE key = ?', [key]);
}

export async function putSetting(tx: SqlExecutor, key: string, value: string, at: string): Promise<void> {
  await tx.run('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at', [key, value, at]);
}
