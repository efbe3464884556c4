import type { Migration } from './types';

export const schools: Migration = {
  version: 1,
  name: 'schools and school-year figures',
  async up(tx) {
    await tx.exec(`
      CREATE TABLE schools (
        instellingsnummer TEXT PRIMARY KEY CHECK (length(instellingsnummer) BETWEEN 1 AND 12),
        name TEXT NOT NULL,
        level TEXT NOT NULL CHECK (level IN ('basis', 'secundair')),
        form TEXT NOT NULL CHECK (form IN ('gewoon', 'buitengewoon')),
        network TEXT NOT NULL DEFAULT '',
        board TEXT NOT NULL DEFAULT '',
        street TEXT NOT NULL DEFAULT '',
        postcode TEXT NOT NULL DEFAULT '',
        municipality TEXT NOT NULL DEFAULT '',
        lop TEXT NOT NULL DEFAULT ''
      );
      CREATE INDEX schools_name ON schools (name COLLATE NOCASE);
      CREATE INDEX schools_municipality ON schools (municipality COLLATE NOCASE);

      CREATE TABLE school_year_figures (
        instellingsnummer TEXT NOT NULL REFERENCES schools (instellingsnummer) ON DELETE CASCADE,
        school_year TEXT NOT NULL CHECK (school_year GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9]'),
        pupils INTEGER NOT NULL CHECK (pupils >= 0),
        preventive_suspensions INTEGER CHECK (preventive_suspensions >= 0),
        temporary_exclusions INTEGER CHECK (temporary_exclusions >= 0),
        definitive_exclusions INTEGER CHECK (definitive_exclusions >= 0),
        definitive_exclusions_after_feb1 INTEGER CHECK (definitive_exclusions_after_feb1 >= 0),
        excluded_not_reenrolled INTEGER CHECK (excluded_not_reenrolled >= 0),
        problematic_absence_30 INTEGER CHECK (problematic_absence_30 >= 0),
        above_z_threshold INTEGER CHECK (above_z_threshold >= 0),
        clb_referred_z INTEGER CHECK (clb_referred_z >= 0),
        school_changes INTEGER CHECK (school_changes >= 0),
        b_certificates INTEGER CHECK (b_certificates >= 0),
        b_certificates_strict INTEGER CHECK (b_certificates_strict >= 0),
        early_leavers_pct REAL CHECK (early_leavers_pct BETWEEN 0 AND 100),
        teacher_turnover_pct REAL CHECK (teacher_turnover_pct BETWEEN 0 AND 100),
        feel_safe_pct REAL CHECK (feel_safe_pct BETWEEN 0 AND 100),
        PRIMARY KEY (instellingsnummer, school_year)
      ) WITHOUT ROWID;
    `);
  },
};
