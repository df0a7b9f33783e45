// Bulk-loads a synthetic review into a fresh vault for the benchmark: N cases with persons and
// codings, written in one transaction with plain inserts. This is scaffolding for measuring the
// services, not a way data enters a real vault (that is the audited importer).
import { createServices } from '../services';
import { randomUUID } from 'node:crypto';
import { currentCodebook } from '../codebook/codebook-store';
import type { Vault } from '../vault/vault';
import { foldText } from '../../../shared/text/fold-text';
import { syntheticValue } from './synthetic-values';
import type { CodebookField } from '../../../shared/codebook/codebook-schema';

export interface FixtureShape {
  cases: number;
  personsPerCase: number;
  codingsPerCase: number;
}

const STATUSES = ['not_started', 'in_progress', 'coded', 'verified'] as const;
const COUNTRIES = ['mk', 'rs', 'al', 'me'];
/** Codings per person; the rest of a case's codings are case-level fields. */
const PERSON_FIELDS = 4;

export function populateFixture(vault: Vault, shape: FixtureShape): { caseIds: string[]; personIds: Map<string, string[]> } {
  const db = vault.database;
  const codebook = currentCodebook(db);
  const reviewer = vault.reviewerId;
  const fields: { stage: string; field: CodebookField }[] = codebook.definition.stages.flatMap((s) =>
    s.fields.map((field) => ({ stage: s.id, field })),
  );
  const countryField = fields.find((f) => f.field.id === 'country')!;
  const caseFields = fields.filter((f) => f.field.scope === 'case' && f.field.id !== 'country');
  const victimFields = fields.filter((f) => f.field.scope === 'victim');
  const defendantFields = fields.filter((f) => f.field.scope === 'defendant');
  const insertCase = db.prepare(
    `INSERT INTO cases (id, ref, title, status, codebook_id, search_key, created_at, updated_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertPerson = db.prepare(
    `INSERT INTO persons (id, case_id, ext_key, role, code, full_name, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertCoding = db.prepare(
    `INSERT INTO codings (id, case_id, stage_id, field_id, person_id, value, codebook_version, coder_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const caseIds: string[] = [];
  const personIds = new Map<string, string[]>();
  const now = new Date().toISOString();
  db.transaction(() => {
    for (let i = 0; i < shape.cases; i++) {
      const id = randomUUID();
      const ref = `BENCH-${String(i + 1).padStart(5, '0')}`;
      const title = `Synthetic benchmark case ${i + 1}`;
      insertCase.run(id, ref, title, STATUSES[i % 4], codebook.id, foldText(`${ref} ${title}`), now, now, reviewer);
      caseIds.push(id);
      const persons: { id: string; role: 'victim' | 'defendant' }[] = [];
      for (let p = 0; p < shape.personsPerCase; p++) {
        const role = p % 2 === 0 ? 'victim' : 'defendant';
        const pid = randomUUID();
        const code = `${role === 'victim' ? 'V' : 'D'}${Math.floor(p / 2) + 1}`;
        insertPerson.run(pid, id, pid, role, code, `Synthetic Person ${i}-${p}`, p + 1, now, now);
        persons.push({ id: pid, role });
      }
      personIds.set(id, persons.map((p) => p.id));
      let written = 0;
      const write = (stage: string, field: CodebookField, personId: string | null, value: unknown): void => {
        insertCoding.run(randomUUID(), id, stage, field.id, personId, JSON.stringify(value), codebook.version, reviewer, now, now);
        written++;
      };
      write(countryField.stage, countryField.field, null, COUNTRIES[i % COUNTRIES.length]);
      for (const person of persons) {
        const pool = person.role === 'victim' ? victimFields : defendantFields;
        for (let k = 0; k < PERSON_FIELDS && written < shape.codingsPerCase; k++) {
          const f = pool[(i + k) % pool.length]!;
          write(f.stage, f.field, person.id, syntheticValue(f.field, i + k));
        }
      }
      for (let k = 0; written < shape.codingsPerCase && k < caseFields.length; k++) {
        write(caseFields[k]!.stage, caseFields[k]!.field, null, syntheticValue(caseFields[k]!.field, i + k));
      }
    }
  }).immediate();
  // A vault in use holds every case's derived values and progress rows (kept with each save);
  // without them the first save of each case would also pay for its first evaluation.
  createServices(vault).cases.progress.refreshStale();
  return { caseIds, personIds };
}
