// Full-text search and code queries over the vault (issue 5 items 5 and 6).
import type { CodeCaseMatrix, CodedPassage, CodeQuery, SearchQuery, SearchResults } from '../../../shared/domain/search';
import { DossierError } from '../../../shared/errors';
import type { ServiceContext } from './service-context';

export class SearchService {
  private readonly ctx: ServiceContext;

  constructor(ctx: ServiceContext) {
    this.ctx = ctx;
  }

  query(_input: SearchQuery): SearchResults {
    void this.ctx;
    throw new DossierError('INTERNAL', 'Search is being built (issue 5).');
  }

  passages(_input: CodeQuery): CodedPassage[] {
    throw new DossierError('INTERNAL', 'Code queries are being built (issue 5).');
  }

  codeMatrix(): CodeCaseMatrix {
    throw new DossierError('INTERNAL', 'Code queries are being built (issue 5).');
  }
}
