import { runCli } from '../../electron/cli/program';
import type { SecretSources } from '../../electron/cli/secret-input';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with a given environment and standard input (no terminal). */
export async function cli(args: string[], options: { env?: Record<string, string>; stdin?: string } = {}): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    secrets: (stdinFlag): SecretSources => ({
      stdin: stdinFlag,
      env: options.env ?? {},
      isTTY: false,
      readStdin: () => Promise.resolve(options.stdin ?? ''),
      prompt: () => Promise.reject(new Error('no terminal in tests')),
    }),
  });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}
