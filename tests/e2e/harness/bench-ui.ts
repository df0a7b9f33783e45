// The desktop shell's figures for `npm run bench` (issue 3 "Speed"), measured in the harness:
// time from main's start to the first paint of the unlock screen, filtering the case list of a
// 10,000-case vault through IPC, and the IPC round trip of cases:get; and issue 4's: switching
// to a stage form of a case with 5 victims and 4 defendants, and the cross-case table at the
// vault's size (opening, 20 columns, a column filter, scrolling). Printed, never asserted.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createVault } from '../../../electron/core/vault/vault';
import { populateFixture } from '../../../electron/core/bench/populate-fixture';
import { benchTableFieldIds } from '../../../electron/core/bench/bench-review';
import { currentCodebook } from '../../../electron/core/codebook/codebook-store';
import { createServices } from '../../../electron/core/services';
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
  ui_stage_switch_samples: number;
  ui_stage_switch_victims_median_ms: number;
  ui_stage_switch_defendants_median_ms: number;
  ui_table_cases: number;
  ui_table_default_columns: number;
  ui_table_open_ms: number;
  ui_table_columns: number;
  ui_table_20_cols_load_median_ms: number;
  ui_table_filter_median_ms: number;
  ui_table_scroll_steps: number;
  ui_table_scroll_ms: number;
  ui_table_scroll_step_median_ms: number;
}

/** The case the stage-switch figure opens: a fixture case grown to 5 victims and 4 defendants. */
const PERSONS_CASE_REF = 'BENCH-00001';
const VICTIMS_STAGE = 'Victims: profile, identification and referral';
const DEFENDANTS_STAGE = 'Sentence and penal policy';
const TABLE_COLUMNS = 20;
const SCROLL_STEPS = 100;

type BenchWindow = Window & {
  __benchUntil(predicate: () => boolean, timeoutMs?: number): Promise<void>;
  __benchFrame(): Promise<void>;
};

export async function runUiBench(cases = 10_000): Promise<UiBenchResult> {
  let caseIds: string[] = [];
  let extraColumns: { id: string; label: string }[] = [];
  const harness = await startHarness({
    seed: ({ userData }) => {
      const dir = join(userData, '..', 'vault');
      // The KDF is measured by the core benchmark; a small cost keeps this part about the shell.
      const { vault } = createVault(dir, { passphrase: PASSPHRASE, kdfCost: { memoryKiB: 64 * 1024, iterations: 3, parallelism: 1 } });
      caseIds = populateFixture(vault, { cases, personsPerCase: 3, codingsPerCase: 40 }).caseIds;
      // The fixture's first case has V1, D1 and V2: three more victims and defendants each.
      const services = createServices(vault);
      for (const role of ['victim', 'defendant'] as const) for (let i = 0; i < 3; i++) services.persons.create({ caseId: caseIds[0]!, role });
      const codebook = currentCodebook(vault.database).definition;
      const labels = new Map(codebook.stages.flatMap((st) => st.fields.map((f) => [f.id, f.label] as const)));
      extraColumns = benchTableFieldIds(codebook, 40).map((id) => ({ id, label: labels.get(id) ?? id }));
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

    // In-page waits: a condition checked on every DOM change, then the next painted frame.
    // tsx keeps function names with an __name helper the page lacks: give it one.
    await page.evaluate('globalThis.__name = (fn) => fn');
    await page.evaluate(() => {
      const w = window as unknown as BenchWindow;
      w.__benchFrame = () => new Promise((resolve) => {
        const done = setTimeout(resolve, 100); // a frame that never comes (a throttled page) must not hang the bench
        requestAnimationFrame(() => setTimeout(() => { clearTimeout(done); resolve(); }, 0));
      });
      w.__benchUntil = (predicate, timeoutMs = 60_000) => new Promise((resolve, reject) => {
        if (predicate()) return resolve();
        const timer = setTimeout(() => { observer.disconnect(); reject(new Error(`bench wait timed out: ${predicate.toString()}`)); }, timeoutMs);
        const observer = new MutationObserver(() => {
          if (!predicate()) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve();
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      });
    });

    // A stage form of a case with 5 victims and 4 defendants: click the tab, until the last
    // person's first control is on screen and enabled (and the next frame painted).
    await search.fill(PERSONS_CASE_REF);
    await page.getByText(/^1 of 10,000 cases$/).waitFor();
    await page.locator('[role="row"]', { hasText: PERSONS_CASE_REF }).first().click();
    await page.getByRole('tab', { name: new RegExp(`^${DEFENDANTS_STAGE}`) }).waitFor();
    const switches = await page.evaluate(
      async ({ victims, defendants }) => {
        const w = window as unknown as BenchWindow;
        const tab = (label: string) => [...document.querySelectorAll<HTMLElement>('[role="tab"]')].find((el) => el.textContent?.startsWith(label));
        const ready = (selector: string) => () => {
          const input = document.querySelector<HTMLInputElement>(selector);
          return Boolean(input && !input.disabled && input.offsetParent !== null);
        };
        const targets = [
          { tab: tab(defendants), ready: ready('[data-field="defendant_verdict"][data-person="D4"] input') },
          { tab: tab(victims), ready: ready('[data-field="victim_sex"][data-person="V5"] input') },
        ];
        if (!targets.every((x) => x.tab)) throw new Error('the stage tabs were not found');
        const times: number[][] = [[], []];
        for (let i = 0; i < 22; i++) {
          const target = targets[i % 2]!;
          const t = performance.now();
          target.tab!.click();
          await w.__benchUntil(target.ready, 15_000);
          await w.__benchFrame();
          // The first switch of each pair warms up; the rest are measured.
          if (i >= 2) times[i % 2]!.push(performance.now() - t);
        }
        return { defendants: times[0]!, victims: times[1]! };
      },
      { victims: VICTIMS_STAGE, defendants: DEFENDANTS_STAGE },
    );

    // The cross-case table: from the nav button to the first rows on screen (default columns).
    const tableOpen = await page.evaluate(async () => {
      const w = window as unknown as BenchWindow;
      const t = performance.now();
      document.querySelector<HTMLButtonElement>('nav button[aria-keyshortcuts="Alt+3"]')!.click();
      await w.__benchUntil(() => Boolean(document.querySelector('.review-grid [role="row"][aria-rowindex="2"] [data-cell]')));
      await w.__benchFrame();
      return { ms: performance.now() - t, columns: Number(document.querySelector('.review-grid')!.getAttribute('aria-colcount')) - 2 };
    });
    const countText = (await page.locator('.review-screen .count').textContent()) ?? '';
    const tableCases = Number(countText.replace(/[^0-9]/g, ''));

    // Up to 19 columns through the picker, then the 20th ticked and unticked: each tick asks
    // main for the whole table again (every case × 20 columns) and renders it.
    await page.getByRole('button', { name: /^Columns \(/ }).click();
    const picker = page.getByRole('dialog', { name: 'Choose the columns' });
    await picker.waitFor();
    const tickable = await page.evaluate(
      (columns) => {
        const boxes = [...document.querySelectorAll<HTMLLabelElement>('.column-picker-panel label')];
        return columns.filter((c) => boxes.some((b) => b.textContent === c.label && !b.querySelector('input')!.checked)).map((c) => c.label);
      },
      extraColumns,
    );
    const chosen = tableOpen.columns;
    const toAdd = tickable.slice(0, TABLE_COLUMNS - chosen);
    if (toAdd.length < TABLE_COLUMNS - chosen) throw new Error(`only ${toAdd.length} more case columns to pick`);
    const loads = await page.evaluate(
      async ({ labels, before }) => {
        const w = window as unknown as BenchWindow;
        const box = (label: string) => [...document.querySelectorAll<HTMLLabelElement>('.column-picker-panel label')].find((b) => b.textContent === label)!.querySelector('input')!;
        const columnsShown = (n: number) => () =>
          document.querySelector('.review-grid')?.getAttribute('aria-colcount') === String(n + 2) && Boolean(document.querySelector(`.review-grid [data-cell="0:${n + 1}"]`));
        const last = labels[labels.length - 1]!;
        // One tick at a time: each re-renders the picker before the next (the selection is its prop).
        for (const label of labels.slice(0, -1)) {
          box(label).click();
          await w.__benchUntil(() => box(label).checked);
        }
        await w.__benchUntil(columnsShown(before + labels.length - 1), 180_000);
        const times: number[] = [];
        for (let i = 0; i < 6; i++) {
          const t = performance.now();
          box(last).click();
          await w.__benchUntil(columnsShown(before + labels.length));
          await w.__benchFrame();
          times.push(performance.now() - t);
          if (i === 5) break;
          box(last).click();
          await w.__benchUntil(columnsShown(before + labels.length - 1));
        }
        return times;
      },
      { labels: toAdd, before: chosen },
    );
    await page.keyboard.press('Escape');
    await picker.waitFor({ state: 'hidden' });
    const tableColumns = Number(await page.locator('.review-grid').getAttribute('aria-colcount')) - 2;

    // A column filter typed (no debounce on this screen) until the narrowed count shows.
    const filterTimes = await page.evaluate(async (total) => {
      const w = window as unknown as BenchWindow;
      const count = () => document.querySelector('.review-screen .count')?.textContent ?? '';
      const all = count();
      const input = (col: number) => document.querySelectorAll<HTMLInputElement>('.table-head-row input.table-filter')[col]!;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const type = (col: number, value: string) => {
        setValue.call(input(col), value);
        input(col).dispatchEvent(new Event('input', { bubbles: true }));
      };
      const times: number[] = [];
      const filters: [number, string][] = [[0, 'BENCH-001'], [1, 'case 77'], [2, 'Serbia'], [0, 'BENCH-0999'], [2, 'Albania'], [1, 'case 5'], [0, 'BENCH-02'], [2, 'Montenegro']];
      for (const [col, value] of filters) {
        const t = performance.now();
        type(col, value);
        await w.__benchUntil(() => count() !== all || Boolean(document.querySelector('.review-screen .empty')));
        await w.__benchFrame();
        times.push(performance.now() - t);
        type(col, '');
        await w.__benchUntil(() => count() === all);
      }
      if (!all.includes(total)) throw new Error(`unexpected table count ${all}`);
      return times;
    }, tableCases.toLocaleString('en'));

    // Scrolling the whole table in even steps, each until the rows at that place are rendered.
    const scroll = await page.evaluate(async (steps) => {
      const w = window as unknown as BenchWindow;
      const grid = document.querySelector<HTMLElement>('.review-grid')!;
      const head = document.querySelector<HTMLElement>('.review-grid .review-head')!.offsetHeight;
      const max = grid.scrollHeight - grid.clientHeight;
      const rowAt = (top: number) => Math.max(0, Math.floor((top - head) / 32));
      const rendered = (index: number) => () => Boolean(grid.querySelector(`[role="row"][aria-rowindex="${index + 2}"] [data-cell]`));
      grid.scrollTop = 0;
      await w.__benchFrame();
      const times: number[] = [];
      const start = performance.now();
      for (let i = 1; i <= steps; i++) {
        const t = performance.now();
        grid.scrollTop = Math.round((max * i) / steps);
        await w.__benchUntil(rendered(rowAt(grid.scrollTop)), 15_000);
        await w.__benchFrame();
        times.push(performance.now() - t);
      }
      return { total: performance.now() - start, times };
    }, SCROLL_STEPS);

    return {
      startup_to_unlock_screen_ms: round(harness.startupMs, 0),
      first_contentful_paint_ms: fcp === null ? null : round(fcp, 0),
      ui_filter_10k_ipc_median_ms: round(median(timings.filters)),
      ui_filter_10k_ipc_p95_ms: round(percentile(timings.filters, 95)),
      ui_list_screen_request_median_ms: round(median(timings.screen)),
      ui_filter_typed_to_rows_median_ms: round(median(typed)),
      ipc_cases_get_p50_ms: round(median(timings.gets)),
      ipc_cases_get_p99_ms: round(percentile(timings.gets, 99)),
      ui_stage_switch_samples: switches.victims.length,
      ui_stage_switch_victims_median_ms: round(median(switches.victims)),
      ui_stage_switch_defendants_median_ms: round(median(switches.defendants)),
      ui_table_cases: tableCases,
      ui_table_default_columns: tableOpen.columns,
      ui_table_open_ms: round(tableOpen.ms, 0),
      ui_table_columns: tableColumns,
      ui_table_20_cols_load_median_ms: round(median(loads), 0),
      ui_table_filter_median_ms: round(median(filterTimes)),
      ui_table_scroll_steps: SCROLL_STEPS,
      ui_table_scroll_ms: round(scroll.total, 0),
      ui_table_scroll_step_median_ms: round(median(scroll.times)),
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
