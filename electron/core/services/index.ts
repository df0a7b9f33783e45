// One service layer shared by the app and the CLI (DESIGN.md "Layout": core/ holds everything
// that touches data).
import type { Vault } from '../vault/vault';
import { AnnotationsService } from './annotations-service';
import { AuditService } from './audit-service';
import { CaseProgress } from './case-progress';
import { CasesService } from './cases-service';
import { CodebookService } from './codebook-service';
import { CodingsService } from './codings-service';
import { ReviewService } from './review-service';
import { SearchService } from './search-service';
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
  codebook: CodebookService;
  review: ReviewService;
  search: SearchService;
}

export function createServices(vault: Vault, actor?: string): Services {
  const context = new ServiceContext(vault, actor);
  const progress = new CaseProgress(context);
  const cases = new CasesService(context, progress);
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
    codebook: new CodebookService(context, progress),
    review: new ReviewService(context, progress),
    search: new SearchService(context),
  };
}
