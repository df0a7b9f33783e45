// The layering rule of DESIGN.md and the SQL rule, exercised through ESLint itself on snippets
// placed (virtually) in each folder.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { join } from 'node:path';

const root = join(__dirname, '../../..');
const eslint = new ESLint({ cwd: root });

async function ruleIds(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('layering', () => {
  it('keeps shared free of Node, Electron and our other layers', async () => {
    expect(await ruleIds('shared/x.ts', `import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n`)).toEqual(['dossier/layering']);
    expect(await ruleIds('shared/x.ts', `import { Vault } from '../electron/core/vault/vault';\nexport type A = Vault;\n`)).toEqual(['dossier/layering']);
    expect(await ruleIds('shared/x.ts', `import { z } from 'zod';\nexport const a = z.string();\n`)).toEqual([]);
  });
  it('keeps electron out of core and the CLI, and Node out of the renderer', async () => {
    expect(await ruleIds('electron/core/x.ts', `import { app } from 'electron';\nexport const a = app;\n`)).toEqual(['dossier/layering']);
    expect(await ruleIds('electron/cli/x.ts', `import { app } from 'electron';\nexport const a = app;\n`)).toEqual(['dossier/layering']);
    expect(await ruleIds('renderer/src/x.ts', `import { join } from 'path';\nexport const a = join;\n`)).toEqual(['dossier/layering']);
    expect(await ruleIds('renderer/src/x.ts', `import { openVault } from '../../electron/core/vault/vault';\nexport const a = openVault;\n`)).toEqual(['dossier/layering']);
  });
  it('lets the preload take only contextBridge and ipcRenderer', async () => {
    expect(await ruleIds('electron/preload/x.ts', `import { contextBridge, ipcRenderer } from 'electron';\nexport const a = [contextBridge, ipcRenderer];\n`)).toEqual([]);
    expect(await ruleIds('electron/preload/x.ts', `import { shell } from 'electron';\nexport const a = shell;\n`)).toEqual(['dossier/layering']);
  });
  it('lets main use core, shared and electron', async () => {
    expect(await ruleIds('electron/main/x.ts', `import { app } from 'electron';\nimport { openVault } from '../core/vault/vault';\nexport const a = [app, openVault];\n`)).toEqual([]);
  });
});

describe('SQL and Electron rules', () => {
  it('refuses SQL assembled from values', async () => {
    expect(await ruleIds('electron/core/x.ts', 'export const f = (db: { prepare(s: string): void }, t: string) => db.prepare(`SELECT * FROM ${t}`);\n')).toEqual(['dossier/no-dynamic-sql']);
    expect(await ruleIds('electron/core/x.ts', "export const f = (db: { prepare(s: string): void }, t: string) => db.prepare('SELECT ' + t);\n")).toEqual(['dossier/no-dynamic-sql']);
    expect(await ruleIds('electron/core/x.ts', 'const COLS = "a, b";\nexport const f = (db: { prepare(s: string): void }) => db.prepare(`SELECT ${COLS} FROM t WHERE id = ?`);\n')).toEqual([]);
  });
  it('forbids shell.openExternal and dangerouslySetInnerHTML', async () => {
    expect(await ruleIds('electron/main/x.ts', `import { shell } from 'electron';\nexport const f = (u: string) => shell.openExternal(u);\n`)).toContain('no-restricted-properties');
  });
});
