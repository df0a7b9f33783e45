import type { Command } from 'commander';
import { DossierError } from '../../../shared/errors';
import { createDemoVault } from '../../core/demo/create-demo-vault';
import type { CliIo } from '../cli-io';
import { readNewPassphrase, readPassphrase } from '../secret-input';

export function registerDemoCommand(program: Command, io: CliIo): void {
  program
    .command('demo <path>')
    .description('create a training vault of synthetic cases (no real person in it)')
    .option('--cases <n>', 'number of cases', '40')
    .option('--seed <s>', 'seed: the same seed gives the same cases', '1')
    .option('--passphrase-stdin', 'read the passphrase from the first line of standard input')
    .action(async (path: string, opts: { cases: string; seed: string; passphraseStdin?: boolean }) => {
      const cases = Number(opts.cases);
      const seed = Number(opts.seed);
      if (!Number.isInteger(cases) || cases < 1 || cases > 20_000) throw new DossierError('BAD_REQUEST', '--cases takes a whole number from 1 to 20000.');
      if (!Number.isInteger(seed) || seed < 0) throw new DossierError('BAD_REQUEST', '--seed takes a whole number of 0 or more.');
      const sources = io.secrets(Boolean(opts.passphraseStdin));
      const passphrase = sources.stdin || sources.env.DOSSIER_PASSPHRASE ? await readPassphrase(sources) : await readNewPassphrase(sources, { stdinLine: 0, envName: 'DOSSIER_PASSPHRASE' });
      io.err('Calibrating the key derivation for this machine…');
      const { recoveryKey, report } = createDemoVault(path, { passphrase, cases, seed });
      io.out(`Created the training vault ${path} with ${report.imported.length} synthetic cases (seed ${seed}).`);
      io.out(`Recovery key: ${recoveryKey}`);
    });
}
