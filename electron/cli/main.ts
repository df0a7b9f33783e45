// Entry point of the built CLI (electron/cli/bin/dossier.mjs loads the bundle of this file).
import { runCli } from './program';
import { defaultSources } from './secret-input';

const code = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  secrets: defaultSources,
});
process.exitCode = code;
