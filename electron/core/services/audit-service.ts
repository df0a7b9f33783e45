import type { AuditEntry, AuditListQuery, AuditVerification } from '../../../shared/domain/audit';
import { listAudit, verifyAudit } from '../audit/audit-log';
import { readAuditCheckpoint } from '../audit/audit-checkpoint';
import type { ServiceContext } from './service-context';

export interface AuditCheck extends AuditVerification {
  /** Whether the head recorded outside the database at the last close is still in the chain. */
  checkpoint: 'none' | 'matches' | 'missing-entries' | 'invalid';
}

export class AuditService {
  private readonly ctx: ServiceContext;

  constructor(ctx: ServiceContext) {
    this.ctx = ctx;
  }

  list(query: AuditListQuery = {}): AuditEntry[] {
    return listAudit(this.ctx.db, query);
  }

  verify(): AuditCheck {
    const chain = verifyAudit(this.ctx.vault);
    const checkpoint = readAuditCheckpoint(this.ctx.vault);
    if (checkpoint.state === 'none') return { ...chain, checkpoint: 'none' };
    if (checkpoint.state === 'invalid') {
      return { ...chain, ok: false, problem: chain.problem ?? 'the audit checkpoint file was altered', checkpoint: 'invalid' };
    }
    // The checkpointed entry must still exist with the same MAC: otherwise entries were
    // removed from the end of the log (or the log was rebuilt).
    const row = this.ctx.sql('SELECT mac FROM audit_log WHERE seq = ?').get(checkpoint.seq) as { mac: string } | undefined;
    if (!row || row.mac !== checkpoint.mac) {
      return {
        ...chain,
        ok: false,
        firstBadSeq: chain.firstBadSeq ?? checkpoint.seq,
        problem: chain.problem ?? `entries up to ${checkpoint.seq} were recorded at the last close but are missing now`,
        checkpoint: 'missing-entries',
      };
    }
    return { ...chain, checkpoint: 'matches' };
  }
}
