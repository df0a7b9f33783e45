// Which service answers each vault channel of the IPC contract. The mapped type makes a
// missing route a compile error (DESIGN.md "Data flow").
import { CHANNELS, type Channel } from '../../../shared/ipc/channels';
import type { ParsedReq, Res } from '../../../shared/ipc/contract';
import type { Services } from '../services';

/** Channels main answers itself: the lock screen, settings and the clipboard. */
export const MAIN_CHANNELS = [
  'vault:status',
  'vault:create',
  'vault:unlock',
  'vault:lock',
  'vault:change-passphrase',
  'vault:pick-location',
  'settings:get',
  'settings:set',
  'clipboard:write-text',
] as const satisfies readonly Channel[];

/** Every other channel is answered by the vault worker through the services. */
export type VaultChannel = Exclude<Channel, (typeof MAIN_CHANNELS)[number]>;

export const VAULT_CHANNELS: readonly VaultChannel[] = CHANNELS.filter(
  (c): c is VaultChannel => !(MAIN_CHANNELS as readonly string[]).includes(c),
);

export function isVaultChannel(channel: string): channel is VaultChannel {
  return (VAULT_CHANNELS as readonly string[]).includes(channel);
}

type Routes = { [C in VaultChannel]: (s: Services, req: ParsedReq<C>) => Res<C> };

const summary = <T extends { id: string; caseId: string; role: string; code: string }>(p: T) => ({ id: p.id, caseId: p.caseId, role: p.role, code: p.code }) as Res<'persons:create'>;

export const SERVICE_ROUTES: Routes = {
  'codebook:get': (s, r) => s.codings.codebookOf(r.caseId).definition,
  'codebook:current': (s) => s.codebook.current(),
  'codebook:change': (s, r) => s.codebook.change(r),
  'review:overview': (s) => s.review.overview(),
  'review:table': (s, r) => s.review.table(r),
  'cases:list': (s, r) => s.cases.list(r),
  'cases:get': (s, r) => {
    const codebook = s.codings.codebookOf(r.id);
    return {
      case: s.cases.get(r.id),
      persons: s.persons.list(r.id),
      documents: s.documents.list(r.id),
      memos: s.memos.list(r.id),
      codings: s.codings.list(r.id),
      codebook: { uuid: codebook.id, id: codebook.codebook_id, version: codebook.version },
    };
  },
  'cases:create': (s, r) => s.cases.create(r),
  'cases:update': (s, r) => s.cases.update(r),
  'cases:delete': (s, r) => (s.cases.delete(r.id), null),
  'persons:list': (s, r) => s.persons.list(r.caseId),
  'persons:reveal': (s, r) => s.persons.reveal(r.id),
  'persons:create': (s, r) => summary(s.persons.create(r)),
  'persons:update': (s, r) => summary(s.persons.update(r)),
  'persons:delete': (s, r) => (s.persons.delete(r.id), null),
  'codings:list': (s, r) => s.codings.list(r.caseId),
  'codings:set': (s, r) => s.codings.set(r),
  'codings:history': (s, r) => s.codings.history(r),
  'codings:clear': (s, r) => (s.codings.clear(r), null),
  'documents:list': (s, r) => s.documents.list(r.caseId),
  'documents:get': (s, r) => s.documents.get(r.id),
  'documents:add-text': (s, r) => s.documents.addText(r),
  'documents:delete': (s, r) => (s.documents.delete(r.id), null),
  'documents:import': (s, r) => s.documents.importFile(r),
  'documents:replace': (s, r) => s.documents.replace(r),
  'documents:original': (s, r) => s.documents.original(r.id),
  'annotations:list': (s, r) => s.annotations.listForDocument(r.documentId),
  'annotations:list-for-case': (s, r) => s.annotations.listForCase(r.caseId),
  'annotations:create': (s, r) => s.annotations.create(r),
  'annotations:update': (s, r) => s.annotations.update(r),
  'annotations:delete': (s, r) => s.annotations.delete(r.id),
  'annotations:restore': (s, r) => s.annotations.restore(r),
  'memos:list': (s, r) => s.memos.list(r.caseId),
  'memos:create': (s, r) => s.memos.create(r),
  'memos:update': (s, r) => s.memos.update(r),
  'memos:delete': (s, r) => (s.memos.delete(r.id), null),
  'search:query': (s, r) => s.search.query(r),
  'search:passages': (s, r) => s.search.passages(r),
  'search:code-matrix': (s) => s.search.codeMatrix(),
  'audit:list': (s, r) => s.audit.list(r),
  'audit:verify': (s) => s.audit.verify(),
};
