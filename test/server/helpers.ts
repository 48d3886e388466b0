import { Writable } from 'node:stream';
import { runCommand } from '../../cli/run';
import { createTestbed, workbookFromRows, type InputCell, type Testbed } from '../../testbed';
import type { DriverIO } from '../../src/crm/session';
import { serverApi } from '../../src/server/api';
import { menuHandlers } from '../../src/server/menu';
import { runEnv, type RunBudgets, type RunEnv } from '../../src/server/run/env';
import { resetExecutionCache } from '../../src/server/run/execution';
import { resumeToEnd, runToEnd } from '../../src/server/runs';
import { save } from '../../src/server/store';

export const HEAD = ['Name', 'Email', 'Phone', 'City'];

export function book(rows: InputCell[][], extra: Record<string, InputCell[][]> = {}, settings?: Record<string, unknown>): Testbed {
  const copy = (x: InputCell[][]) => x.map((r) => [...r]);
  const tb = createTestbed({ workbook: workbookFromRows({ People: copy(rows), ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, copy(v)])) }) });
  resetExecutionCache();
  if (settings) tb.run(() => save('settings', settings));
  return tb;
}

/** Runs fn as a fresh Apps Script execution. */
export function exec<T>(tb: Testbed, fn: () => T): T {
  resetExecutionCache();
  return tb.run(fn);
}

export function values(tb: Testbed, sheet: string): unknown[][] {
  const s = tb.sheetData(sheet);
  const out: unknown[][] = [];
  for (let r = 0; r < s.lastRow(); r++) out.push(s.rowFor(r, s.lastCol()));
  return out;
}

export function cell(tb: Testbed, sheet: string, a1: string): { value: unknown; bg: string; note: string; formula?: string } {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const c = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const r = Number(m[2]) - 1;
  const s = tb.sheetData(sheet);
  const bg = (s.backgrounds[r]?.[c]) ?? '#ffffff';
  const note = (s.notes[r]?.[c]) ?? '';
  return { value: s.cell(r, c), bg, note, formula: s.formula(r, c) };
}

/** Rows of the contacts sheet as objects by header. */
export function contacts(tb: Testbed): Record<string, unknown>[] {
  const v = values(tb, 'Contacts');
  const head = v[0] as string[];
  return v.slice(1).map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
}

/**
 * Types `text` into `a1` (the onEdit trigger runs) and returns the calls that made: all Spreadsheet calls, and the
 * whole-tab reads (Sheet.getDataRange, Range.getValues).
 */
export function measureEdit(tb: Testbed, a1: string, text: string): { spreadsheet: number; dataRange: number; getValues: number } {
  const before = tb.counter.snapshot();
  const r = tb.edit(a1, text);
  if (r.error) throw new Error(`the edit of ${a1} failed: ${String(r.error)}`);
  const after = tb.counter.snapshot();
  const diff = (k: string) => (after[k] ?? 0) - (before[k] ?? 0);
  const spreadsheet = Object.keys(after).filter((k) => /^(SpreadsheetApp|Spreadsheet|Sheet|Range)\./.test(k)).reduce((n, k) => n + diff(k), 0);
  return { spreadsheet, dataRange: diff('Sheet.getDataRange'), getValues: diff('Range.getValues') };
}

/** The server functions the sidebar and the menus call, working on runs in `env` (src/Code.ts exports them in Apps Script's env). */
export function testServer(env: RunEnv) {
  return {
    ...serverApi(env),
    ...menuHandlers(env),
    runToEnd: (kind: 'check' | 'import', budgetMs?: number) => runToEnd(env, kind, budgetMs),
    resumeToEnd: (budgetMs?: number) => resumeToEnd(env, budgetMs),
  };
}

/**
 * A run environment and the server over it for the tests of a file: the environment is made anew (Apps Script's
 * defaults) before each test, so what one test changes (budgets, the CRM driver, hooks) never reaches the next.
 */
export function serverForEachTest(): { env: RunEnv; api: ReturnType<typeof testServer> } {
  const env = runEnv();
  beforeEach(() => {
    delete env.crm;
    delete env.fault;
    delete env.onOutcome;
    Object.assign(env, runEnv());
  });
  return { env, api: testServer(env) };
}

/** Runs `contact-import run` in-process, capturing what it writes to stdout and stderr; `crmIo` replaces the CRM driver. */
export async function runCli(args: string[], opts: { crmIo?: DriverIO; budgets?: Partial<RunBudgets>; fault?: RunEnv['fault'] } = {}): Promise<{ code: number; out: string; err: string }> {
  const sink = () => {
    let text = '';
    const w = new Writable({ write(chunk, _e, cb) { text += chunk.toString(); cb(); } });
    return { w, text: () => text };
  };
  const out = sink();
  const err = sink();
  const code = await runCommand(args, out.w, err.w, opts);
  return { code, out: out.text(), err: err.text() };
}

/**
 * A fake HubSpot batch upsert for a run's CRM driver (RunEnv.crm.io, runCli's crmIo): contacts kept in memory by email, ids H1, H2, ….
 * Set `dailyLimitAt` to N to answer HubSpot's DAILY 429 from the Nth request on (0 turns it off).
 */
export function fakeHubspotUpsert() {
  const fake = {
    store: new Map<string, string>(),
    sentEmails: [] as string[],
    calls: 0,
    dailyLimitAt: 0,
    io: {
      fetchAll: (reqs: Array<{ payload?: string }>) =>
        reqs.map((req) => {
          fake.calls++;
          if (fake.dailyLimitAt && fake.calls >= fake.dailyLimitAt) {
            return { status: 429, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ status: 'error', policyName: 'DAILY' }) };
          }
          const inputs = JSON.parse(req.payload!).inputs as Array<{ id: string }>;
          const results = inputs.map((inp) => {
            fake.sentEmails.push(inp.id);
            const had = fake.store.has(inp.id);
            if (!had) fake.store.set(inp.id, `H${fake.store.size + 1}`);
            return { id: fake.store.get(inp.id), new: !had, properties: { email: inp.id } };
          });
          return { status: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ results }) };
        }),
      sleep: () => undefined,
      now: () => Date.now(),
    },
  };
  return fake;
}

