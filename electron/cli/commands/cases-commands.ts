import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { DossierError } from '../../../shared/errors';
import { CASE_STATUSES, type CaseStatus } from '../../../shared/domain/case';
import { createServices } from '../../core/services';
import { importInterchange, parseInterchangeJson, type ConflictChoice } from '../../core/interchange/import-interchange';
import { exportInterchange } from '../../core/interchange/export-interchange';
import { writePlaintextExport } from '../../core/exports/write-plaintext-file';
import type { CliIo } from '../cli-io';
import { withVault, type UnlockFlags } from '../unlock';

export function registerCasesCommands(program: Command, io: CliIo): void {
  const cases = program.command('cases').description('import, export and list cases');

  cases
    .command('import <path> <file>')
    .description('import cases from a case interchange file (all or nothing)')
    .option('--on-conflict <choice>', 'what to do with a case whose ref is already in the vault: skip or replace')
    .option('--passphrase-stdin', 'read the passphrase from the first line of standard input')
    .option('--recovery-key', 'unlock with the recovery key instead of the passphrase')
    .action(async (path: string, file: string, opts: UnlockFlags & { onConflict?: string }) => {
      const onConflict = parseConflictChoice(opts.onConflict);
      const json = parseInterchangeJson(readInputFile(file));
      const report = await withVault(path, opts, io, (v) => importInterchange(createServices(v), json, { onConflict }));
      io.out(`Imported ${report.imported.length} case(s)${report.replaced.length ? `, replaced ${report.replaced.length}` : ''}${report.skipped.length ? `, skipped ${report.skipped.length} already in the vault` : ''}.`);
    });

  cases
    .command('export <path> <file>')
    .description('export cases to a case interchange file (readable personal data: needs --plaintext)')
    .option('--plaintext', 'confirm that the file will hold names and case files in readable form')
    .option('--ref <refs...>', 'export only these case references')
    .option('--passphrase-stdin', 'read the passphrase from the first line of standard input')
    .option('--recovery-key', 'unlock with the recovery key instead of the passphrase')
    .action(async (path: string, file: string, opts: UnlockFlags & { plaintext?: boolean; ref?: string[] }) => {
      if (!opts.plaintext) {
        throw new DossierError(
          'BAD_REQUEST',
          'A case interchange file holds names and case files in readable form. Write it only to an encrypted drive, and confirm with --plaintext.',
        );
      }
      const count = await withVault(path, opts, io, (v) => {
        const services = createServices(v);
        const data = exportInterchange(services, opts.ref ? { refs: opts.ref } : {});
        writePlaintextExport(services.context, {
          kind: 'case-interchange',
          path: file,
          content: `${JSON.stringify(data, null, 1)}\n`,
          confirmedPlaintext: true,
          details: { cases: data.cases.length },
        });
        return data.cases.length;
      });
      io.out(`Exported ${count} case(s) to ${file}. The file is not encrypted: keep it on an encrypted drive and delete it when done.`);
    });

  cases
    .command('list <path>')
    .description('list cases (pseudonymous: no names)')
    .option('--json', 'print JSON')
    .option('--status <status...>', `only these statuses (${CASE_STATUSES.join(', ')})`)
    .option('--country <country...>', 'only these coded countries (mk, rs, al, me)')
    .option('--text <text>', 'only cases whose reference or title contains this text')
    .option('--passphrase-stdin', 'read the passphrase from the first line of standard input')
    .option('--recovery-key', 'unlock with the recovery key instead of the passphrase')
    .action(async (path: string, opts: UnlockFlags & { json?: boolean; status?: string[]; country?: string[]; text?: string }) => {
      const status = (opts.status ?? []).map(parseStatus);
      const list = await withVault(
        path,
        opts,
        io,
        (v) =>
          createServices(v).cases.list({
            limit: 20_000,
            ...(status.length ? { status } : {}),
            ...(opts.country ? { country: opts.country } : {}),
            ...(opts.text ? { text: opts.text } : {}),
          }),
        { readonly: true },
      );
      if (opts.json) {
        io.out(JSON.stringify(list.items, null, 2));
        return;
      }
      const rows = list.items.map((c) => [c.ref, c.status, c.country ?? '-', String(c.victims), String(c.defendants), c.title]);
      io.out(formatTable(['REF', 'STATUS', 'COUNTRY', 'VICTIMS', 'DEFENDANTS', 'TITLE'], rows));
      io.out(`${list.total} case(s)`);
    });
}

function parseConflictChoice(value: string | undefined): ConflictChoice {
  if (value === undefined) return 'fail';
  if (value === 'skip' || value === 'replace') return value;
  throw new DossierError('BAD_REQUEST', `--on-conflict takes skip or replace, not "${value}".`);
}

function parseStatus(value: string): CaseStatus {
  if ((CASE_STATUSES as readonly string[]).includes(value)) return value as CaseStatus;
  throw new DossierError('BAD_REQUEST', `Unknown status "${value}"; use one of ${CASE_STATUSES.join(', ')}.`);
}

function readInputFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new DossierError('BAD_REQUEST', `Cannot read ${file}.`);
  }
}

export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => Array.from(r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c + ' '.repeat((widths[i] ?? 0) - Array.from(c).length)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}
