-- Accounts, teams and devices of Doorlicht Centraal.
-- Secrets are never stored: enrolment codes and device credentials only as SHA-256 hashes.
CREATE TABLE users (
  id BIGSERIAL PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  role TEXT NOT NULL CHECK (role IN ('inspector', 'lead', 'taskforce', 'staff', 'admin')),
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE teams (
  id BIGSERIAL PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200)
);

CREATE TABLE team_members (
  team_id BIGINT NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  PRIMARY KEY (team_id, user_id)
);
CREATE INDEX team_members_user ON team_members (user_id);

-- The schools a task-force member follows: the referrals of these schools are theirs.
CREATE TABLE taskforce_schools (
  user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  instellingsnummer TEXT NOT NULL,
  PRIMARY KEY (user_id, instellingsnummer)
);

CREATE TABLE enrolment_codes (
  code_hash TEXT PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  expires_at TIMESTAMPTZ NOT NULL,
  used_at TIMESTAMPTZ
);

CREATE TABLE devices (
  id UUID PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  credential_hash TEXT NOT NULL,
  label TEXT NOT NULL DEFAULT '',
  enrolled_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  last_seen_at TIMESTAMPTZ,
  revoked_at TIMESTAMPTZ
);
CREATE INDEX devices_user ON devices (user_id);
