import type { SecretSources } from './secret-input';

/** Where a command writes and reads: the real terminal, or a test's buffers. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Secret sources for a given --passphrase-stdin flag. */
  secrets: (stdinFlag: boolean) => SecretSources;
}
