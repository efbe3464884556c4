import { Database } from './connection';
import { migrate } from './migrate';
import { migrations } from './migrations';

/**
 * Is a file's schema exactly what Doorlicht's migrations create at its
 * version? A restore must not bring in a table with the right name but the
 * wrong columns, a missing index, or a trigger or view of someone else's
 * (a trigger runs on every write, with the record's rights). The reference
 * is made the only honest way: by running the migrations on an empty
 * in-memory database, once per version.
 */
interface SchemaObject {
  type: string;
  name: string;
  table: string;
  sql: string;
}

const squash = (sql: string | null) => (sql ?? '').replace(/\s+/g, ' ').trim();

async function schemaObjects(db: Database): Promise<Map<string, SchemaObject>> {
  // sqlite_% objects (autoindexes, sqlite_sequence, sqlite_stat*) are SQLite's own bookkeeping.
  const rows = await db.all<{ type: string; name: string; tbl_name: string; sql: string | null }>(
    "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name",
  );
  return new Map(rows.map((r) => [`${r.type}:${r.name}`, { type: r.type, name: r.name, table: r.tbl_name, sql: squash(r.sql) }]));
}

async function columns(db: Database, table: string): Promise<string[]> {
  const rows = await db.all<{ name: string; type: string; notnull: number; pk: number }>(`SELECT name, type, "notnull", pk FROM pragma_table_info(?)`, [table]);
  return rows.map((c) => `${c.name} ${c.type}${c.notnull ? ' NOT NULL' : ''}${c.pk ? ' PK' : ''}`);
}

const references = new Map<number, Promise<{ db: Database; objects: Map<string, SchemaObject> }>>();

function reference(version: number) {
  let made = references.get(version);
  if (!made) {
    made = (async () => {
      const db = await Database.open(':memory:');
      await migrate(db, migrations.filter((m) => m.version <= version));
      return { db, objects: await schemaObjects(db) };
    })();
    references.set(version, made);
  }
  return made;
}

/** Tables first (they say most about what the file is), then code that runs (triggers, views), then indexes. */
const RANK: Record<string, number> = { table: 0, trigger: 1, view: 2, index: 3 };
const KIND: Record<string, string> = { table: 'tabel', index: 'index', trigger: 'trigger', view: 'view' };

/** What differs from the migrations' schema at `version`, in words (empty: identical). At most `limit` items. */
export async function schemaDifferences(db: Database, version: number, limit = 8): Promise<string[]> {
  const ref = await reference(version);
  const found = await schemaObjects(db);
  const problems: { rank: number; text: string }[] = [];
  const push = (type: string, text: string) => problems.push({ rank: RANK[type] ?? 4, text });
  for (const [key, expected] of ref.objects) {
    const actual = found.get(key);
    if (!actual) push(expected.type, `${KIND[expected.type] ?? expected.type} ${expected.name} ontbreekt`);
    else if (actual.sql !== expected.sql || actual.table !== expected.table) {
      if (expected.type !== 'table') push(expected.type, `${KIND[expected.type] ?? expected.type} ${expected.name} is anders gedefinieerd`);
      else {
        const want = await columns(ref.db, expected.name);
        const have = await columns(db, expected.name);
        const missing = want.filter((c) => !have.includes(c));
        const extra = have.filter((c) => !want.includes(c));
        const detail = [missing.length ? `ontbreekt: ${missing.join(', ')}` : '', extra.length ? `extra: ${extra.join(', ')}` : ''].filter(Boolean).join('; ');
        push('table', `tabel ${expected.name} heeft andere kolommen${detail ? ` (${detail})` : ' of beperkingen'}`);
      }
    }
  }
  for (const [key, actual] of found) {
    if (!ref.objects.has(key)) push(actual.type, `vreemde ${KIND[actual.type] ?? actual.type} ${actual.name}${actual.type === 'trigger' || actual.type === 'view' ? ' (niet van Doorlicht)' : ''}`);
  }
  const texts = problems.sort((a, b) => a.rank - b.rank).map((p) => p.text);
  return texts.length > limit ? [...texts.slice(0, limit), `en nog ${texts.length - limit} verschillen`] : texts;
}
