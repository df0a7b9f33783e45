// Completeness and validation counts of every stage of every case, kept up to date in the
// same transaction as each change, so the review overview (a cases × stages heat map) reads
// 10 small rows per case instead of re-evaluating every coding of the review.
import type { Migration } from './migration';

export const caseProgress: Migration = {
  version: 3,
  name: 'case-progress',
  statements: [
    `CREATE TABLE case_stage_progress (
       case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
       stage_id TEXT NOT NULL,
       answered INTEGER NOT NULL CHECK (answered >= 0),
       applicable INTEGER NOT NULL CHECK (applicable >= 0),
       problems INTEGER NOT NULL CHECK (problems >= 0),
       PRIMARY KEY (case_id, stage_id)
     ) STRICT, WITHOUT ROWID`,
  ],
};
