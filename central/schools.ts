import { z } from 'zod';
import { FIGURE_FIELDS, type FieldType } from '../main/domain/import/fields';
import { schoolYearStart } from '../main/domain/school';
import { type Pool, transaction } from './db';
import { CentralError } from './errors';

/** Flanders' school data, imported once by the staff; laptops pull it. */
export const schoolSchema = z
  .object({
    instellingsnummer: z.string().regex(/^\d{1,10}$/),
    name: z.string().min(1).max(300),
    level: z.string().max(50),
    form: z.string().max(50),
    network: z.string().max(100),
    board: z.string().max(300),
    street: z.string().max(300),
    postcode: z.string().max(10),
    municipality: z.string().max(100),
    lop: z.string().max(100),
  })
  .strict();

export async function importSchools(pool: Pool, schools: unknown[], fileName = 'scholen'): Promise<number> {
  const parsed = schools.map((s, i) => {
    const r = schoolSchema.safeParse(s);
    if (!r.success) throw new CentralError(400, 'invalid_input', `${fileName}[${i}].${r.error.issues[0].path.join('.')}: ${r.error.issues[0].message}; er is niets ingelezen`);
    return r.data;
  });
  return transaction(pool, async (client) => {
    const { rowCount } = await client.query(
      `INSERT INTO schools (instellingsnummer, record, seq)
       SELECT u.nr, u.record::jsonb, nextval('change_seq') FROM unnest($1::text[], $2::text[]) AS u(nr, record)
       ON CONFLICT (instellingsnummer) DO UPDATE SET record = excluded.record, seq = excluded.seq WHERE schools.record <> excluded.record`,
      [parsed.map((s) => s.instellingsnummer), parsed.map((s) => JSON.stringify(s))],
    );
    return rowCount ?? 0;
  });
}

/** A figures row's fields as the laptops' import knows them (domain/import/fields.ts): the same kinds of value, checked the same way. */
const FIELD_VALUES: Record<Exclude<FieldType, 'text' | 'level' | 'form'>, z.ZodType> = {
  instellingsnummer: z.string().regex(/^\d{1,10}$/),
  schoolYear: z.string().refine((y) => schoolYearStart(y) !== null, 'geen schooljaar als 2023-2024'),
  count: z.number().int().min(0),
  pct: z.number().min(0).max(100),
};

export const figuresSchema = z
  .object(Object.fromEntries(FIGURE_FIELDS.map((f) => {
    const value = FIELD_VALUES[f.type as keyof typeof FIELD_VALUES];
    return [f.key, f.required ? value : value.nullable().default(null)];
  })))
  .strict();

/**
 * The staff's import of school-year figures (once a year, or again to correct):
 * every row checked and its school known at the centre before anything is
 * written; a changed row gets a new change number, so laptops pull it.
 */
export async function importFigures(pool: Pool, rows: unknown[], fileName = 'cijfers'): Promise<number> {
  const parsed = rows.map((row, i) => {
    const r = figuresSchema.safeParse(row);
    if (!r.success) throw new CentralError(400, 'invalid_input', `${fileName}[${i}].${r.error.issues[0].path.join('.')}: ${r.error.issues[0].message}; er is niets ingelezen`);
    return r.data as { instellingsnummer: string; schoolYear: string };
  });
  return transaction(pool, async (client) => {
    const numbers = [...new Set(parsed.map((f) => f.instellingsnummer))];
    const { rows: known } = await client.query<{ nr: string }>('SELECT instellingsnummer AS nr FROM schools WHERE instellingsnummer = ANY($1::text[])', [numbers]);
    const knownSet = new Set(known.map((k) => k.nr));
    const unknown = parsed.findIndex((f) => !knownSet.has(f.instellingsnummer));
    if (unknown >= 0) throw new CentralError(400, 'invalid_input', `${fileName}[${unknown}].instellingsnummer: school ${parsed[unknown].instellingsnummer} is niet ingelezen (eerst import-schools); er is niets ingelezen`);
    const { rowCount } = await client.query(
      `INSERT INTO school_figures (instellingsnummer, school_year, record, seq)
       SELECT u.nr, u.year, u.record::jsonb, nextval('change_seq') FROM unnest($1::text[], $2::text[], $3::text[]) AS u(nr, year, record)
       ON CONFLICT (instellingsnummer, school_year) DO UPDATE SET record = excluded.record, seq = excluded.seq WHERE school_figures.record <> excluded.record`,
      [parsed.map((f) => f.instellingsnummer), parsed.map((f) => f.schoolYear), parsed.map((f) => JSON.stringify(f))],
    );
    return rowCount ?? 0;
  });
}
