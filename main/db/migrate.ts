import { Database, DatabaseOpenError } from './connection';
import { migrations as allMigrations } from './migrations';
import type { Migration } from './migrations/types';

export async function readSchemaVersion(db: Database): Promise<number> {
  const row = await db.get<{ user_version: number }>('PRAGMA user_version');
  return row?.user_version ?? 0;
}

/** Refuses a database written by a newer Doorlicht before anything touches it. */
export function assertSupportedVersion(file: string, version: number, latest: number): void {
  if (version > latest) {
    throw new DatabaseOpenError(
      `De database ${file} komt uit een nieuwere versie van Doorlicht (schema ${version}, deze versie kent tot ${latest}). Werk Doorlicht bij; het bestand is niet gewijzigd.`,
      'too_new',
      file,
    );
  }
}

/** Applies every step above the database's `user_version`, each in its own transaction. */
export async function migrate(db: Database, migrations: readonly Migration[] = allMigrations): Promise<number> {
  let version = await readSchemaVersion(db);
  const latest = migrations.length ? Math.max(...migrations.map((m) => m.version)) : 0;
  assertSupportedVersion(db.file, version, latest);
  // Applied in version order whatever order the list is in.
  for (const step of [...migrations].sort((a, b) => a.version - b.version)) {
    if (step.version <= version) continue;
    await db.transaction(async (tx) => {
      await step.up(tx);
      // user_version is part of the transaction: a failed step leaves the old version.
      await tx.exec(`PRAGMA user_version = ${Number(step.version)}`);
    });
    version = step.version;
  }
  return version;
}
