-- Attachment files (evidence photos, visit files) by their SHA-256: content-addressed, so the same file is stored once
-- whoever sends it. Who may read or send one follows the attachment entries that name it (central/files.ts).
CREATE TABLE files (
  sha256 TEXT PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  content BYTEA NOT NULL,
  bytes INTEGER NOT NULL CHECK (bytes > 0),
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
-- The attachment entries naming a file: found by the hash in their record.
CREATE INDEX entries_attachment_sha256 ON entries ((heads -> 0 -> 'record' ->> 'sha256')) WHERE entity IN ('attachment', 'visit_attachment');
