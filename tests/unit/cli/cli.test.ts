// The `dossier` command line end to end, in-process (fast) with a calibrated KDF like a user's.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from '../../helpers/run-cli';
import { removeTempDirs, tempDir } from '../../helpers/temp-vault';
import { hashTree } from '../../helpers/file-scan';
import { openVault } from '../../../electron/core/vault/vault';

afterEach(removeTempDirs);

const PASS = 'a long enough passphrase for tests';
const env = { DOSSIER_PASSPHRASE: PASS };

async function newVault(): Promise<string> {
  const dir = join(tempDir(), 'review-mk');
  const run = await cli(['vault', 'create', dir], { env });
  expect(run.code, run.stderr).toBe(0);
  return dir;
}

describe('dossier vault', () => {
  it('creates a vault, shows the recovery key once, and describes it in info', async () => {
    const dir = join(tempDir(), 'review-mk');
    const created = await cli(['vault', 'create', dir, '--reviewer', 'Ana'], { env });
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/Recovery key[\s\S]*([0-9A-F]{4}-){15}[0-9A-F]{4}/);
    const info = await cli(['vault', 'info', dir, '--json'], { env });
    expect(info.code).toBe(0);
    const parsed = JSON.parse(info.stdout) as { name: string; encryption: { cipher: string; legacy: number }; kdf: { memoryKiB: number; iterations: number }; counts: { cases: number } };
    expect(parsed).toMatchObject({ name: 'review-mk', encryption: { cipher: 'sqlcipher', legacy: 4 }, counts: { cases: 0 } });
    expect(parsed.kdf.memoryKiB).toBeGreaterThanOrEqual(64 * 1024);
    expect(parsed.kdf.iterations).toBeGreaterThanOrEqual(3);
  });

  it('takes the passphrase from --passphrase-stdin and never from an argument', async () => {
    const dir = join(tempDir(), 'v');
    expect((await cli(['vault', 'create', dir, '--passphrase-stdin'], { stdin: `${PASS}\n` })).code).toBe(0);
    expect((await cli(['vault', 'info', dir, '--passphrase-stdin'], { stdin: `${PASS}\n` })).code).toBe(0);
    const noSource = await cli(['vault', 'info', dir]);
    expect(noSource.code).toBe(1);
    expect(noSource.stderr).toMatch(/DOSSIER_PASSPHRASE/);
    expect((await cli(['vault', 'info', dir, '--passphrase', PASS])).code).toBe(1);
  });

  it('exits 2 on a wrong passphrase and changes no file', async () => {
    const dir = await newVault();
    const before = hashTree(dir);
    const run = await cli(['cases', 'list', dir], { env: { DOSSIER_PASSPHRASE: 'wrong wrong wrong wrong' } });
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toBe('dossier: Wrong passphrase.');
    expect(hashTree(dir)).toEqual(before);
  });

  it('exits 3 with one clear line on a file that is not a vault', async () => {
    const file = join(tempDir(), 'holiday.jpg');
    writeFileSync(file, 'not a vault');
    const run = await cli(['vault', 'info', file], { env });
    expect(run.code).toBe(3);
    expect(run.stderr.split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/not a Dossier vault/);
    expect(readFileSync(file, 'utf8')).toBe('not a vault');
  });

  it('exits 1 with a one-line message on a user error', async () => {
    const weak = await cli(['vault', 'create', join(tempDir(), 'x')], { env: { DOSSIER_PASSPHRASE: 'short' } });
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(/too short/);
    const unknown = await cli(['vault', 'frobnicate'], { env });
    expect(unknown.code).toBe(1);
  });

  it('checks a healthy vault, and names the audit row changed through a raw connection', async () => {
    const dir = await newVault();
    const ok = await cli(['vault', 'check', dir], { env });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/Audit chain\s+intact/);
    const raw = openVault(dir, { passphrase: PASS });
    raw.database.exec('DROP TRIGGER audit_log_no_update');
    raw.database.prepare(`UPDATE audit_log SET actor = 'someone else' WHERE seq = 1`).run();
    raw.close();
    const bad = await cli(['vault', 'check', dir], { env });
    expect(bad.code).toBe(3);
    expect(bad.stdout).toMatch(/First bad entry\s+#1/);
    expect(bad.stderr).toMatch(/tampered with at entry #1/);
  });

  it('changes the passphrase and shows the recovery key, which resets a forgotten passphrase', async () => {
    const dir = await newVault();
    const passwd = await cli(['vault', 'passwd', dir, '--passphrase-stdin'], { stdin: `${PASS}\nthe second long passphrase\n` });
    expect(passwd.code, passwd.stderr).toBe(0);
    expect((await cli(['cases', 'list', dir], { env })).code).toBe(2);
    const key = await cli(['vault', 'recovery-key', dir], { env: { DOSSIER_PASSPHRASE: 'the second long passphrase' } });
    expect(key.stdout).toMatch(/^([0-9A-F]{4}-){15}[0-9A-F]{4}$/);
    const reset = await cli(['vault', 'passwd', dir, '--recovery-key'], { env: { DOSSIER_RECOVERY_KEY: key.stdout, DOSSIER_NEW_PASSPHRASE: 'a third passphrase now' } });
    expect(reset.code, reset.stderr).toBe(0);
    expect((await cli(['cases', 'list', dir], { env: { DOSSIER_PASSPHRASE: 'a third passphrase now' } })).code).toBe(0);
    const wrongKey = await cli(['cases', 'list', dir, '--recovery-key'], { env: { DOSSIER_RECOVERY_KEY: '0'.repeat(64) } });
    expect(wrongKey.code).toBe(2);
  });
});

describe('dossier cases', () => {
  const example = join(__dirname, '../../fixtures/case-interchange.example.json');

  it('imports, lists, refuses a duplicate, and exports only with --plaintext', async () => {
    const dir = await newVault();
    const imported = await cli(['cases', 'import', dir, example], { env });
    expect(imported).toMatchObject({ code: 0, stdout: 'Imported 1 case(s).' });
    const again = await cli(['cases', 'import', dir, example], { env });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already in the vault[\s\S]*\/cases\/0\/ref/);
    expect((await cli(['cases', 'import', dir, example, '--on-conflict', 'skip'], { env })).stdout).toMatch(/skipped 1/);
    expect((await cli(['cases', 'import', dir, example, '--on-conflict', 'merge'], { env })).code).toBe(1);

    const list = await cli(['cases', 'list', dir], { env });
    expect(list.stdout).toMatch(/TRAIN-0001\s+in_progress\s+mk\s+1\s+1\s+Synthetic training case/);
    expect(list.stdout).not.toMatch(/Ивана|Горан/);
    const json = JSON.parse((await cli(['cases', 'list', dir, '--json'], { env })).stdout) as { ref: string }[];
    expect(json.map((c) => c.ref)).toEqual(['TRAIN-0001']);

    const out = join(tempDir(), 'export.json');
    const refused = await cli(['cases', 'export', dir, out], { env });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/--plaintext/);
    const exported = await cli(['cases', 'export', dir, out, '--plaintext'], { env });
    expect(exported.code, exported.stderr).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const file = JSON.parse(readFileSync(out, 'utf8')) as { cases: { ref: string }[] };
    expect(file.cases.map((c) => c.ref)).toEqual(['TRAIN-0001']);
  });

  it('reports every problem of an invalid file by path and exits 1', async () => {
    const dir = await newVault();
    const bad = JSON.parse(readFileSync(example, 'utf8')) as { cases: { codings: { value: unknown }[] }[] };
    bad.cases[0]!.codings[0]!.value = 'atlantis';
    const file = join(tempDir(), 'bad.json');
    writeFileSync(file, JSON.stringify(bad));
    const run = await cli(['cases', 'import', dir, file], { env });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/1 problem; nothing was imported[\s\S]*\/cases\/0\/codings\/0\/value: unknown option "atlantis"/);
    writeFileSync(file, '{ "format": ');
    expect((await cli(['cases', 'import', dir, file], { env })).stderr).toMatch(/not valid JSON/);
  });
});

describe('dossier demo', () => {
  it('creates a training vault whose export imports into a new vault unchanged', async () => {
    const base = tempDir();
    const demo = join(base, 'training');
    const made = await cli(['demo', demo, '--cases', '12', '--seed', '5'], { env });
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toMatch(/12 synthetic cases/);

    const first = join(base, 'first.json');
    expect((await cli(['cases', 'export', demo, first, '--plaintext'], { env })).code).toBe(0);
    const exported = JSON.parse(readFileSync(first, 'utf8')) as { cases: { documents?: { text: string; title?: string }[] }[] };
    expect(exported.cases).toHaveLength(12);
    for (const c of exported.cases) {
      for (const d of c.documents ?? []) expect(d.text.split('\n')[0]).toMatch(/SYNTHETIC/);
    }

    const copy = join(base, 'copy');
    expect((await cli(['vault', 'create', copy], { env })).code).toBe(0);
    const imported = await cli(['cases', 'import', copy, first], { env });
    expect(imported.stdout).toBe('Imported 12 case(s).');
    const second = join(base, 'second.json');
    expect((await cli(['cases', 'export', copy, second, '--plaintext'], { env })).code).toBe(0);
    expect(JSON.parse(readFileSync(second, 'utf8'))).toEqual(exported);

    const info = JSON.parse((await cli(['vault', 'info', demo, '--json'], { env })).stdout) as { counts: { cases: number; annotations: number } };
    expect(info.counts.cases).toBe(12);
    expect(info.counts.annotations).toBeGreaterThan(12);
  });

  it('refuses bad counts and seeds', async () => {
    expect((await cli(['demo', join(tempDir(), 'x'), '--cases', 'many'], { env })).code).toBe(1);
    expect((await cli(['demo', join(tempDir(), 'x'), '--seed', '-4'], { env })).code).toBe(1);
  });
});
