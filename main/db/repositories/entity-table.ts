import type { SqlExecutor, SqlValue } from '../connection';

/** How one record field is stored: its column and, where SQLite has no such type, how it is encoded. */
export interface ColumnSpec {
  column: string;
  kind?: 'text' | 'json' | 'bool' | 'nullableBool' | 'int';
}

/** Fields every on-site entry has, for merging between laptops later. */
export interface EntryMeta {
  id: string;
  inspectionId: string;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  deletedAt: string | null;
}

const META: Record<keyof EntryMeta, ColumnSpec> = {
  id: { column: 'id' },
  inspectionId: { column: 'inspection_id' },
  createdAt: { column: 'created_at' },
  createdBy: { column: 'created_by' },
  updatedAt: { column: 'updated_at' },
  updatedBy: { column: 'updated_by' },
  deletedAt: { column: 'deleted_at' },
};

function encode(spec: ColumnSpec, value: unknown): SqlValue {
  if (value === null || value === undefined) return null;
  switch (spec.kind) {
    case 'json':
      return JSON.stringify(value);
    case 'bool':
    case 'nullableBool':
      return value ? 1 : 0;
    default:
      return value as SqlValue;
  }
}

function decode(spec: ColumnSpec, value: unknown): unknown {
  switch (spec.kind) {
    case 'json':
      return JSON.parse(value as string);
    case 'bool':
      return value === 1;
    case 'nullableBool':
      return value === null ? null : value === 1;
    default:
      return value;
  }
}

/**
 * One table of on-site entries, written whole: the record is the unit that
 * is saved, audited and restored by undo, so a generic mapping keeps the
 * four entry kinds from each repeating the same SQL.
 */
export function entityTable<T extends EntryMeta>(table: string, fields: Record<Exclude<keyof T, keyof EntryMeta>, ColumnSpec>) {
  const specs = Object.entries({ ...META, ...fields }) as [keyof T & string, ColumnSpec][];
  const columns = specs.map(([, s]) => s.column);
  const fromRow = (row: Record<string, unknown>): T =>
    Object.fromEntries(specs.map(([key, spec]) => [key, decode(spec, row[spec.column])])) as unknown as T;

  return {
    table,
    async list(db: SqlExecutor, inspectionId: string, includeDeleted = false): Promise<T[]> {
      const rows = await db.all<Record<string, unknown>>(
        `SELECT * FROM ${table} WHERE inspection_id = ?${includeDeleted ? '' : ' AND deleted_at IS NULL'} ORDER BY created_at, id`,
        [inspectionId],
      );
      return rows.map(fromRow);
    },
    async get(db: SqlExecutor, id: string): Promise<T | undefined> {
      const row = await db.get<Record<string, unknown>>(`SELECT * FROM ${table} WHERE id = ?`, [id]);
      return row && fromRow(row);
    },
    async upsert(tx: SqlExecutor, record: T): Promise<void> {
      const updates = columns.filter((c) => c !== 'id' && c !== 'created_at' && c !== 'created_by').map((c) => `${c} = excluded.${c}`);
      await tx.run(
        `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})
         ON CONFLICT (id) DO UPDATE SET ${updates.join(', ')}`,
        specs.map(([key, spec]) => encode(spec, record[key])),
      );
    },
  };
}

export type EntityTable<T extends EntryMeta> = ReturnType<typeof entityTable<T>>;
