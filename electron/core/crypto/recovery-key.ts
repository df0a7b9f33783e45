// The recovery key is the data key itself, printed as 64 hexadecimal digits in groups of four
// so it can be copied by hand. With it, stock SQLCipher 4 opens the vault
// (`PRAGMA key = "x'<64 hex>'"`), so an organisation is never locked out by the app itself.

export function formatRecoveryKey(dataKey: Buffer): string {
  const hex = dataKey.toString('hex').toUpperCase();
  return hex.match(/.{4}/g)!.join('-');
}

/** Accepts the printed form with any spacing, dashes or case; null when it is not 32 bytes. */
export function parseRecoveryKey(text: string): Buffer | null {
  const hex = text.replace(/[\s-]/g, '');
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) return null;
  return Buffer.from(hex, 'hex');
}
