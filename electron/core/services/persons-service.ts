import { randomUUID } from 'node:crypto';
import { DossierError } from '../../../shared/errors';
import { Uuid } from '../../../shared/domain/ids';
import {
  PersonCreate,
  PersonUpdate,
  type Person,
  type PersonIdentity,
  type PersonRole,
  type PersonSummary,
} from '../../../shared/domain/person';
import { nowIso } from '../util/clock';
import type { CasesService } from './cases-service';
import { notFound, parseInput, parseJsonArray, type ServiceContext } from './service-context';

interface PersonRow {
  id: string;
  case_id: string;
  ext_key: string;
  role: PersonRole;
  code: string;
  full_name: string | null;
  aliases: string;
  date_of_birth: string | null;
  sex: Person['sex'];
  citizenship: string | null;
  id_numbers: string;
  addresses: string;
  phones: string;
  emails: string;
  other_identifiers: string;
  created_at: string;
  updated_at: string;
}

const CODE_PREFIX: Record<PersonRole, string> = { victim: 'V', defendant: 'D', witness: 'W', other: 'P' };

/** Identity columns, in one place for insert and update. */
const IDENTITY_COLUMNS = {
  fullName: 'full_name',
  aliases: 'aliases',
  dateOfBirth: 'date_of_birth',
  sex: 'sex',
  citizenship: 'citizenship',
  idNumbers: 'id_numbers',
  addresses: 'addresses',
  phones: 'phones',
  emails: 'emails',
  otherIdentifiers: 'other_identifiers',
} as const satisfies Record<keyof PersonIdentity, string>;

export class PersonsService {
  private readonly ctx: ServiceContext;
  private readonly cases: CasesService;

  constructor(ctx: ServiceContext, cases: CasesService) {
    this.ctx = ctx;
    this.cases = cases;
  }

  /** Pseudonymous codes only: lists never carry names (USERS.md). */
  list(caseId: string): PersonSummary[] {
    parseInput(Uuid, caseId);
    return this.ctx
      .sql('SELECT id, case_id, role, code FROM persons WHERE case_id = ? ORDER BY position')
      .all(caseId)
      .map((r) => {
        const row = r as Pick<PersonRow, 'id' | 'case_id' | 'role' | 'code'>;
        return { id: row.id, caseId: row.case_id, role: row.role, code: row.code };
      });
  }

  /** Every person of a case with identities, for export and anonymisation (not for lists). */
  listWithIdentity(caseId: string): Person[] {
    return (this.ctx.sql('SELECT * FROM persons WHERE case_id = ? ORDER BY position').all(caseId) as PersonRow[]).map(toPerson);
  }

  /**
   * The identifying attributes of one person: revealed on purpose, and the reveal is audited
   * (DESIGN.md: every read of case data leaves an entry).
   */
  reveal(id: string): Person {
    const person = this.find(id);
    this.ctx.write(() =>
      this.ctx.audit({ action: 'person.reveal', subjectType: 'person', subjectId: id, caseId: person.caseId, details: { code: person.code } }),
    );
    return person;
  }

  create(input: PersonCreate, options: { id?: string; extKey?: string } = {}): Person {
    const data = parseInput(PersonCreate, input);
    const id = options.id ?? randomUUID();
    this.ctx.write(() => {
      this.cases.get(data.caseId);
      const code = data.code ?? this.nextCode(data.caseId, data.role);
      this.assertCodeFree(data.caseId, code, null);
      const position = (this.ctx.sql('SELECT ifnull(max(position), 0) + 1 AS p FROM persons WHERE case_id = ?').get(data.caseId) as { p: number }).p;
      const now = nowIso();
      this.ctx
        .sql(
          `INSERT INTO persons (id, case_id, ext_key, role, code, full_name, aliases, date_of_birth, sex, citizenship,
             id_numbers, addresses, phones, emails, other_identifiers, position, created_at, updated_at)
           VALUES (@id, @caseId, @extKey, @role, @code, @full_name, @aliases, @date_of_birth, @sex, @citizenship,
             @id_numbers, @addresses, @phones, @emails, @other_identifiers, @position, @now, @now)`,
        )
        .run({ id, caseId: data.caseId, extKey: options.extKey ?? id, role: data.role, code, position, now, ...identityColumns(data) });
      this.cases.recordCodingChange(data.caseId);
      // Names and identifiers stay out of the audit log: deleting a person must remove them.
      this.ctx.audit({ action: 'person.create', subjectType: 'person', subjectId: id, caseId: data.caseId, details: { role: data.role, code } });
    });
    return this.find(id);
  }

  update(input: PersonUpdate): Person {
    const data = parseInput(PersonUpdate, input);
    this.ctx.write(() => {
      const before = this.find(data.id);
      const code = data.code ?? before.code;
      if (code !== before.code) this.assertCodeFree(before.caseId, code, data.id);
      const role = data.role ?? before.role;
      if (role !== before.role) this.assertNoScopedCodings(data.id, before.role);
      const merged = { ...fromPerson(before), ...definedOnly(data) };
      this.ctx
        .sql(
          `UPDATE persons SET role = @role, code = @code, full_name = @full_name, aliases = @aliases,
             date_of_birth = @date_of_birth, sex = @sex, citizenship = @citizenship, id_numbers = @id_numbers,
             addresses = @addresses, phones = @phones, emails = @emails, other_identifiers = @other_identifiers,
             updated_at = @now WHERE id = @id`,
        )
        .run({ id: data.id, role, code, now: nowIso(), ...identityColumns(merged) });
      this.cases.recordCodingChange(before.caseId);
      const changed = (Object.keys(IDENTITY_COLUMNS) as (keyof PersonIdentity)[]).filter((k) => data[k] !== undefined);
      this.ctx.audit({
        action: 'person.update',
        subjectType: 'person',
        subjectId: data.id,
        caseId: before.caseId,
        details: { code, role, changedAttributes: changed },
      });
    });
    return this.find(data.id);
  }

  delete(id: string): void {
    this.ctx.write(() => {
      const before = this.find(id);
      this.ctx.sql('DELETE FROM persons WHERE id = ?').run(id);
      this.cases.recordCodingChange(before.caseId);
      this.ctx.audit({ action: 'person.delete', subjectType: 'person', subjectId: id, caseId: before.caseId, details: { code: before.code, role: before.role } });
    });
  }

  find(id: string): Person {
    parseInput(Uuid, id);
    const row = this.ctx.sql('SELECT * FROM persons WHERE id = ?').get(id) as PersonRow | undefined;
    if (!row) throw notFound('person');
    return toPerson(row);
  }

  private nextCode(caseId: string, role: PersonRole): string {
    const prefix = CODE_PREFIX[role];
    const codes = (this.ctx.sql('SELECT code FROM persons WHERE case_id = ?').all(caseId) as { code: string }[]).map((r) => r.code);
    let n = 1;
    while (codes.includes(`${prefix}${n}`)) n++;
    return `${prefix}${n}`;
  }

  private assertCodeFree(caseId: string, code: string, exceptId: string | null): void {
    const row = this.ctx.sql('SELECT id FROM persons WHERE case_id = ? AND code = ?').get(caseId, code) as { id: string } | undefined;
    if (row && row.id !== exceptId) throw new DossierError('CONFLICT', `The code ${code} is already used in this case.`);
  }

  /** A victim's codings would become a defendant's: refuse rather than reinterpret them. */
  private assertNoScopedCodings(personId: string, role: PersonRole): void {
    const row = this.ctx.sql('SELECT count(*) AS n FROM codings WHERE person_id = ?').get(personId) as { n: number };
    if (row.n > 0) {
      throw new DossierError('CONFLICT', `This ${role} has coded values; clear them before changing the role.`);
    }
  }
}

function definedOnly(data: PersonIdentity): Partial<PersonIdentity> {
  return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined)) as Partial<PersonIdentity>;
}

function identityColumns(p: PersonIdentity): Record<(typeof IDENTITY_COLUMNS)[keyof typeof IDENTITY_COLUMNS], string | null> {
  return {
    full_name: p.fullName ?? null,
    aliases: JSON.stringify(p.aliases ?? []),
    date_of_birth: p.dateOfBirth ?? null,
    sex: p.sex ?? null,
    citizenship: p.citizenship ?? null,
    id_numbers: JSON.stringify(p.idNumbers ?? []),
    addresses: JSON.stringify(p.addresses ?? []),
    phones: JSON.stringify(p.phones ?? []),
    emails: JSON.stringify(p.emails ?? []),
    other_identifiers: JSON.stringify(p.otherIdentifiers ?? []),
  };
}

function fromPerson(p: Person): PersonIdentity {
  return {
    ...(p.fullName !== null ? { fullName: p.fullName } : {}),
    aliases: p.aliases,
    ...(p.dateOfBirth !== null ? { dateOfBirth: p.dateOfBirth } : {}),
    ...(p.sex !== null ? { sex: p.sex } : {}),
    ...(p.citizenship !== null ? { citizenship: p.citizenship } : {}),
    idNumbers: p.idNumbers,
    addresses: p.addresses,
    phones: p.phones,
    emails: p.emails,
    otherIdentifiers: p.otherIdentifiers,
  };
}

function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    caseId: row.case_id,
    key: row.ext_key,
    role: row.role,
    code: row.code,
    fullName: row.full_name,
    aliases: parseJsonArray(row.aliases),
    dateOfBirth: row.date_of_birth,
    sex: row.sex,
    citizenship: row.citizenship,
    idNumbers: parseJsonArray(row.id_numbers),
    addresses: parseJsonArray(row.addresses),
    phones: parseJsonArray(row.phones),
    emails: parseJsonArray(row.emails),
    otherIdentifiers: parseJsonArray(row.other_identifiers),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
