import type { Command } from 'commander';
import { DossierError } from '../../../shared/errors';
import { changePassphrase, createVault, readVaultInfo } from '../../core/vault/vault';
import { checkVault } from '../../core/vault/check-vault';
import { createServices } from '../../core/services';
import { cipherSettings } from '../../core/vault/pragmas';
import { appliedSchemaVersion } from '../../core/migrations';
import { vaultCounts } from '../../core/vault/vault-stats';
import type { CliIo } from '../cli-io';
import { readNewPassphrase, readPassphrase, readRecoveryKey } from '../secret-input';
import { withVault, type UnlockFlags } from '../unlock';
import { EXIT } from '../exit-codes';

export function registerVaultCommands(program: Command, io: CliIo, setExit: (code: number) => void): void {
  const vault = program.command('vault').description('create, inspect, check and re-key vaults');

  vault
    .command('create <path>')
    .description('create a new, empty vault in a new folder')
    .option('--reviewer <name>', 'name of the first reviewer profile', 'Reviewer 1')
    .option('--passphrase-stdin', 'read the passphrase from the first line of standard input')
    .action(async (path: string, opts: { reviewer: string; passphraseStdin?: boolean }) => {
      const sources = io.secrets(Boolean(opts.passphraseStdin));
      const passphrase = sources.stdin || sources.env.DOSSIER_PASSPHRASE ? await readPassphrase(sources) : await readNewPassphrase(sources, { stdinLine: 0, envName: 'DOSSIER_PASSPHRASE' });
      io.err('Calibrating the key derivation for this machine…');
      const { vault: created, recoveryKey } = createVault(path, { passphrase, reviewerName: opts.reviewer });
      const name = created.paths.name;
      created.close();
      io.out(`Created the vault "${name}" at ${created.paths.dir}.`);
      io.out('');
      io.out('Recovery key (shown once; print it or write it down and keep it apart from this computer):');
      io.out(`  ${recoveryKey}`);
      io.out('');
      io.out('With it the vault can be opened if the passphrase is forgotten: dossier vault passwd --recovery-key.');
    });

  vault
    .command('info <path>')
    .description('show what a vault holds and how it is protected')
    .option('--json', 'print JSON')
    .option('--passphrase-stdin', 'read the passphrase from the first line of standard input')
    .option('--recovery-key', 'unlock with the recovery key instead of the passphrase')
    .action(async (path: string, opts: UnlockFlags & { json?: boolean }) => {
      const info = readVaultInfo(path);
      const details = await withVault(path, opts, io, (v) => {
        return {
          ...info,
          schemaVersion: appliedSchemaVersion(v.database),
          encryption: { ...cipherSettings(v.database), key: 'raw 256-bit data key, wrapped with Argon2id + AES-256-GCM' },
          counts: vaultCounts(v.database),
        };
      }, { readonly: true });
      if (opts.json) {
        io.out(JSON.stringify(details, null, 2));
        return;
      }
      io.out(`Vault        ${details.name}`);
      io.out(`Location     ${details.path}`);
      io.out(`Vault id     ${details.vaultId}`);
      io.out(`Created      ${details.createdAt}`);
      io.out(`Passphrase   last set ${details.passphraseChangedAt}`);
      io.out(`Encryption   SQLCipher ${details.encryption.legacy} (${details.encryption.cipher}), ${details.encryption.key}`);
      io.out(`KDF          Argon2id, ${details.kdf.memoryKiB / 1024} MiB, ${details.kdf.iterations} iterations, parallelism ${details.kdf.parallelism}`);
      io.out(`Schema       version ${details.schemaVersion}`);
      io.out(`Size         ${(details.sizeBytes / 1024 / 1024).toFixed(1)} MiB`);
      const c = details.counts;
      io.out(`Holds        ${c.cases} cases, ${c.persons} persons, ${c.codings} codings, ${c.documents} documents, ${c.annotations} annotations, ${c.memos} memos`);
      io.out(`Audit log    ${c.auditEntries} entries`);
    });

  vault
    .command('check <path>')
    .description('check the encrypted pages and the audit chain')
    .option('--json', 'print JSON')
    .option('--passphrase-stdin', 'read the passphrase from the first line of standard input')
    .option('--recovery-key', 'unlock with the recovery key instead of the passphrase')
    .action(async (path: string, opts: UnlockFlags & { json?: boolean }) => {
      const report = await withVault(path, opts, io, (v) => checkVault(v, createServices(v)), { readonly: true });
      if (opts.json) io.out(JSON.stringify(report, null, 2));
      else {
        io.out(`Database pages   ${report.database.ok ? 'intact' : `DAMAGED: ${report.database.problems.join('; ')}`}`);
        io.out(`Foreign keys     ${report.foreignKeys.ok ? 'consistent' : `${report.foreignKeys.violations} broken references`}`);
        io.out(`Audit chain      ${report.audit.ok ? `intact (${report.audit.entries} entries)` : `BROKEN: ${report.audit.problem}`}`);
        if (report.audit.firstBadSeq !== null) io.out(`First bad entry  #${report.audit.firstBadSeq}`);
      }
      if (!report.ok) {
        io.err(report.audit.ok ? 'The vault is damaged: restore it from a backup.' : `The audit log was tampered with at entry #${report.audit.firstBadSeq}.`);
        setExit(EXIT.corrupt);
      }
    });

  vault
    .command('passwd <path>')
    .description('change the passphrase (the database is not re-encrypted)')
    .option('--passphrase-stdin', 'read the current passphrase (or recovery key) from line 1 and the new one from line 2 of standard input')
    .option('--recovery-key', 'prove access with the recovery key instead of the current passphrase')
    .action(async (path: string, opts: UnlockFlags) => {
      const sources = io.secrets(Boolean(opts.passphraseStdin));
      const credential = opts.recoveryKey ? { recoveryKey: await readRecoveryKey(sources) } : { passphrase: await readPassphrase(sources, 'Current passphrase') };
      const next = await readNewPassphrase(sources, { stdinLine: 1, envName: 'DOSSIER_NEW_PASSPHRASE' });
      if ('passphrase' in credential && credential.passphrase === next) {
        throw new DossierError('BAD_REQUEST', 'The new passphrase is the same as the current one.');
      }
      io.err('Calibrating the key derivation for this machine…');
      changePassphrase(path, credential, next);
      io.out('The passphrase was changed. The recovery key is unchanged.');
    });

  vault
    .command('recovery-key <path>')
    .description('show the recovery key again (needs the passphrase; the viewing is audited)')
    .option('--passphrase-stdin', 'read the passphrase from the first line of standard input')
    .action(async (path: string, opts: UnlockFlags) => {
      const key = await withVault(path, opts, io, (v) => {
        const services = createServices(v);
        services.context.write(() => services.context.audit({ action: 'vault.recovery-key-view', subjectType: 'vault', subjectId: v.id }));
        return v.recoveryKey();
      });
      io.out(key);
    });
}
