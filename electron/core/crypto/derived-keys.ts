// Keys derived from the data key for purposes other than the database itself, so that
// editing the audit chain needs the data key, not mere file access (§1.7).
import { hkdfSync } from 'node:crypto';

export function deriveSubKey(dataKey: Buffer, purpose: 'audit-v1' | 'checkpoint-v1'): Buffer {
  return Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), `dossier:${purpose}`, 32));
}
