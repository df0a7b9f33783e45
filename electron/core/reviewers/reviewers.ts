// Reviewer profiles: every coding and annotation records one by id, never by name, so team
// work can later be merged and compared (DESIGN.md "The vault").
import { randomUUID } from 'node:crypto';
import type { ServiceContext } from '../services/service-context';
import { nowIso } from '../util/clock';

export interface Reviewer {
  id: string;
  name: string;
}

export function listReviewers(ctx: ServiceContext): Reviewer[] {
  return ctx.sql('SELECT id, name FROM reviewers ORDER BY created_at, rowid').all() as Reviewer[];
}

/** The profile of that name, created (and audited) when the vault has none yet. */
export function reviewerByName(ctx: ServiceContext, name: string): Reviewer {
  const existing = ctx.sql('SELECT id, name FROM reviewers WHERE name = ?').get(name) as Reviewer | undefined;
  if (existing) return existing;
  const reviewer = { id: randomUUID(), name };
  ctx.write(() => {
    ctx.sql('INSERT INTO reviewers (id, name, created_at) VALUES (?, ?, ?)').run(reviewer.id, name, nowIso());
    ctx.audit({ action: 'reviewer.create', subjectType: 'reviewer', subjectId: reviewer.id, details: { name } });
  });
  return reviewer;
}
