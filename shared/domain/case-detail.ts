import type { CaseSummary } from './case';
import type { Coding } from './coding';
import type { DocumentSummary } from './document';
import type { Memo } from './memo';
import type { PersonSummary } from './person';

/** Everything the case workspace shows on opening, in one round trip. Persons by code only. */
export interface CaseDetail {
  case: CaseSummary;
  persons: PersonSummary[];
  documents: DocumentSummary[];
  memos: Memo[];
  codings: Coding[];
  codebook: { uuid: string; id: string; version: number };
}
