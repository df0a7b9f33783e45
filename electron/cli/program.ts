// The `dossier` command line: a thin shell over core/ (DESIGN.md "Layout"). Every failure is
// one line on stderr and an exit code: 1 user error, 2 wrong passphrase, 3 corrupt or foreign file.
import { Command, CommanderError } from 'commander';
import { isDossierError } from '../../shared/errors';
import type { CliIo } from './cli-io';
import { EXIT, exitCodeFor } from './exit-codes';
import { registerVaultCommands } from './commands/vault-commands';
import { registerCasesCommands } from './commands/cases-commands';
import { registerDemoCommand } from './commands/demo-command';
import { registerBenchCommand } from './commands/bench-command';
import { registerCodebookCommand } from './commands/codebook-command';

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command()
    .name('dossier')
    .description('Dossier: encrypted case vaults for reviews of trafficking-in-persons court cases.')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) })
    .showHelpAfterError(false)
    .addHelpText(
      'after',
      `
Passphrases are never taken from arguments: type them at the prompt, pipe one line with
--passphrase-stdin, or set DOSSIER_PASSPHRASE (DOSSIER_NEW_PASSPHRASE for a new one,
DOSSIER_RECOVERY_KEY for the recovery key).

Exit codes: 0 success, 1 user error, 2 wrong passphrase or recovery key, 3 corrupt or foreign file.`,
    );
  registerVaultCommands(program, io, (code) => {
    exitCode = code;
  });
  registerCasesCommands(program, io);
  registerCodebookCommand(program, io);
  registerDemoCommand(program, io);
  registerBenchCommand(program, io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? EXIT.ok : EXIT.userError;
    }
    if (isDossierError(err)) {
      io.err(`dossier: ${err.message}`);
      for (const p of err.problems.slice(0, 50)) io.err(`  ${p.path || '/'}: ${p.message}`);
      if (err.problems.length > 50) io.err(`  … and ${err.problems.length - 50} more`);
      return exitCodeFor(err.code);
    }
    // Never a stack or a path from an unexpected error (DESIGN.md "Conventions").
    io.err('dossier: an unexpected error stopped the command; nothing else was changed.');
    if (process.env.DOSSIER_DEBUG) io.err(String(err instanceof Error ? err.stack : err));
    return EXIT.userError;
  }
}
