// A training vault (USERS.md, the trainer): a new vault filled with synthetic cases through
// the same importer reviewers use, and flagged as a training vault in its metadata.
import { createVault } from '../vault/vault';
import type { KdfCost } from '../crypto/argon2-kdf';
import { createServices } from '../services';
import { DEFAULT_CODEBOOK } from '../codebook/codebook-store';
import { importInterchange, type ImportReport } from '../interchange/import-interchange';
import { generateDemoFile } from './generate-demo-file';

export interface DemoVaultOptions {
  passphrase: string;
  cases: number;
  seed: number;
  kdfCost?: KdfCost;
  onProgress?: (done: number, total: number) => void;
}

export function createDemoVault(path: string, options: DemoVaultOptions): { recoveryKey: string; report: ImportReport } {
  const { vault, recoveryKey } = createVault(path, {
    passphrase: options.passphrase,
    reviewerName: 'Trainer',
    ...(options.kdfCost ? { kdfCost: options.kdfCost } : {}),
  });
  try {
    const services = createServices(vault);
    const file = generateDemoFile({ cases: options.cases, seed: options.seed, codebook: DEFAULT_CODEBOOK });
    const report = importInterchange(services, file, options.onProgress ? { onProgress: options.onProgress } : {});
    services.context.write(() => {
      services.context.sql(`INSERT INTO meta (key, value) VALUES ('training', 'true')`).run();
      services.context.audit({ action: 'vault.mark-training', subjectType: 'vault', subjectId: vault.id, details: { seed: options.seed, cases: options.cases } });
    });
    return { recoveryKey, report };
  } finally {
    vault.close();
  }
}
