// The minimum a vault passphrase must meet, shared by the CLI and the first-run screen.
// Length is what resists offline guessing of an Argon2id-stretched secret; a passphrase of a
// few words is easier to remember than a short complex password.

export const MIN_PASSPHRASE_LENGTH = 12;

/** Returns why the passphrase is too weak, or null when it is acceptable. */
export function checkPassphrasePolicy(passphrase: string): string | null {
  const chars = Array.from(passphrase.normalize('NFC'));
  if (chars.length < MIN_PASSPHRASE_LENGTH) {
    return `The passphrase is too short: use at least ${MIN_PASSPHRASE_LENGTH} characters, for example four unrelated words.`;
  }
  if (new Set(chars).size < 5) return 'The passphrase repeats too few characters; use several different words.';
  return null;
}
