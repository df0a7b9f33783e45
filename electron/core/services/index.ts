// One service layer shared by the app and the CLI (DESIGN.md "Layout": core/ holds everything
// that touches data).
import type { Vault } from '../vault/vault';
import { AnnotationsService } from './annotations-service';
import { AuditService } from './audit-service';
import { CasesService } from './cases-service';
import { CodingsService } from './codings-service';
import { DocumentsService } from './documents-service';
import { MemosService } from './memos-service';
import { PersonsService } from './persons-service';
import { ServiceContext } from './service-context';

export interface Services {
  context: ServiceContext;
  cases: CasesService;
  persons: PersonsService;
  codings: CodingsService;
  documents: DocumentsService;
  annotations: AnnotationsService;
  memos: MemosService;
  audit: AuditService;
}

export function createServices(vault: Vault, actor?: string): Services {
  const context = new ServiceContext(vault, actor);
  const cases = new CasesService(context);
  const codings = new CodingsService(context, cases);
  const documents = new DocumentsService(context, cases);
  return {
    context,
    cases,
    persons: new PersonsService(context, cases),
    codings,
    documents,
    annotations: new AnnotationsService(context, cases, documents, codings),
    memos: new MemosService(context, cases),
    audit: new AuditService(context),
  };
}
