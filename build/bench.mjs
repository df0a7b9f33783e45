// `npm run bench`: the vault's figures (`dossier bench`) and the desktop shell's figures (the
// tier-2 harness in Chromium), printed as one table, or with --json as one JSON object.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const json = process.argv.includes('--json');
const run = (args) => execFileSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 1 << 24 });

const core = JSON.parse(run([join(root, 'electron/cli/bin/dossier.mjs'), 'bench', '--json']));
process.stderr.write('measuring the desktop shell in the harness…\n');
const ui = JSON.parse(run(['--import', 'tsx', join(root, 'tests/e2e/harness/bench-ui.ts')]).trim().split('\n').pop());
const all = { ...core, ...ui };
if (json) {
  console.log(JSON.stringify(all, null, 2));
} else {
  const rows = [
    ['create a vault (Argon2id calibrated)', `${all.vault_create_ms} ms`],
    ['unlock a vault', `${all.vault_unlock_ms} ms (Argon2id ${all.kdf.memory_kib / 1024} MiB × ${all.kdf.iterations})`],
    ['save one coding (re-derives the case\'s values and progress), p50 / p99 / slowest', `${all.save_coding_p50_ms} / ${all.save_coding_p99_ms} / ${all.save_coding_max_ms} ms`],
    [`cross-case table, ${all.table_rows.toLocaleString('en')} cases × ${all.table_fields} case columns, p50 / p99`, `${all.table_20_cols_p50_ms} / ${all.table_20_cols_p99_ms} ms`],
    [`progress overview of ${all.overview_rows.toLocaleString('en')} cases: first call (refreshes ${all.overview_stale_refreshed.toLocaleString('en')} stale) / warm median`, `${all.overview_first_ms} / ${all.overview_warm_median_ms} ms`],
    ['list 10,000 cases with a filter (all matches), median / p95', `${all.list_filtered_10k_median_ms} / ${all.list_filtered_10k_p95_ms} ms`],
    ['filter + sort 10,000 cases, first 200 rows, median', `${all.list_first_page_median_ms} ms`],
    ['import 1,000 interchange cases', `${all.import_1000_cases_ms} ms (${all.import_cases_per_second} cases/s)`],
    ['plain SQLite: save p50 / p99, list median', `${all.plain_save_coding_p50_ms} / ${all.plain_save_coding_p99_ms} ms, ${all.plain_list_filtered_10k_median_ms} ms`],
    ['encrypted ÷ plain (save + list workload)', `${all.encrypted_vs_plain_ratio}×`],
    ['main start to the unlock screen painted (harness, browser launch included)', `${all.startup_to_unlock_screen_ms} ms${all.first_contentful_paint_ms === null ? '' : ` (first contentful paint ${all.first_contentful_paint_ms} ms after navigation)`}`],
    ['filter the case list at 10,000 cases, first 200 rows via IPC, median / p95', `${all.ui_filter_10k_ipc_median_ms} / ${all.ui_filter_10k_ipc_p95_ms} ms`],
    ['the case list screen\'s own request (every match), via IPC, median', `${all.ui_list_screen_request_median_ms} ms`],
    ['typing a filter to the narrowed grid on screen (150 ms debounce included), median', `${all.ui_filter_typed_to_rows_median_ms} ms`],
    ['IPC round trip of cases:get (through the harness bridge), p50 / p99', `${all.ipc_cases_get_p50_ms} / ${all.ipc_cases_get_p99_ms} ms`],
    [`stage tab click to the form painted and enabled (case with 5 victims, 4 defendants), median of ${all.ui_stage_switch_samples}: victims / sentencing`, `${all.ui_stage_switch_victims_median_ms} / ${all.ui_stage_switch_defendants_median_ms} ms`],
    [`Table screen opened to first rows (${all.ui_table_cases.toLocaleString('en')} cases × ${all.ui_table_default_columns} default columns)`, `${all.ui_table_open_ms} ms`],
    [`Table: tick the ${all.ui_table_columns}th column to its rows on screen (review:table via IPC + render), median`, `${all.ui_table_20_cols_load_median_ms} ms`],
    [`Table at ${all.ui_table_columns} columns: type a column filter to the narrowed count, median`, `${all.ui_table_filter_median_ms} ms`],
    [`Table at ${all.ui_table_columns} columns: scroll top to bottom in ${all.ui_table_scroll_steps} steps, rows painted at each`, `${all.ui_table_scroll_ms} ms (${all.ui_table_scroll_step_median_ms} ms per step, median)`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(`${'MEASURE'.padEnd(width)}  VALUE`);
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
  console.log(`(${all.fixture.cases} cases, ${all.fixture.codingsPerCase} codings and ${all.fixture.personsPerCase} persons each; ${all.machine.cpus} CPUs, Node ${all.machine.node})`);
}
