-- The shared record: every entry of every synced inspection as its versions (heads),
-- merged with the same rules as the laptops' packages (main/domain/exchange/revisions.ts).
CREATE TABLE frameworks (
  id TEXT NOT NULL,
  version TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  content TEXT NOT NULL,
  PRIMARY KEY (id, version)
);

CREATE TABLE schools (
  instellingsnummer TEXT PRIMARY KEY,
  record JSONB NOT NULL,
  seq BIGINT NOT NULL
);

CREATE TABLE inspections (
  id TEXT PRIMARY KEY,
  -- The team whose inspectors see it: the team of whoever brought it to the centre first.
  team_id BIGINT NOT NULL REFERENCES teams (id),
  instellingsnummer TEXT NOT NULL,
  framework_id TEXT NOT NULL,
  framework_version TEXT NOT NULL,
  status TEXT NOT NULL,
  school JSONB NOT NULL,
  FOREIGN KEY (framework_id, framework_version) REFERENCES frameworks (id, version)
);
CREATE INDEX inspections_team ON inspections (team_id);

-- A referral's school decides which task-force member gets it.
CREATE TABLE referrals (
  id TEXT PRIMARY KEY,
  inspection_id TEXT NOT NULL REFERENCES inspections (id),
  instellingsnummer TEXT NOT NULL
);
CREATE INDEX referrals_school ON referrals (instellingsnummer);

CREATE SEQUENCE change_seq;

CREATE TABLE entries (
  inspection_id TEXT NOT NULL REFERENCES inspections (id),
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  -- 'plan' (a referral's own), 'shell' (what a referral needs of its inspection) or NULL (working notes).
  part TEXT CHECK (part IN ('plan', 'shell')),
  referral_id TEXT,
  heads JSONB NOT NULL,
  conflict BOOLEAN NOT NULL DEFAULT false,
  -- Raised on every change: a laptop pulls what changed after its cursor.
  seq BIGINT NOT NULL,
  PRIMARY KEY (inspection_id, entity, entity_id)
);
CREATE INDEX entries_seq ON entries (seq);
CREATE INDEX entries_referral ON entries (referral_id) WHERE referral_id IS NOT NULL;
