// `dossier codebook export|import`: moves a codebook between vaults (issue 4 §7). A codebook
// holds wording and ids only, no case data, so its file needs no plaintext confirmation.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { DossierError } from '../../../shared/errors';
import { createServices } from '../../core/services';
import type { CliIo } from '../cli-io';
import { withVault, type UnlockFlags } from '../unlock';

export function registerCodebookCommand(program: Command, io: CliIo): void {
  const codebook = program.command('codebook').description('export and import the codebook of a vault');

  codebook
    .command('export <path> <file>')
    .description('write the current codebook to a JSON file')
    .option('--force', 'overwrite the file if it exists')
    .option('--passphrase-stdin', 'read the passphrase from the first line of standard input')
    .option('--recovery-key', 'unlock with the recovery key instead of the passphrase')
    .action(async (path: string, file: string, opts: UnlockFlags & { force?: boolean }) => {
      const written = await withVault(path, opts, io, (v) => {
        const services = createServices(v);
        const { codebook } = services.codebook.current();
        writeOutputFile(file, services.codebook.exportJson(), Boolean(opts.force));
        services.codebook.recordExport(basename(file));
        return codebook;
      });
      io.out(`Exported the codebook ${written.id} version ${written.version} to ${file}.`);
    });

  codebook
    .command('import <path> <file>')
    .description('import a codebook JSON file: a later version of the vault’s codebook, or a new codebook for new cases')
    .option('--passphrase-stdin', 'read the passphrase from the first line of standard input')
    .option('--recovery-key', 'unlock with the recovery key instead of the passphrase')
    .action(async (path: string, file: string, opts: UnlockFlags) => {
      const text = readInputFile(file);
      const result = await withVault(path, opts, io, (v) => createServices(v).codebook.importJson(text));
      io.out(
        result.status === 'already-present'
          ? `The vault already holds the codebook ${result.codebookId} version ${result.version}; nothing changed.`
          : `Imported the codebook ${result.codebookId} version ${result.version}.`,
      );
    });
}

function readInputFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new DossierError('BAD_REQUEST', `Cannot read ${file}.`);
  }
}

function writeOutputFile(file: string, content: string, force: boolean): void {
  try {
    // 'wx' fails on an existing file, so a codebook never silently replaces another file.
    writeFileSync(file, content, { flag: force ? 'w' : 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new DossierError('BAD_REQUEST', `${file} already exists; choose another name or add --force to overwrite it.`);
    }
    throw new DossierError('BAD_REQUEST', `Cannot write ${file} (check the folder exists and is writable).`);
  }
}
