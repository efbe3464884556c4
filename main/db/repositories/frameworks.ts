import type { SqlExecutor } from '../connection';

export interface StoredFramework {
  id: string;
  version: string;
  content: string;
  sha256: string;
}

export function getStoredFramework(db: SqlExecutor, id: string, version: string): Promise<StoredFramework | undefined> {
  return db.get<StoredFramework>('SELECT id, version, content, sha256 FROM frameworks WHERE id = ? AND version = ?', [id, version]);
}

/** Keeps the first text stored for an id and version: a framework version is immutable once used. */
export async function storeFramework(tx: SqlExecutor, framework: StoredFramework): Promise<void> {
  await tx.run('INSERT OR IGNORE INTO frameworks (id, version, content, sha256) VALUES (?, ?, ?, ?)', [
    framework.id,
    framework.version,
    framework.content,
    framework.sha256,
  ]);
}
