-- Flanders' school-year figures (pupils, exclusions, absence, …), imported by the staff beside the schools and
-- pulled by every laptop, as the schools are: each row raised to a new change number when it changes.
CREATE TABLE school_figures (
  instellingsnummer TEXT NOT NULL REFERENCES schools (instellingsnummer),
  school_year TEXT NOT NULL,
  record JSONB NOT NULL,
  seq BIGINT NOT NULL,
  PRIMARY KEY (instellingsnummer, school_year)
);
CREATE INDEX school_figures_seq ON school_figures (seq);
