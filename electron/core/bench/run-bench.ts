// `npm run bench` / `dossier bench`: the figures of DESIGN.md's performance budgets, measured on
// this machine and printed (never asserted: timing belongs in a benchmark, not a test).
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createVault, openVault, readVaultInfo, type Vault } from '../vault/vault';
import { createServices, type Services } from '../services';
import { currentCodebook, DEFAULT_CODEBOOK } from '../codebook/codebook-store';
import { importInterchange } from '../interchange/import-interchange';
import { generateDemoFile } from '../demo/generate-demo-file';
import { populateFixture, type FixtureShape } from './populate-fixture';
import { createPlainBenchmarkVault } from './plain-vault';
import { syntheticValue } from './synthetic-values';
import { median, percentile, round } from './statistics';
import { measureReview, type ReviewBenchResult } from './bench-review';

export interface BenchOptions extends FixtureShape {
  saves: number;
  listRuns: number;
  importCases: number;
  log?: (line: string) => void;
}

export const DEFAULT_BENCH: BenchOptions = { cases: 10_000, personsPerCase: 3, codingsPerCase: 40, saves: 2_000, listRuns: 30, importCases: 1_000 };

/** With issue 4's figures: the cross-case table (20 case-scoped columns) and the progress overview. */
export interface BenchResult extends ReviewBenchResult {
  machine: { cpus: number; node: string; platform: string };
  fixture: FixtureShape;
  vault_create_ms: number;
  vault_unlock_ms: number;
  kdf: { memory_kib: number; iterations: number };
  save_coding_p50_ms: number;
  save_coding_p99_ms: number;
  save_coding_max_ms: number;
  list_filtered_10k_median_ms: number;
  list_filtered_10k_p95_ms: number;
  list_first_page_median_ms: number;
  import_1000_cases_ms: number;
  import_cases_per_second: number;
  plain_save_coding_p50_ms: number;
  plain_save_coding_p99_ms: number;
  plain_list_filtered_10k_median_ms: number;
  encrypted_vs_plain_ratio: number;
  [extra: string]: unknown;
}

const BENCH_PASSPHRASE = 'benchmark passphrase, not a secret';

export function runBench(options: BenchOptions = DEFAULT_BENCH): BenchResult {
  const log = options.log ?? (() => {});
  const root = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
  try {
    log('creating a vault (calibrated Argon2id)…');
    let t = performance.now();
    const created = createVault(join(root, 'encrypted'), { passphrase: BENCH_PASSPHRASE });
    const vaultCreateMs = performance.now() - t;
    created.vault.close();
    t = performance.now();
    const vault = openVault(join(root, 'encrypted'), { passphrase: BENCH_PASSPHRASE });
    const vaultUnlockMs = performance.now() - t;
    const { kdf } = readVaultInfo(join(root, 'encrypted'));

    log(`loading ${options.cases} cases × ${options.codingsPerCase} codings into the encrypted vault…`);
    const encrypted = measureWorkload(vault, options);
    log(`loading the cross-case table and the overview of ${options.cases} cases…`);
    const review = measureReview(encrypted.services, currentCodebook(vault.database).definition);
    vault.close();

    log('the same workload on plain SQLite…');
    const plainVault = createPlainBenchmarkVault(join(root, 'plain'));
    const plain = measureWorkload(plainVault, options);
    plainVault.close();

    log(`importing ${options.importCases} interchange cases…`);
    const importVault = createVault(join(root, 'import'), {
      passphrase: BENCH_PASSPHRASE,
      kdfCost: { memoryKiB: 64 * 1024, iterations: 3, parallelism: 1 },
    }).vault;
    const file = generateDemoFile({ cases: options.importCases, seed: 7, codebook: DEFAULT_CODEBOOK });
    t = performance.now();
    importInterchange(createServices(importVault), file);
    const importMs = performance.now() - t;
    importVault.close();

    const encryptedTotal = encrypted.saveTotalMs + encrypted.listTotalMs;
    const plainTotal = plain.saveTotalMs + plain.listTotalMs;
    return {
      machine: { cpus: cpuCount(), node: process.version, platform: `${process.platform}-${process.arch}` },
      fixture: { cases: options.cases, personsPerCase: options.personsPerCase, codingsPerCase: options.codingsPerCase },
      vault_create_ms: round(vaultCreateMs, 0),
      vault_unlock_ms: round(vaultUnlockMs, 0),
      kdf: { memory_kib: kdf.memoryKiB, iterations: kdf.iterations },
      save_coding_p50_ms: round(median(encrypted.saves)),
      save_coding_p99_ms: round(percentile(encrypted.saves, 99)),
      save_coding_max_ms: round(Math.max(...encrypted.saves)),
      list_filtered_10k_median_ms: round(median(encrypted.lists)),
      list_filtered_10k_p95_ms: round(percentile(encrypted.lists, 95)),
      list_first_page_median_ms: round(median(encrypted.firstPages)),
      import_1000_cases_ms: round(importMs, 0),
      import_cases_per_second: round(options.importCases / (importMs / 1000), 0),
      plain_save_coding_p50_ms: round(median(plain.saves)),
      plain_save_coding_p99_ms: round(percentile(plain.saves, 99)),
      plain_list_filtered_10k_median_ms: round(median(plain.lists)),
      encrypted_vs_plain_ratio: round(encryptedTotal / plainTotal),
      ...review,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

interface Workload {
  saves: number[];
  lists: number[];
  firstPages: number[];
  saveTotalMs: number;
  listTotalMs: number;
  services: Services;
}

/** Saves of single codings (each its own durable transaction) and filtered lists of all cases. */
function measureWorkload(vault: Vault, options: BenchOptions): Workload {
  const { caseIds } = populateFixture(vault, options);
  const services = createServices(vault);
  const codebook = currentCodebook(vault.database).definition;
  // Computed fields are derived by the save itself and refuse a typed value.
  const fields = codebook.stages.flatMap((s) => s.fields.filter((f) => f.scope === 'case' && !f.deprecated && !f.derived).map((f) => ({ stage: s.id, field: f })));
  const saves: number[] = [];
  for (let i = 0; i < options.saves; i++) {
    const caseId = caseIds[(i * 7919) % caseIds.length]!;
    const { stage, field } = fields[i % fields.length]!;
    const t = performance.now();
    services.codings.set({ caseId, stageId: stage, fieldId: field.id, value: syntheticValue(field, i + 3) });
    saves.push(performance.now() - t);
  }
  const lists: number[] = [];
  const firstPages: number[] = [];
  for (let i = 0; i < options.listRuns; i++) {
    // What the virtualised case list asks for when a filter changes: the first 200 rows and the total.
    const t0 = performance.now();
    services.cases.list({ status: ['in_progress', 'coded'], text: 'case 1', sort: i % 2 ? 'country' : 'ref', direction: 'desc', limit: 200 });
    firstPages.push(performance.now() - t0);
    const t = performance.now();
    const result = services.cases.list({ status: ['in_progress', 'coded'], country: ['mk', 'rs', 'al'], sort: i % 2 ? 'updatedAt' : 'ref', limit: 10_000 });
    lists.push(performance.now() - t);
    if (result.items.length === 0) throw new Error('the benchmark list returned nothing');
  }
  return { saves, lists, firstPages, saveTotalMs: sum(saves), listTotalMs: sum(lists), services };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function cpuCount(): number {
  return cpus().length;
}
