// The sheet run: 50,000 rows checked and imported into a Contacts tab that already holds 50,000 contacts,
// through the Apps Script test bed (the same server code as the add-on). Prints seconds, CPU seconds, peak
// memory, and the test bed's count of Spreadsheet calls per 10,000 rows and per chunk. The floor is
// validateRows alone on the same rows in the same process: the run's ratio says what checking in place,
// planning, writing Contacts, marks, the status column and History cost on top of validation.
import { createTestbed, workbookFromRows, type InputCell } from '../testbed';
import { validateRows } from '../src/engine/validate';
import { defaultSettings } from '../src/engine/settings';
import { serverApi } from '../src/server/api';
import { APPS_SCRIPT_BUDGETS, runEnv } from '../src/server/run/env';
import { resetExecutionCache } from '../src/server/run/execution';
import { runToEnd } from '../src/server/runs';
import type { BenchResult } from './types';

const N = 50_000;
const EXISTING = 50_000;
const HEAD = ['First name', 'Last name', 'Email', 'Phone', 'Company', 'City', 'State', 'Postal code', 'Date of birth', 'Tags'];

function sourceRows(): InputCell[][] {
  const rows: InputCell[][] = [HEAD];
  for (let i = 0; i < N; i++) {
    // every other row matches an existing contact (an update), ~5% have a bad cell
    const email = i % 2 === 0 ? `c${i}@example.com` : `new${i}@example.org`;
    const bad = i % 20 === 7;
    rows.push([
      `First${i}`, `Last${i}`, bad && i % 40 === 7 ? `broken${i}@` : email,
      `+1 415 ${200 + Math.floor(i / 10000)} ${String(i % 10000).padStart(4, '0')}`, `Co ${i % 500}`, 'Springfield', 'IL', String(62701 + (i % 50)),
      bad ? '13/45/1990' : `0${1 + (i % 9)}/1${i % 9}/1985`, 'lead, 2024',
    ]);
  }
  return rows;
}

function contactsRows(): InputCell[][] {
  const head = ['First name', 'Last name', 'Email', 'Phone', 'Company name', 'City', 'Contact ID', 'Created at', 'Updated at', 'Source run', 'Source line', 'Row fingerprint'];
  const rows: InputCell[][] = [head];
  for (let i = 0; i < EXISTING; i++) rows.push([`Old${i}`, `Name${i}`, `c${i * 2}@example.com`, '', `Co ${i % 500}`, 'Springfield', `C-OLD${i}`, '2024-01-01 00:00:00', '2024-01-01 00:00:00', 'R-OLD', String(i + 2), '']);
  return rows;
}

export default async function runBench(): Promise<BenchResult[]> {
  const src = sourceRows();
  const existing = contactsRows();

  // Floor: validateRows alone on the same rows (best of 2, after a warm-up).
  validateRows({ headers: src[0] as never, rows: src.slice(1, 5001) as never, firstLine: 2, settings: defaultSettings() });
  let floorSeconds = Infinity;
  for (let k = 0; k < 2; k++) {
    const t0 = process.hrtime.bigint();
    const v = validateRows({ headers: src[0] as never, rows: src.slice(1) as never, firstLine: 2, settings: defaultSettings() });
    floorSeconds = Math.min(floorSeconds, Number(process.hrtime.bigint() - t0) / 1e9);
    if (v.rows.length !== N) throw new Error('floor: unexpected row count');
  }

  const tb = createTestbed({ workbook: workbookFromRows({ Contacts: existing, People: src }) });
  tb.workbook.activeSheetId = tb.workbook.sheet('People')!.id;
  // One execution with a 5-minute budget: the whole check, then the whole import.
  const env = runEnv({ budgets: { menuMs: 300_000 } });
  resetExecutionCache();
  tb.counter.reset();
  const cpu0 = process.cpuUsage();
  const w0 = process.hrtime.bigint();
  const check = tb.run(() => runToEnd(env, 'check'));
  const checkCalls = tb.counter.total();
  const wCheck = Number(process.hrtime.bigint() - w0) / 1e9;
  const imp = tb.run(() => runToEnd(env, 'import'));
  const seconds = Number(process.hrtime.bigint() - w0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  if (check.status !== 'Completed' || imp.status !== 'Completed') throw new Error(`run did not complete: ${check.status} / ${imp.status}`);
  const r = imp.result!;
  if (r.created + r.updated + r.skipped + r.errors !== N) throw new Error('counts do not add up');
  const calls = tb.counter.total();
  const importCalls = calls - checkCalls;
  const chunks = Math.ceil(N / APPS_SCRIPT_BUDGETS.chunkRows);
  const contactsAfter = tb.sheetData('Contacts').lastRow() - 1;
  void check;
  void imp;
  const sliced = slicedImport(src, existing);
  return [
    {
      name: 'run',
      rows: N,
      seconds,
      rowsPerSec: Math.round(N / seconds),
      peakMB: Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10,
      peakKind: 'process peak RSS (includes both generated sheets)',
      ratio: seconds / floorSeconds,
      floorSeconds,
      floor: 'validateRows alone on the same rows',
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      checkSeconds: wCheck,
      existingContacts: EXISTING,
      contactsAfter,
      created: r.created,
      updated: r.updated,
      errors: r.errors,
      warnings: r.warnings,
      spreadsheetCalls: calls,
      callsPer10kRows: Math.round((calls / N) * 10_000),
      chunkRows: APPS_SCRIPT_BUDGETS.chunkRows,
      checkCallsPerChunk: Math.round((checkCalls / chunks) * 10) / 10,
      importCallsPerChunk: Math.round((importCalls / chunks) * 10) / 10,
    },
    {
      name: 'run-sliced',
      rows: N,
      seconds: sliced.seconds,
      rowsPerSec: Math.round(N / sliced.seconds),
      peakMB: Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10,
      peakKind: 'process peak RSS (includes every generated sheet)',
      ratio: sliced.seconds / floorSeconds,
      floorSeconds,
      floor: 'validateRows alone on the same rows',
      what: 'the same import as the sidebar runs it: one execution per chunk (startImport, then continueRun), each a new Apps Script execution that rebuilds its state from the sheet',
      executions: sliced.executions,
      cpuSeconds: sliced.cpuSeconds,
      /** The same import in one execution (the "run" entry): what the executions cost on top. */
      vsOneExecution: sliced.seconds / (seconds - wCheck),
      created: sliced.created,
      updated: sliced.updated,
      errors: sliced.errors,
    },
  ];
}

/**
 * The import as the sidebar drives it: startImport, then continueRun until it completes, every call a new
 * execution (the per-execution cache is dropped, as Apps Script does) doing one chunk (a 1 ms slice).
 */
function slicedImport(src: InputCell[][], existing: InputCell[][]): { seconds: number; cpuSeconds: number; executions: number; created: number; updated: number; errors: number } {
  const tb = createTestbed({ workbook: workbookFromRows({ Contacts: existing, People: src }) });
  tb.workbook.activeSheetId = tb.workbook.sheet('People')!.id;
  // The sidebar's way: one chunk per call (a 1 ms slice), each call a new execution.
  const api = serverApi(runEnv({ budgets: { sliceMs: 1 } }));
  const cpu0 = process.cpuUsage();
  const w0 = process.hrtime.bigint();
  let executions = 1;
  resetExecutionCache();
  let p = tb.run(() => api.startImport());
  while (p.status === 'Processing') {
    resetExecutionCache();
    executions++;
    const id = p.runId;
    p = tb.run(() => api.continueRun(id));
  }
  const seconds = Number(process.hrtime.bigint() - w0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  resetExecutionCache();
  if (p.status !== 'Completed') throw new Error(`sliced run did not complete: ${p.status} ${p.message ?? ''}`);
  const r = p.result!;
  if (r.created + r.updated + r.skipped + r.errors !== N) throw new Error('sliced run: counts do not add up');
  return { seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, executions, created: r.created, updated: r.updated, errors: r.errors };
}
