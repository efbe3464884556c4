import { z } from 'zod';
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
