import type { Command } from 'commander';
import { DEFAULT_BENCH as DEFAULTS, runBench, type BenchResult } from '../../core/bench/run-bench';
import type { CliIo } from '../cli-io';
import { formatTable } from './cases-commands';

export function registerBenchCommand(program: Command, io: CliIo): void {
  program
    .command('bench')
    .description('measure vault speed on this machine (10,000 synthetic cases; takes a few minutes)')
    .option('--json', 'print the figures as one JSON object')
    .action((opts: { json?: boolean }) => {
      const result = runBench({ ...DEFAULTS, log: (line) => io.err(line) });
      io.out(opts.json ? JSON.stringify(result, null, 2) : formatBench(result));
    });
}

export function formatBench(r: BenchResult): string {
  const rows: [string, string][] = [
    ['create a vault (Argon2id calibrated)', `${r.vault_create_ms} ms`],
    ['unlock a vault', `${r.vault_unlock_ms} ms (Argon2id ${r.kdf.memory_kib / 1024} MiB × ${r.kdf.iterations})`],
    ['save one coding, p50', `${r.save_coding_p50_ms} ms`],
    ['save one coding, p99', `${r.save_coding_p99_ms} ms`],
    ['save one coding, slowest of all', `${r.save_coding_max_ms} ms`],
    ['list 10,000 cases with a filter, median', `${r.list_filtered_10k_median_ms} ms`],
    ['list 10,000 cases with a filter, p95', `${r.list_filtered_10k_p95_ms} ms`],
    ['filter + sort 10,000 cases, first 200 rows, median', `${r.list_first_page_median_ms} ms`],
    [`import ${r.fixture.cases >= 1000 ? '1,000' : ''} interchange cases`, `${r.import_1000_cases_ms} ms (${r.import_cases_per_second} cases/s)`],
    ['plain SQLite: save p50 / p99', `${r.plain_save_coding_p50_ms} / ${r.plain_save_coding_p99_ms} ms`],
    ['plain SQLite: list median', `${r.plain_list_filtered_10k_median_ms} ms`],
    ['encrypted ÷ plain (save + list workload)', `${r.encrypted_vs_plain_ratio}×`],
  ];
  const extra = Object.entries(r)
    .filter(([k]) => !KNOWN.has(k))
    .map(([k, v]): [string, string] => [k, typeof v === 'object' ? JSON.stringify(v) : String(v)]);
  return `${formatTable(['MEASURE', 'VALUE'], [...rows, ...extra])}\n(${r.fixture.cases} cases, ${r.fixture.codingsPerCase} codings and ${r.fixture.personsPerCase} persons each; ${r.machine.cpus} CPUs, Node ${r.machine.node})`;
}

const KNOWN = new Set([
  'machine', 'fixture', 'vault_create_ms', 'vault_unlock_ms', 'kdf', 'save_coding_p50_ms', 'save_coding_p99_ms', 'save_coding_max_ms', 'list_first_page_median_ms',
  'list_filtered_10k_median_ms', 'list_filtered_10k_p95_ms', 'import_1000_cases_ms', 'import_cases_per_second',
  'plain_save_coding_p50_ms', 'plain_save_coding_p99_ms', 'plain_list_filtered_10k_median_ms', 'encrypted_vs_plain_ratio',
]);
