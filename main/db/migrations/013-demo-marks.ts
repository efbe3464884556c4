import { generateDemoData } from '../../demo/generate';
import type { Migration } from './types';

/**
 * Which rows are demo data (domain/demo.ts): the made-up schools, their
 * school-year figures and the example inspections, so that every view can
 * say so and Instellingen can remove them in one step. A mark of its own,
 * not a column, because inspections travel in exchange packages column by
 * column (repositories/sync-tables.ts) and a mark must never travel.
 *
 * A record made before this step is marked by what it holds: the example
 * inspections are the ones the demo team wrote ("An Peeters"), and a demo
 * school is one whose number and name are still the demo generator's (a real
 * import would have renamed it); their figures came with them.
 */
export const demoMarks: Migration = {
  version: 13,
  name: 'demo marks',
  async up(tx) {
    await tx.exec(`
      CREATE TABLE demo_marks (
        kind TEXT NOT NULL CHECK (kind IN ('school', 'figures', 'inspection')),
        -- school: instellingsnummer; figures: instellingsnummer|school_year; inspection: id.
        key TEXT NOT NULL,
        PRIMARY KEY (kind, key)
      ) WITHOUT ROWID;
      INSERT INTO demo_marks (kind, key) SELECT 'inspection', id FROM inspections WHERE created_by = 'An Peeters';
    `);
    const hasSchools = await tx.get('SELECT 1 AS one FROM schools LIMIT 1');
    if (!hasSchools) return;
    await tx.exec('CREATE TEMP TABLE demo_generated (instellingsnummer TEXT PRIMARY KEY, name TEXT NOT NULL)');
    const { schools } = generateDemoData();
    for (let start = 0; start < schools.length; start += 400) {
      const batch = schools.slice(start, start + 400);
      await tx.run(`INSERT INTO demo_generated VALUES ${batch.map(() => '(?, ?)').join(', ')}`, batch.flatMap((s) => [s.instellingsnummer, s.name]));
    }
    await tx.exec(`
      INSERT INTO demo_marks (kind, key)
        SELECT 'school', s.instellingsnummer FROM schools s JOIN demo_generated g USING (instellingsnummer) WHERE g.name = s.name;
      INSERT INTO demo_marks (kind, key)
        SELECT 'figures', f.instellingsnummer || '|' || f.school_year FROM school_year_figures f
         WHERE f.instellingsnummer IN (SELECT key FROM demo_marks WHERE kind = 'school');
      DROP TABLE temp.demo_generated;
    `);
  },
};
