// The case list shows each case's coded country. Without this partial index, finding it reads
// one scattered codings row per case, and in an encrypted vault every such page is decrypted:
// hundreds of milliseconds at 10,000 cases. The index holds just those values, contiguously.
import type { Migration } from './migration';

export const caseListIndexes: Migration = {
  version: 2,
  name: 'case-list-indexes',
  statements: [
    `CREATE INDEX codings_country ON codings (case_id, value)
       WHERE stage_id = 'case_overview' AND field_id = 'country' AND person_id IS NULL`,
  ],
};
