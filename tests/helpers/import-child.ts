// Child process of the crash test: imports N cases into a vault and reports progress on stdout,
// so the parent can SIGKILL it in the middle of the import's transaction.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openVault } from '../../electron/core/vault/vault';
import { createServices } from '../../electron/core/services';
import { importInterchange } from '../../electron/core/interchange/import-interchange';
import type { InterchangeFile } from '../../shared/interchange/interchange-schema';

const [dir, countText] = process.argv.slice(2);
const example = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/case-interchange.example.json'), 'utf8')) as InterchangeFile;
const template = example.cases[0]!;
const file: InterchangeFile = {
  ...example,
  cases: Array.from({ length: Number(countText) }, (_, i) => ({ ...template, ref: `CRASH-${String(i).padStart(4, '0')}` })),
};
const vault = openVault(dir!, { passphrase: process.env.DOSSIER_PASSPHRASE! });
importInterchange(createServices(vault), file, {
  onProgress: (done) => process.stdout.write(`progress ${done}\n`),
});
vault.close();
process.stdout.write('finished\n');
