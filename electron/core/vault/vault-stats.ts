import type { Db } from './native-database';

export interface VaultCounts {
  cases: number;
  persons: number;
  codings: number;
  documents: number;
  annotations: number;
  memos: number;
  auditEntries: number;
}

export function vaultCounts(db: Db): VaultCounts {
  return db
    .prepare(
      `SELECT (SELECT count(*) FROM cases) AS cases, (SELECT count(*) FROM persons) AS persons,
              (SELECT count(*) FROM codings) AS codings, (SELECT count(*) FROM documents) AS documents,
              (SELECT count(*) FROM annotations) AS annotations, (SELECT count(*) FROM memos) AS memos,
              (SELECT count(*) FROM audit_log) AS auditEntries`,
    )
    .get() as VaultCounts;
}
