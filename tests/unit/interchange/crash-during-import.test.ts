// "Nothing typed is ever lost" and "all or nothing": a process killed with SIGKILL in the
// middle of importing 500 cases leaves a vault that opens and holds everything committed
// before the import and none of the import.
import { afterEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createServices } from '../../../electron/core/services';
import { openVault } from '../../../electron/core/vault/vault';
import { checkVault } from '../../../electron/core/vault/check-vault';
import { PASSPHRASE, createTestVault, removeTempDirs } from '../../helpers/temp-vault';

afterEach(removeTempDirs);

function importAndKill(dir: string, cases: number, killAfter: number): Promise<{ lastProgress: number; finished: boolean; signal: string | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, '../../helpers/import-child.ts'), dir, String(cases)], {
      env: { ...process.env, DOSSIER_PASSPHRASE: PASSPHRASE },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let lastProgress = 0;
    let finished = false;
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      for (const line of chunk.split('\n')) {
        const m = /^progress (\d+)$/.exec(line);
        if (m) lastProgress = Number(m[1]);
        if (line === 'finished') finished = true;
      }
      if (lastProgress >= killAfter && !child.killed) child.kill('SIGKILL');
    });
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (!signal && !finished) reject(new Error(`the child failed: ${stderr}`));
      else resolve({ lastProgress, finished, signal });
    });
  });
}

describe('a crash during import', () => {
  it('keeps everything committed before, and none of the interrupted import', async () => {
    const { vault, dir } = createTestVault();
    const s = createServices(vault);
    const kept = s.cases.create({ ref: 'BEFORE-1', title: 'committed before the import' });
    s.codings.set({ caseId: kept.id, stageId: 'case_overview', fieldId: 'country', value: 'mk' });
    vault.close();

    const run = await importAndKill(dir, 500, 150);
    expect(run.signal).toBe('SIGKILL');
    expect(run.finished).toBe(false);
    expect(run.lastProgress).toBeGreaterThanOrEqual(150);
    expect(run.lastProgress).toBeLessThan(500);

    const reopened = openVault(dir, { passphrase: PASSPHRASE });
    const after = createServices(reopened);
    expect(after.cases.list().items.map((c) => c.ref)).toEqual(['BEFORE-1']);
    expect(after.cases.get(kept.id).country).toBe('mk');
    expect(checkVault(reopened, after).ok).toBe(true);
    reopened.close();
  });

  it('holds all of the import when the process is not interrupted', async () => {
    const { vault, dir } = createTestVault();
    vault.close();
    const run = await importAndKill(dir, 30, Number.POSITIVE_INFINITY);
    expect(run.finished).toBe(true);
    const reopened = openVault(dir, { passphrase: PASSPHRASE });
    expect(createServices(reopened).cases.list().total).toBe(30);
    reopened.close();
  });
});
