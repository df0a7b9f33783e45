// What the importer knows about a document's original file (issue 5): its format, size and
// hash (the same file imported twice is detected by it), whether a text layer was found, and
// where each PDF page begins in the text (code-point offsets, JSON array), for page markers.
import type { Migration } from './migration';

export const documentSources: Migration = {
  version: 4,
  name: 'document-sources',
  statements: [
    `ALTER TABLE documents ADD COLUMN format TEXT CHECK (format IN ('pdf', 'docx', 'odt', 'txt'))`,
    `ALTER TABLE documents ADD COLUMN original_size INTEGER`,
    `ALTER TABLE documents ADD COLUMN original_sha256 TEXT`,
    `ALTER TABLE documents ADD COLUMN extraction TEXT NOT NULL DEFAULT 'ok' CHECK (extraction IN ('ok', 'no_text_layer'))`,
    `ALTER TABLE documents ADD COLUMN page_starts TEXT`,
    `CREATE INDEX documents_original_sha ON documents (original_sha256) WHERE original_sha256 IS NOT NULL`,
  ],
};
