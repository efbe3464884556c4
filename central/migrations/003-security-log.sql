-- Refused requests (revoked device, bad credential, a row not theirs) are kept, not only logged.
CREATE TABLE security_events (
  id BIGSERIAL PRIMARY KEY,
  at TIMESTAMPTZ NOT NULL DEFAULT now(),
  kind TEXT NOT NULL,
  device_id TEXT,
  user_id BIGINT,
  detail TEXT NOT NULL DEFAULT ''
);
