// The one IPC contract (DESIGN.md "Data flow"): every channel with its zod request schema and
// its response type. Main validates every request against it (the renderer shows text from
// court files and is treated as untrusted); the preload and the renderer's client derive
// their shapes from it, so a channel without a handler is a compile error.
import { z } from 'zod';
import { Uuid } from '../domain/ids';
import { CaseCreate, CaseListQuery, CaseUpdate, type CaseList, type CaseSummary } from '../domain/case';
import { PersonCreate, PersonUpdate, type Person, type PersonSummary } from '../domain/person';
import { CodingClear, CodingHistoryQuery, CodingSet, type Coding, type CodingHistoryEntry } from '../domain/coding';
import { TableQuery, type CrossCaseTable, type ReviewOverview } from '../domain/review';
import { CodebookChangeRequest, type CurrentCodebook } from '../codebook/codebook-changes';
import { DocumentAddText, type DocumentSummary, type DocumentWithText } from '../domain/document';
import { AnnotationCreate, AnnotationRestore, AnnotationUpdate, type Annotation, type DeletedAnnotation } from '../domain/annotation';
import { DocumentImportFile, DocumentReplace, type DocumentImportResult, type DocumentOriginal, type DocumentReplaceResult } from '../domain/document-import';
import { CodeQuery, SearchQuery, type CodeCaseMatrix, type CodedPassage, type SearchResults } from '../domain/search';
import { MemoCreate, MemoUpdate, type Memo } from '../domain/memo';
import { AuditListQuery, type AuditEntry, type AuditVerification } from '../domain/audit';
import { Settings, type VaultStatus } from '../domain/vault-status';
import type { CaseDetail } from '../domain/case-detail';
import type { Codebook } from '../codebook/codebook-schema';
import type { Channel, EventName } from './channels';
import type { LockReason } from '../domain/vault-status';

const Empty = z.object({}).strict();
const ById = z.object({ id: Uuid }).strict();
const ByCase = z.object({ caseId: Uuid }).strict();
const Passphrase = z.string().min(1).max(1024);

export const requests = {
  'vault:status': Empty,
  'vault:create': z.object({ path: z.string().min(1).max(4096), passphrase: Passphrase, reviewerName: z.string().trim().min(1).max(100) }).strict(),
  'vault:unlock': z.object({ passphrase: Passphrase }).strict(),
  'vault:lock': Empty,
  'vault:change-passphrase': z.object({ current: Passphrase, next: Passphrase }).strict(),
  'vault:pick-location': Empty,
  'settings:get': Empty,
  'settings:set': Settings.partial().strict(),
  'codebook:get': ByCase,
  'codebook:current': Empty,
  'codebook:change': CodebookChangeRequest,
  'review:overview': Empty,
  'review:table': TableQuery,
  'cases:list': CaseListQuery,
  'cases:get': ById,
  'cases:create': CaseCreate,
  'cases:update': CaseUpdate,
  'cases:delete': ById,
  'persons:list': ByCase,
  'persons:reveal': ById,
  'persons:create': PersonCreate,
  'persons:update': PersonUpdate,
  'persons:delete': ById,
  'codings:list': ByCase,
  'codings:set': CodingSet,
  'codings:clear': CodingClear,
  'codings:history': CodingHistoryQuery,
  'documents:list': ByCase,
  'documents:get': ById,
  'documents:add-text': DocumentAddText,
  'documents:delete': ById,
  'documents:import': DocumentImportFile,
  'documents:replace': DocumentReplace,
  'documents:original': ById,
  'annotations:list': z.object({ documentId: Uuid }).strict(),
  'annotations:list-for-case': ByCase,
  'annotations:create': AnnotationCreate,
  'annotations:update': AnnotationUpdate,
  'annotations:delete': ById,
  'annotations:restore': AnnotationRestore,
  'memos:list': ByCase,
  'memos:create': MemoCreate,
  'memos:update': MemoUpdate,
  'memos:delete': ById,
  'search:query': SearchQuery,
  'search:passages': CodeQuery,
  'search:code-matrix': Empty,
  'audit:list': AuditListQuery,
  'audit:verify': Empty,
  'clipboard:write-text': z.object({ text: z.string().max(1_000_000) }).strict(),
} as const satisfies Record<Channel, z.ZodType>;

export interface Responses {
  'vault:status': VaultStatus;
  'vault:create': { recoveryKey: string; status: VaultStatus };
  'vault:unlock': VaultStatus;
  'vault:lock': VaultStatus;
  'vault:change-passphrase': null;
  'vault:pick-location': { path: string } | null;
  'settings:get': Settings;
  'settings:set': Settings;
  'codebook:get': Codebook;
  'codebook:current': CurrentCodebook;
  'codebook:change': CurrentCodebook;
  'review:overview': ReviewOverview;
  'review:table': CrossCaseTable;
  'cases:list': CaseList;
  'cases:get': CaseDetail;
  'cases:create': CaseSummary;
  'cases:update': CaseSummary;
  'cases:delete': null;
  'persons:list': PersonSummary[];
  'persons:reveal': Person;
  'persons:create': PersonSummary;
  'persons:update': PersonSummary;
  'persons:delete': null;
  'codings:list': Coding[];
  'codings:set': Coding;
  'codings:clear': null;
  'codings:history': CodingHistoryEntry[];
  'documents:list': DocumentSummary[];
  'documents:get': DocumentWithText;
  'documents:add-text': DocumentSummary;
  'documents:delete': null;
  'documents:import': DocumentImportResult;
  'documents:replace': DocumentReplaceResult;
  'documents:original': DocumentOriginal;
  'annotations:list': Annotation[];
  'annotations:list-for-case': Annotation[];
  'annotations:create': Annotation;
  'annotations:update': Annotation;
  'annotations:delete': DeletedAnnotation;
  'annotations:restore': Annotation;
  'memos:list': Memo[];
  'memos:create': Memo;
  'memos:update': Memo;
  'memos:delete': null;
  'search:query': SearchResults;
  'search:passages': CodedPassage[];
  'search:code-matrix': CodeCaseMatrix;
  'audit:list': AuditEntry[];
  'audit:verify': AuditVerification;
  'clipboard:write-text': null;
}

export type Req<C extends Channel> = z.input<(typeof requests)[C]>;
export type ParsedReq<C extends Channel> = z.output<(typeof requests)[C]>;
export type Res<C extends Channel> = Responses[C];

/** Channels that work while the vault is locked; every other one answers LOCKED. */
export const UNLOCKED_NOT_REQUIRED: ReadonlySet<Channel> = new Set<Channel>([
  'vault:status',
  'vault:create',
  'vault:unlock',
  'vault:lock',
  'vault:pick-location',
  'settings:get',
  'settings:set',
]);

export interface EventPayloads {
  'vault:locked': { reason: LockReason };
  'vault:unlocked': VaultStatus;
  'cases:changed': { caseId: string | null };
}
export type EventPayload<E extends EventName> = EventPayloads[E];
