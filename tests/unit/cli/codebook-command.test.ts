// `dossier codebook export|import`: a codebook edited in one vault moves to another (issue 4 §7).
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from '../../helpers/run-cli';
import { createTestVault, PASSPHRASE, removeTempDirs, tempDir } from '../../helpers/temp-vault';
import { openVault } from '../../../electron/core/vault/vault';
import { createServices, type Services } from '../../../electron/core/services';
import type { Codebook } from '../../../shared/codebook/codebook-schema';

afterEach(removeTempDirs);

const env = { DOSSIER_PASSPHRASE: PASSPHRASE };

function newVault(name: string): string {
  const { vault, dir } = createTestVault(name);
  vault.close();
  return dir;
}

function withServices<T>(dir: string, fn: (s: Services) => T): T {
  const vault = openVault(dir, { passphrase: PASSPHRASE });
  try {
    return fn(createServices(vault));
  } finally {
    vault.close();
  }
}

describe('dossier codebook', () => {
  it('exports, and imports a later version into another vault once', async () => {
    const first = newVault('first');
    const second = newVault('second');
    const files = tempDir();
    const v1File = join(files, 'codebook-v1.json');
    const v2File = join(files, 'codebook-v2.json');

    const exported = await cli(['codebook', 'export', first, v1File], { env });
    expect(exported, exported.stderr).toMatchObject({ code: 0, stdout: `Exported the codebook tip-case-review version 1 to ${v1File}.` });
    expect(JSON.parse(readFileSync(v1File, 'utf8'))).toMatchObject({ id: 'tip-case-review', version: 1 });
    expect(readFileSync(v1File, 'utf8')).toMatch(/^\{\n {2}"id": "tip-case-review",\n {2}"version": 1,/);

    withServices(first, (s) =>
      s.codebook.change({
        baseVersion: 1,
        changes: [
          {
            op: 'add_field',
            stageId: 'case_overview',
            field: { id: 'interpreter_used', type: 'yes_no_unknown', scope: 'case', personal: null, sensitive: false, label: 'Interpreter used', help: '', options: [{ id: 'yes', label: 'Yes' }, { id: 'no', label: 'No' }] },
          },
        ],
      }),
    );
    // An existing file is never overwritten by accident.
    const refused = await cli(['codebook', 'export', first, v1File], { env });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/already exists.*--force/);
    expect(JSON.parse(readFileSync(v1File, 'utf8'))).toMatchObject({ version: 1 });
    expect((await cli(['codebook', 'export', first, v2File], { env })).code).toBe(0);
    expect(withServices(first, (s) => s.audit.list({ limit: 10_000 }).filter((e) => e.action === 'codebook.export')).map((e) => e.details)).toEqual([
      { codebook: 'tip-case-review', version: 1, file: 'codebook-v1.json' },
      { codebook: 'tip-case-review', version: 2, file: 'codebook-v2.json' },
    ]);

    withServices(second, (s) => s.cases.create({ ref: 'MK-2021-07' }));
    const imported = await cli(['codebook', 'import', second, v2File], { env });
    expect(imported, imported.stderr).toMatchObject({ code: 0, stdout: 'Imported the codebook tip-case-review version 2.' });
    withServices(second, (s) => {
      const { codebook, versions } = s.codebook.current();
      expect(codebook.version).toBe(2);
      expect(codebook.stages[0]?.fields.find((f) => f.id === 'interpreter_used')).toMatchObject({ since_version: 2 });
      expect(versions.map((v) => [v.version, v.cases])).toEqual([
        [1, 0],
        [2, 1],
      ]);
    });

    const again = await cli(['codebook', 'import', second, v2File], { env });
    expect(again).toMatchObject({ code: 0, stdout: 'The vault already holds the codebook tip-case-review version 2; nothing changed.' });
    expect(withServices(second, (s) => s.codebook.current().versions)).toHaveLength(2);
  });

  it('refuses a version that removes an option, naming it', async () => {
    const dir = newVault('v');
    const file = join(tempDir(), 'codebook.json');
    expect((await cli(['codebook', 'export', dir, file], { env })).code).toBe(0);
    const codebook = JSON.parse(readFileSync(file, 'utf8')) as Codebook;
    const country = codebook.stages[0]?.fields.find((f) => f.id === 'country');
    if (!country) throw new Error('no country field');
    country.options = country.options?.filter((o) => o.id !== 'al');
    codebook.version = 2;
    writeFileSync(file, JSON.stringify(codebook));
    const run = await cli(['codebook', 'import', dir, file], { env });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/option al of country was removed/);
    expect(withServices(dir, (s) => s.codebook.current().codebook.version)).toBe(1);
  });

  it('refuses a file that is not JSON, or not a codebook', async () => {
    const dir = newVault('v');
    const file = join(tempDir(), 'codebook.json');
    writeFileSync(file, '{ "id": "tip-case-review", ');
    const run = await cli(['codebook', 'import', dir, file], { env });
    expect(run).toMatchObject({ code: 1, stderr: 'dossier: The codebook file is not valid JSON.' });
    writeFileSync(file, JSON.stringify({ id: 'tip-case-review', version: 0, title: '', stages: [], annotation_codes: [] }));
    const invalid = await cli(['codebook', 'import', dir, file], { env });
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/\/version: /);
    expect((await cli(['codebook', 'import', dir, join(tempDir(), 'missing.json')], { env })).stderr).toMatch(/Cannot read/);
  });

  it('takes in another codebook for new cases while existing cases keep theirs', async () => {
    const dir = newVault('v');
    const file = join(tempDir(), 'codebook.json');
    expect((await cli(['codebook', 'export', dir, file], { env })).code).toBe(0);
    const caseId = withServices(dir, (s) => s.cases.create({ ref: 'AL-2019-01' }).id);
    const other = JSON.parse(readFileSync(file, 'utf8')) as Codebook;
    other.id = 'tip-short-review';
    other.title = 'A shorter review';
    writeFileSync(file, JSON.stringify(other));
    const run = await cli(['codebook', 'import', dir, file], { env });
    expect(run).toMatchObject({ code: 0, stdout: 'Imported the codebook tip-short-review version 1.' });
    withServices(dir, (s) => {
      expect(s.codings.codebookOf(caseId).codebook_id).toBe('tip-case-review');
      const fresh = s.cases.create({ ref: 'AL-2019-02' }).id;
      expect(s.codings.codebookOf(fresh).codebook_id).toBe('tip-short-review');
    });
  });
});
