// The desktop shell's figures for `npm run bench` (issue 3 "Speed"), measured in the harness:
// time from main's start to the first paint of the unlock screen, filtering the case list of a
// 10,000-case vault through IPC, and the IPC round trip of cases:get. Printed, never asserted.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createVault } from '../../../electron/core/vault/vault';
import { populateFixture } from '../../../electron/core/bench/populate-fixture';
import { median, percentile, round } from '../../../electron/core/bench/statistics';
import { startHarness } from './harness';
import { DEFAULT_FILTERS, toListRequest } from '../../../renderer/src/screens/case-list/case-list-query';

const PASSPHRASE = 'benchmark passphrase, not a secret';

export interface UiBenchResult {
  startup_to_unlock_screen_ms: number;
  first_contentful_paint_ms: number | null;
  ui_filter_10k_ipc_median_ms: number;
  ui_filter_10k_ipc_p95_ms: number;
  ui_list_screen_request_median_ms: number;
  ui_filter_typed_to_rows_median_ms: number;
  ipc_cases_get_p50_ms: number;
  ipc_cases_get_p99_ms: number;
}

export async function runUiBench(cases = 10_000): Promise<UiBenchResult> {
  let caseIds: string[] = [];
  const harness = await startHarness({
    seed: ({ userData }) => {
      const dir = join(userData, '..', 'vault');
      // The KDF is measured by the core benchmark; a small cost keeps this part about the shell.
      const { vault } = createVault(dir, { passphrase: PASSPHRASE, kdfCost: { memoryKiB: 64 * 1024, iterations: 3, parallelism: 1 } });
      caseIds = populateFixture(vault, { cases, personsPerCase: 3, codingsPerCase: 40 }).caseIds;
      vault.close();
      mkdirSync(userData, { recursive: true });
      writeFileSync(join(userData, 'settings.json'), JSON.stringify({ idleLockMinutes: 10, language: 'en', vaultPath: dir }));
    },
  });
  try {
    const { page } = harness;
    // Paint timing, where this Chromium reports it (headless builds may not).
    const fcp = await page.evaluate(() => performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint')?.startTime ?? null);
    const screenRequests = [
      toListRequest({ ...DEFAULT_FILTERS, text: 'case 12' }),
      toListRequest({ ...DEFAULT_FILTERS, statuses: ['in_progress'], sort: 'country' }),
      toListRequest(DEFAULT_FILTERS),
    ];
    const timings = await page.evaluate(
      async ({ passphrase, ids, screenRequests }) => {
        type Api = {
          vault: { unlock(r: object): Promise<{ ok: boolean }> };
          cases: { list(r: object): Promise<{ ok: boolean }>; get(r: object): Promise<{ ok: boolean }> };
        };
        const api = (window as unknown as { dossier: Api }).dossier;
        if (!(await api.vault.unlock({ passphrase })).ok) throw new Error('unlock failed');
        const filters: number[] = [];
        const texts = ['case 1', 'case 12', 'benchmark', 'case 99', 'synthetic'];
        for (let i = 0; i < 30; i++) {
          const t = performance.now();
          await api.cases.list({ text: texts[i % texts.length], status: ['in_progress', 'coded'], sort: i % 2 ? 'country' : 'ref', limit: 200 });
          filters.push(performance.now() - t);
        }
        // Exactly what the case list screen asks for (every match, for its virtualised grid).
        const screen: number[] = [];
        for (let i = 0; i < 15; i++) {
          const t = performance.now();
          await api.cases.list(screenRequests[i % screenRequests.length]!);
          screen.push(performance.now() - t);
        }
        const gets: number[] = [];
        for (let i = 0; i < 300; i++) {
          const t = performance.now();
          await api.cases.get({ id: ids[(i * 31) % ids.length] });
          gets.push(performance.now() - t);
        }
        return { filters, gets, screen };
      },
      { passphrase: PASSPHRASE, ids: caseIds, screenRequests },
    );
    // On screen: type into the filter box and wait until the grid shows the narrowed count
    // (includes the screen's 150 ms typing debounce).
    await page.reload();
    await page.waitForFunction(() => document.querySelector('#root')?.childElementCount);
    const typed: number[] = [];
    const search = page.getByLabel('Find by reference or title');
    for (const text of ['case 12', 'case 345', 'case 9999', 'benchmark case 7', 'case 5']) {
      const expected = await page.evaluate(
        async (t) => ((await (window as unknown as { dossier: { cases: { list(r: object): Promise<{ ok: true; value: { total: number } }> } } }).dossier.cases.list({ text: t, limit: 1 })).value.total),
        text,
      );
      await search.fill('');
      await page.getByText(/^10,000 cases$/).waitFor();
      const t = performance.now();
      await search.fill(text);
      await page.getByText(new RegExp(`^${expected.toLocaleString('en')} of 10,000 cases?$`)).waitFor();
      typed.push(performance.now() - t);
    }
    return {
      startup_to_unlock_screen_ms: round(harness.startupMs, 0),
      first_contentful_paint_ms: fcp === null ? null : round(fcp, 0),
      ui_filter_10k_ipc_median_ms: round(median(timings.filters)),
      ui_filter_10k_ipc_p95_ms: round(percentile(timings.filters, 95)),
      ui_list_screen_request_median_ms: round(median(timings.screen)),
      ui_filter_typed_to_rows_median_ms: round(median(typed)),
      ipc_cases_get_p50_ms: round(median(timings.gets)),
      ipc_cases_get_p99_ms: round(percentile(timings.gets, 99)),
    };
  } finally {
    await harness.close();
  }
}

if (process.argv[1]?.endsWith('bench-ui.ts')) {
  const result = await runUiBench(Number(process.env.DOSSIER_BENCH_CASES ?? 10_000));
  process.stdout.write(`${JSON.stringify(result)}\n`);
  // Chromium and main's timers are closed, but the stand-in app has no process to end: end it.
  process.exit(0);
}
