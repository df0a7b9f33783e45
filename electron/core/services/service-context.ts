import type { Vault } from '../vault/vault';
import type { Db, Stmt as Statement } from '../vault/native-database';
import { DossierError } from '../../../shared/errors';
import type { z } from 'zod';
import { appendAudit, type AuditInput } from '../audit/audit-log';

const statementCache = new WeakMap<Db, Map<string, Statement>>();

/** What every service needs: the open vault and the reviewer on whose behalf it acts. */
export class ServiceContext {
  readonly vault: Vault;
  readonly actor: string;

  constructor(vault: Vault, actor?: string) {
    this.vault = vault;
    this.actor = actor ?? vault.reviewerId;
  }

  get db(): Db {
    return this.vault.database;
  }

  /** A prepared statement, compiled once per connection and reused (saves are the hot path). */
  sql(source: string): Statement {
    const db = this.db;
    let perDb = statementCache.get(db);
    if (!perDb) {
      perDb = new Map();
      statementCache.set(db, perDb);
    }
    let statement = perDb.get(source);
    if (!statement) {
      statement = db.prepare(source);
      perDb.set(source, statement);
    }
    return statement;
  }

  /** One write transaction holding the change and its audit entry (DESIGN.md "The vault"). */
  write<T>(fn: () => T): T {
    if (this.vault.readonly) throw new DossierError('FORBIDDEN', 'The vault is open read-only.');
    return this.vault.write(fn);
  }

  audit(entry: Omit<AuditInput, 'actor'>): void {
    appendAudit(this.vault, { ...entry, actor: this.actor });
  }
}

/**
 * Validates input at the service boundary: the CLI, the IPC layer and the importer all call
 * services, and none of them is trusted to have checked first.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => ({
    path: `/${issue.path.map(String).join('/')}`,
    message: issue.message,
  }));
  throw new DossierError('BAD_REQUEST', problems.map((p) => `${p.path}: ${p.message}`).join('; '), problems);
}

export function notFound(what: string): DossierError {
  return new DossierError('NOT_FOUND', `That ${what} does not exist (it may have been deleted).`);
}

export function parseJsonArray(text: string): string[] {
  return JSON.parse(text) as string[];
}
