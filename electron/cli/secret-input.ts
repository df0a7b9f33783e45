// Passphrases and recovery keys never come from command-line arguments (they would land in
// shell history and the process list): an interactive prompt, one line on standard input with
// --passphrase-stdin, or an environment variable.
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { DossierError } from '../../shared/errors';

export interface SecretSources {
  stdin: boolean;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
  readStdin: () => Promise<string>;
  prompt: (question: string) => Promise<string>;
}

export function defaultSources(stdinFlag: boolean): SecretSources {
  let cached: Promise<string> | null = null;
  return {
    stdin: stdinFlag,
    env: process.env,
    isTTY: Boolean(process.stdin.isTTY && process.stderr.isTTY),
    readStdin: () => (cached ??= readAllStdin()),
    prompt: promptHidden,
  };
}

/** Lines of standard input, read once: --passphrase-stdin takes the first, a new passphrase the second. */
export async function stdinLine(sources: SecretSources, index: number): Promise<string | undefined> {
  const text = await sources.readStdin();
  const lines = text.split(/\r?\n/);
  return lines[index];
}

export async function readPassphrase(sources: SecretSources, label = 'Passphrase'): Promise<string> {
  if (sources.stdin) {
    const line = await stdinLine(sources, 0);
    if (!line) throw new DossierError('BAD_REQUEST', 'No passphrase on standard input.');
    return line;
  }
  const fromEnv = sources.env.DOSSIER_PASSPHRASE;
  if (fromEnv) return fromEnv;
  if (!sources.isTTY) {
    throw new DossierError('BAD_REQUEST', 'No passphrase: type it at the prompt, pipe it with --passphrase-stdin, or set DOSSIER_PASSPHRASE.');
  }
  return sources.prompt(`${label}: `);
}

/** A passphrase being set: from stdin/env like any other, or typed twice at the prompt. */
export async function readNewPassphrase(sources: SecretSources, options: { stdinLine: number; envName: string }): Promise<string> {
  if (sources.stdin) {
    const line = await stdinLine(sources, options.stdinLine);
    if (!line) throw new DossierError('BAD_REQUEST', 'No new passphrase on standard input.');
    return line;
  }
  const fromEnv = sources.env[options.envName];
  if (fromEnv) return fromEnv;
  if (!sources.isTTY) throw new DossierError('BAD_REQUEST', `No new passphrase: type it at the prompt or set ${options.envName}.`);
  const first = await sources.prompt('New passphrase: ');
  const second = await sources.prompt('Repeat the new passphrase: ');
  if (first !== second) throw new DossierError('BAD_REQUEST', 'The two passphrases differ; nothing was changed.');
  return first;
}

export async function readRecoveryKey(sources: SecretSources): Promise<string> {
  if (sources.stdin) {
    const line = await stdinLine(sources, 0);
    if (!line) throw new DossierError('BAD_REQUEST', 'No recovery key on standard input.');
    return line;
  }
  const fromEnv = sources.env.DOSSIER_RECOVERY_KEY;
  if (fromEnv) return fromEnv;
  if (!sources.isTTY) throw new DossierError('BAD_REQUEST', 'No recovery key: type it at the prompt, pipe it with --passphrase-stdin, or set DOSSIER_RECOVERY_KEY.');
  return sources.prompt('Recovery key: ');
}

function readAllStdin(): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    process.stdin.on('error', reject);
  });
}

/** Reads a line from the terminal without echoing it. */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    let muted = false;
    const output = new Writable({
      write(chunk: Buffer, _enc, done) {
        if (!muted) process.stderr.write(chunk);
        done();
      },
    });
    const rl = createInterface({ input: process.stdin, output, terminal: true });
    rl.question(question, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
    muted = true;
  });
}
