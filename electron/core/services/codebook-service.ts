// The codebook versions of the vault and their management (issue 4 §7).
import type { CodebookChangeRequest, CodebookVersionInfo, CurrentCodebook } from '../../../shared/codebook/codebook-changes';
import { DossierError } from '../../../shared/errors';
import { currentCodebook } from '../codebook/codebook-store';
import type { CaseProgress } from './case-progress';
import type { ServiceContext } from './service-context';

export class CodebookService {
  private readonly ctx: ServiceContext;
  private readonly progress: CaseProgress;

  constructor(ctx: ServiceContext, progress: CaseProgress) {
    this.ctx = ctx;
    this.progress = progress;
  }

  current(): CurrentCodebook {
    const codebook = currentCodebook(this.ctx.db).definition;
    const versions = this.ctx
      .sql(
        `SELECT b.id AS uuid, b.codebook_id AS codebookId, b.version, b.title, b.created_at AS createdAt,
                (SELECT count(*) FROM cases c WHERE c.codebook_id = b.id) AS cases
           FROM codebooks b ORDER BY b.created_at, b.version`,
      )
      .all() as CodebookVersionInfo[];
    return { codebook, versions };
  }

  change(_request: CodebookChangeRequest): CurrentCodebook {
    void this.progress;
    throw new DossierError('INTERNAL', 'codebook changes are being built');
  }
}
