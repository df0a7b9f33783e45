// The first schema. Every entity has a stable UUID primary key (DESIGN.md "The vault"); every
// coding and annotation records its reviewer. Timestamps are ISO 8601 UTC text.
import type { Migration } from './migration';

export const initialSchema: Migration = {
  version: 1,
  name: 'initial-schema',
  statements: [
    `CREATE TABLE meta (
       key TEXT PRIMARY KEY,
       value TEXT NOT NULL
     ) STRICT`,
    `CREATE TABLE reviewers (
       id TEXT PRIMARY KEY,
       name TEXT NOT NULL,
       created_at TEXT NOT NULL
     ) STRICT`,
    `CREATE TABLE codebooks (
       id TEXT PRIMARY KEY,
       codebook_id TEXT NOT NULL,
       version INTEGER NOT NULL,
       title TEXT NOT NULL,
       definition TEXT NOT NULL,
       created_at TEXT NOT NULL,
       UNIQUE (codebook_id, version)
     ) STRICT`,
    `CREATE TABLE cases (
       id TEXT PRIMARY KEY,
       ref TEXT NOT NULL UNIQUE,
       title TEXT NOT NULL DEFAULT '',
       status TEXT NOT NULL CHECK (status IN ('not_started', 'in_progress', 'coded', 'verified')),
       codebook_id TEXT NOT NULL REFERENCES codebooks (id),
       search_key TEXT NOT NULL,
       created_at TEXT NOT NULL,
       updated_at TEXT NOT NULL,
       created_by TEXT NOT NULL REFERENCES reviewers (id),
       revision INTEGER NOT NULL DEFAULT 0
     ) STRICT`,
    `CREATE INDEX cases_status ON cases (status)`,
    `CREATE INDEX cases_updated ON cases (updated_at)`,
    `CREATE TABLE persons (
       id TEXT PRIMARY KEY,
       case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
       ext_key TEXT NOT NULL,
       role TEXT NOT NULL CHECK (role IN ('victim', 'defendant', 'witness', 'other')),
       code TEXT NOT NULL,
       full_name TEXT,
       aliases TEXT NOT NULL DEFAULT '[]',
       date_of_birth TEXT,
       sex TEXT CHECK (sex IN ('female', 'male', 'other', 'unknown')),
       citizenship TEXT,
       id_numbers TEXT NOT NULL DEFAULT '[]',
       addresses TEXT NOT NULL DEFAULT '[]',
       phones TEXT NOT NULL DEFAULT '[]',
       emails TEXT NOT NULL DEFAULT '[]',
       other_identifiers TEXT NOT NULL DEFAULT '[]',
       position INTEGER NOT NULL,
       created_at TEXT NOT NULL,
       updated_at TEXT NOT NULL,
       UNIQUE (case_id, code),
       UNIQUE (case_id, ext_key)
     ) STRICT`,
    `CREATE INDEX persons_case_role ON persons (case_id, role)`,
    `CREATE TABLE documents (
       id TEXT PRIMARY KEY,
       case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
       ext_key TEXT NOT NULL,
       kind TEXT NOT NULL,
       title TEXT NOT NULL DEFAULT '',
       language TEXT,
       date TEXT,
       text TEXT NOT NULL,
       text_length INTEGER NOT NULL,
       text_sha256 TEXT NOT NULL,
       original BLOB,
       original_name TEXT,
       media_type TEXT,
       metadata TEXT NOT NULL DEFAULT '{}',
       position INTEGER NOT NULL,
       created_at TEXT NOT NULL,
       updated_at TEXT NOT NULL,
       UNIQUE (case_id, ext_key)
     ) STRICT`,
    `CREATE INDEX documents_case ON documents (case_id)`,
    `CREATE INDEX documents_sha ON documents (text_sha256)`,
    `CREATE TABLE annotations (
       id TEXT PRIMARY KEY,
       case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
       document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
       ext_key TEXT NOT NULL,
       start_cp INTEGER NOT NULL CHECK (start_cp >= 0),
       end_cp INTEGER NOT NULL CHECK (end_cp > start_cp),
       quote TEXT NOT NULL,
       prefix TEXT NOT NULL,
       suffix TEXT NOT NULL,
       codes TEXT NOT NULL DEFAULT '[]',
       memo TEXT,
       coder_id TEXT NOT NULL,
       status TEXT NOT NULL DEFAULT 'anchored' CHECK (status IN ('anchored', 'orphaned')),
       created_at TEXT NOT NULL,
       updated_at TEXT NOT NULL,
       UNIQUE (case_id, ext_key)
     ) STRICT`,
    `CREATE INDEX annotations_document ON annotations (document_id, start_cp)`,
    `CREATE TABLE codings (
       id TEXT PRIMARY KEY,
       case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
       stage_id TEXT NOT NULL,
       field_id TEXT NOT NULL,
       person_id TEXT REFERENCES persons (id) ON DELETE CASCADE,
       value TEXT NOT NULL,
       note TEXT,
       codebook_version INTEGER NOT NULL,
       coder_id TEXT NOT NULL,
       created_at TEXT NOT NULL,
       updated_at TEXT NOT NULL,
       revision INTEGER NOT NULL DEFAULT 1
     ) STRICT`,
    // One value per case, field and person; a case-scoped value has no person.
    `CREATE UNIQUE INDEX codings_unique ON codings (case_id, stage_id, field_id, ifnull(person_id, ''))`,
    `CREATE INDEX codings_field ON codings (field_id, case_id)`,
    `CREATE TABLE coding_evidence (
       coding_id TEXT NOT NULL REFERENCES codings (id) ON DELETE CASCADE,
       annotation_id TEXT NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
       PRIMARY KEY (coding_id, annotation_id)
     ) STRICT, WITHOUT ROWID`,
    `CREATE INDEX coding_evidence_annotation ON coding_evidence (annotation_id)`,
    `CREATE TABLE memos (
       id TEXT PRIMARY KEY,
       case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
       document_id TEXT REFERENCES documents (id) ON DELETE SET NULL,
       text TEXT NOT NULL,
       author_id TEXT NOT NULL,
       position INTEGER NOT NULL,
       created_at TEXT NOT NULL,
       updated_at TEXT NOT NULL
     ) STRICT`,
    `CREATE INDEX memos_case ON memos (case_id)`,
    `CREATE TABLE audit_log (
       seq INTEGER PRIMARY KEY,
       ts TEXT NOT NULL,
       actor TEXT NOT NULL,
       action TEXT NOT NULL,
       subject_type TEXT NOT NULL,
       subject_id TEXT,
       case_id TEXT,
       details TEXT NOT NULL,
       mac TEXT NOT NULL
     ) STRICT`,
    `CREATE INDEX audit_case ON audit_log (case_id, seq)`,
    `CREATE INDEX audit_subject ON audit_log (subject_id, seq)`,
    // Append-only: stops accidents and bugs, not an attacker with the key; the MAC chain
    // is what detects deliberate edits (security-and-architecture.md §1.7).
    `CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END`,
    `CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END`,
  ],
};
