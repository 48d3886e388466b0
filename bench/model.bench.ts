// Check and Import as Apps Script would spend them: the test bed's latency model (testbed/model.ts) charges every
// service call by apps-script-costs.json, and the run's time budgets read that modelled clock (Date.now is pointed
// at tb.model.now() while a run works), so slicing happens where it would in Apps Script.
//
// For 10,000 and 50,000 rows × 15 columns, 10% of the cells flagged (bad dates and URLs: warnings; one row in ten
// with a broken email: an error), into a Contacts tab that holds 50,000 contacts (half the rows match one):
//   - check:        the menu's Check (runToEnd), resumed from the menu in new executions while it is not done;
//   - import:       the menu's Import after that check, the same way;
//   - import-sliced: the sidebar's Import after a check: startImport, then continueRun, each a google.script.run
//                   call (a new execution that rebuilds its state from the workbook), as the sidebar drives it.
// Each reports the modelled seconds, executions, service calls, cells read and written, where the time goes (the
// costliest methods), and beside them today's figure: Node's wall seconds for the same work.
// Ratios: check and import against a floor measured in the same run on the same sheet (one execution reading the
// data range once and writing one status column once: what any in-place check pays at least); the sliced import
// against the single-execution import (its peer). Targets per 10,000 rows (issue 9): Check ≤ 15 s, Import ≤ 30 s,
// sliced ≤ 1.5 × single; a 50,000-row Check in one 6-minute execution.
import { createTestbed, workbookFromRows, type CostTotals, type InputCell, type Testbed } from '../testbed';
import { serverApi } from '../src/server/api';
import { resetExecutionCache } from '../src/server/run/execution';
import { runEnv, type RunEnv } from '../src/server/run/env';
import { resumeToEnd, runToEnd } from '../src/server/runs';
import type { RunProgress } from '../src/shared/api';
import type { BenchResult } from './types';

const SIZES = (process.env.BENCH_MODEL_ROWS ?? '10000,50000').split(',').map(Number);
const EXISTING = 50_000;
const HEAD = [
  'First name', 'Last name', 'Email', 'Phone', 'Company name', 'Street address', 'City', 'State', 'Postal code',
  'Country', 'Website', 'Date of birth', 'Source', 'Tags', 'Notes',
];
const COLS = HEAD.length;
const WEBSITE = HEAD.indexOf('Website');
const DOB = HEAD.indexOf('Date of birth');
const EMAIL = HEAD.indexOf('Email');
const TARGET_PER_10K = { check: 15, import: 30 };
const SLICED_TARGET = 1.5;

/** Row i: even rows one flagged cell (a bad date), odd rows two (a bad date and a bad URL, or a broken email). */
function sourceRows(n: number): { rows: InputCell[][]; flagged: number } {
  const rows: InputCell[][] = [HEAD];
  let flagged = 0;
  for (let i = 0; i < n; i++) {
    const r: InputCell[] = [
      `First${i}`, `Last${i}`, i % 2 === 0 ? `c${i}@example.com` : `new${i}@example.org`,
      `+1 415 ${200 + Math.floor(i / 10000)} ${String(i % 10000).padStart(4, '0')}`, `Co ${i % 500}`, `${i} Main St`,
      'Springfield', 'IL', String(62701 + (i % 50)), 'US', `https://co${i % 500}.example.com`, `0${1 + (i % 9)}/1${i % 9}/1985`,
      'Web', 'lead, 2024', `note ${i}`,
    ];
    r[DOB] = '13/45/1990';
    flagged++;
    if (i % 2 === 1) {
      if (i % 10 === 5) r[EMAIL] = `broken${i}@`;
      else r[WEBSITE] = 'not a web address';
      flagged++;
    }
    rows.push(r);
  }
  return { rows, flagged };
}

function contactsRows(): InputCell[][] {
  const head = ['First name', 'Last name', 'Email', 'Phone', 'Company name', 'City', 'Contact ID', 'Created at', 'Updated at', 'Source run', 'Source line', 'Row fingerprint'];
  const rows: InputCell[][] = [head];
  for (let i = 0; i < EXISTING; i++) {
    rows.push([`Old${i}`, `Name${i}`, `c${i * 2}@example.com`, '', `Co ${i % 500}`, 'Springfield', `C-OLD${i}`, '2024-01-01 00:00:00', '2024-01-01 00:00:00', 'R-OLD', String(i + 2), '']);
  }
  return rows;
}

function world(src: InputCell[][], existing: InputCell[][]): Testbed {
  const copy = (x: InputCell[][]) => x.map((r) => [...r]);
  const tb = createTestbed({ workbook: workbookFromRows({ Contacts: copy(existing), People: copy(src) }) });
  if (!tb.model.available) throw new Error(`the latency model is off: ${tb.model.error}`);
  tb.uncounted(() => (tb.workbook.activeSheetId = tb.sheetData('People').id));
  return tb;
}

interface Measured {
  totals: CostTotals;
  wallSeconds: number;
  progress: RunProgress;
}

/** The run's environment in the test bed: its budgets and the stale-run rule read the modelled clock. */
const modelledEnv = (tb: Testbed): RunEnv => runEnv({ now: () => tb.model.now() });

/** Runs `drive` on the modelled clock; returns what it cost. */
function measure(tb: Testbed, drive: (env: RunEnv) => RunProgress): Measured {
  const w0 = process.hrtime.bigint();
  try {
    const m = tb.model.measure(() => drive(modelledEnv(tb)));
    return { totals: m, wallSeconds: Number(process.hrtime.bigint() - w0) / 1e9, progress: m.result };
  } finally {
    resetExecutionCache();
  }
}

/** A menu run, resumed from the menu (a new execution each time) until it is done. */
function menuRun(tb: Testbed, env: RunEnv, kind: 'check' | 'import'): RunProgress {
  resetExecutionCache();
  let p = tb.run(() => runToEnd(env, kind));
  for (let guard = 0; p.status === 'Processing' && guard < 1000; guard++) {
    resetExecutionCache();
    p = tb.run(() => resumeToEnd(env))!;
  }
  return p;
}

/** The sidebar's import: startImport, then continueRun until done, each a google.script.run call. */
function slicedImport(tb: Testbed, env: RunEnv): RunProgress {
  const api = serverApi(env);
  resetExecutionCache();
  let p = tb.scriptRun(() => api.startImport());
  for (let guard = 0; p.status === 'Processing' && guard < 10_000; guard++) {
    resetExecutionCache();
    const id = p.runId;
    p = tb.scriptRun(() => api.continueRun(id));
  }
  return p;
}

/** The floor: one execution that reads the data once and writes one status column once. */
function floor(tb: Testbed, n: number): CostTotals {
  return tb.model.measure(() =>
    tb.run(() => {
      const sh = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('People')!;
      sh.getRange(2, 1, n, COLS).getValues();
      sh.getRange(2, COLS + 1, n, 1).setValues(Array.from({ length: n }, () => ['Ready']));
    }),
  );
}

const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

function top(t: CostTotals, k = Number(process.env.BENCH_MODEL_TOP ?? 5)): Array<{ method: string; seconds: number; calls: number; cells: number }> {
  return Object.entries(t.byMethod)
    .sort((a, b) => b[1].ms - a[1].ms)
    .slice(0, k)
    .map(([method, v]) => ({ method, seconds: round(v.ms / 1000), calls: v.calls, cells: v.cells }));
}

function result(name: string, n: number, m: Measured, extra: Record<string, unknown>): BenchResult {
  const s = m.totals.ms / 1000;
  return {
    name,
    rows: n,
    seconds: round(m.wallSeconds, 3),
    rowsPerSec: Math.round(n / m.wallSeconds),
    peakMB: Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10,
    peakKind: 'process peak RSS (every world of this benchmark so far)',
    modelledSeconds: round(s, 2),
    modelledPer10k: round((s * 10_000) / n),
    executions: m.totals.executions,
    calls: m.totals.calls,
    cellsRead: m.totals.cellsRead,
    cellsWritten: m.totals.cellsWritten,
    byKind: Object.fromEntries(Object.entries(m.totals.byCategory).filter(([, v]) => v > 0).map(([k, v]) => [k, round(v / 1000)])),
    top: top(m.totals),
    status: m.progress.status,
    ...extra,
  };
}

export default async function modelBench(): Promise<BenchResult[]> {
  const existing = contactsRows();
  const out: BenchResult[] = [];
  for (const n of SIZES) {
    const { rows: src, flagged } = sourceRows(n);
    const a = world(src, existing);
    const fl = floor(a, n);
    const check = measure(a, (env) => menuRun(a, env, 'check'));
    const imp = measure(a, (env) => menuRun(a, env, 'import'));
    const b = world(src, existing);
    measure(b, (env) => menuRun(b, env, 'check'));
    const sliced = measure(b, (env) => slicedImport(b, env));
    for (const [name, m] of [['check', check], ['import', imp], ['import-sliced', sliced]] as const) {
      if (m.progress.status !== 'Completed') throw new Error(`${name} of ${n} rows did not complete: ${m.progress.status} ${m.progress.message ?? ''}`);
    }
    const r = imp.progress.result!;
    if (r.created + r.updated + r.skipped + r.errors !== n) throw new Error(`import of ${n} rows: counts do not add up`);
    const floorSeconds = round(fl.ms / 1000, 2);
    const common = { columns: COLS, flaggedCells: flagged, flaggedShare: round(flagged / (n * COLS), 3), existingContacts: EXISTING };
    out.push(
      result(`model-check-${n / 1000}k`, n, check, {
        ...common, ratio: round(check.totals.ms / fl.ms, 2), floorSeconds, floor: 'one read of the data and one write of a status column, modelled',
        target: `≤ ${TARGET_PER_10K.check} s per 10,000 rows${n >= 50_000 ? ', in one 6-minute execution' : ''}`,
        targetMet: (check.totals.ms / 1000) * (10_000 / n) <= TARGET_PER_10K.check && (n < 50_000 || check.totals.executions === 1),
        checkErrors: check.progress.check?.errors, checkWarnings: check.progress.check?.warnings,
      }),
      result(`model-import-${n / 1000}k`, n, imp, {
        ...common, ratio: round(imp.totals.ms / fl.ms, 2), floorSeconds, floor: 'one read of the data and one write of a status column, modelled',
        target: `≤ ${TARGET_PER_10K.import} s per 10,000 rows`, targetMet: (imp.totals.ms / 1000) * (10_000 / n) <= TARGET_PER_10K.import,
        created: r.created, updated: r.updated, errors: r.errors, warnings: r.warnings,
      }),
      result(`model-sliced-${n / 1000}k`, n, sliced, {
        ...common, ratio: round(sliced.totals.ms / imp.totals.ms, 2), floorSeconds: round(imp.totals.ms / 1000, 2), floor: 'the same import in menu executions (peer)',
        target: `≤ ${SLICED_TARGET} × the single execution`, targetMet: sliced.totals.ms <= SLICED_TARGET * imp.totals.ms,
        what: 'startImport, then continueRun until done, each a google.script.run call (a new execution)',
      }),
    );
  }
  return out;
}
