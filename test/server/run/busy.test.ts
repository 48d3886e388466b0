// One run at a time, whoever asks (issue 9, concurrency): a second user's Check does not take over the first's run,
// a stale slice never works from an older cursor, and the message says who holds the sheet.
import type { InputCell } from '../../../testbed';
import { book, exec, serverForEachTest } from '../helpers';
import { resetExecutionCache } from '../../../src/server/run/execution';
import { loadRun } from '../../../src/server/run/state';
import { workRun } from '../../../src/server/run/work';

const { env, api } = serverForEachTest();

function people(n: number): InputCell[][] {
  const rows: InputCell[][] = [['Name', 'Email', 'Phone', 'City']];
  for (let i = 0; i < n; i++) rows.push([`P${i}`, `p${i}@example.com`, '', 'Springfield']);
  return rows;
}

describe('one run at a time', () => {
  beforeEach(() => {
    env.budgets.chunkRows = 500;
    env.budgets.sliceMs = 0; // one chunk a slice
  });

  it('a second user\'s Check between two slices of the first\'s is refused, and the first finishes as it was', () => {
    const tb = book(people(2000));
    const ann = exec(tb, () => api.startCheck());
    expect(ann).toMatchObject({ status: 'Processing', done: 500 });
    resetExecutionCache();
    const bo = tb.newExecution({ user: 'bo@example.com' });
    expect(() => bo.run(() => api.startCheck())).toThrow(/^A check is already running on this spreadsheet \(started by user@example\.com at .*\)\. Wait for it to finish\.$/);
    let p = ann;
    for (let g = 0; p.status === 'Processing' && g < 10; g++) p = exec(tb, () => api.continueRun(ann.runId));
    expect(p).toMatchObject({ runId: ann.runId, status: 'Completed', done: 2000, total: 2000 });
  });

  it('the same user starting Check again starts it afresh', () => {
    const tb = book(people(2000));
    const first = exec(tb, () => api.startCheck());
    const again = exec(tb, () => api.startCheck());
    expect(again.runId).not.toBe(first.runId);
    expect(() => exec(tb, () => api.continueRun(first.runId))).toThrow(/no longer in progress/);
  });

  it('a slice asked with an older state works from the stored cursor: no History line is written twice', () => {
    const tb = book(people(1500));
    const p1 = exec(tb, () => api.startImport());
    expect(p1).toMatchObject({ status: 'Processing', done: 500 });
    // Two executions read the run at cursor 502; the first works a slice, then the second gets the lock.
    const stale = tb.run(() => loadRun())!;
    const a = exec(tb, () => api.continueRun(p1.runId));
    const b = exec(tb, () => workRun(env, stale, 0));
    expect([a.done, b.done]).toEqual([1000, 1500]);
    const hist = tb.sheetData('History');
    const lines: string[] = [];
    for (let r = 0; r < hist.lastRow(); r++) lines.push(hist.rowFor(r, hist.lastCol()).join('|'));
    expect(new Set(lines).size).toBe(lines.length);
  });
});
