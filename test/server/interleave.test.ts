// The add-on's executions at the same time, as Apps Script runs them: the bundle (src/Code.ts as dist/Code.js holds
// it) evaluated afresh in each execution, interleaved by the modelled clock (testbed/concurrent.ts). These show the
// harness on the add-on itself: two users' Checks, and an edit between two chunks of an import.
import { appsScriptBundle, createTestbed, workbookFromRows, type ExecutionOutcome, type InputCell } from '../../testbed';
import type { RunProgress } from '../../src/shared/api';

function people(n: number): InputCell[][] {
  const rows: InputCell[][] = [['Name', 'Email', 'Phone', 'City']];
  for (let i = 0; i < n; i++) rows.push([`P${i}`, i % 7 === 3 ? `bad${i}@` : `p${i}@example.com`, '', 'Springfield']);
  return rows;
}

function world(n: number) {
  const tb = createTestbed({ user: 'ann@example.com', workbook: workbookFromRows({ People: people(n) }) });
  tb.uncounted(() => (tb.workbook.activeSheetId = tb.sheetData('People').id));
  return tb;
}

/** The sidebar's loop: while the run is Processing, call continueRun (a new google.script.run execution). */
const sidebar = (o: ExecutionOutcome) => {
  const p = o.value as RunProgress | undefined;
  return p && p.status === 'Processing' ? { entry: 'continueRun', args: [p.runId] } : null;
};

const statusCount = (tb: ReturnType<typeof world>, n: number) => {
  const s = tb.sheetData('People');
  let k = 0;
  for (let r = 1; r <= n; r++) if (s.cell(r, 4) !== '') k++;
  return k;
};

describe('the add-on\'s executions at the same time', () => {
  const { code } = appsScriptBundle();

  it('two users\' Checks: the second waits for the lock, then says who is running one', async () => {
    // Ann's check holds the lock longer than Bo waits for it (3 s from 2 s in): 40,000 rows keep it busy well past that
    // (20,000 rows no longer did once a check's start and first slice took one lock: the lock was free at 6.1 s).
    const n = 40_000;
    const tb = world(n);
    const sim = tb.concurrently({ script: code });
    const ann = sim.start('startCheck', [], { kind: 'scriptRun', user: 'ann@example.com', then: sidebar });
    const bo = sim.start('startCheck', [], { kind: 'scriptRun', user: 'bo@example.com', at: 2000, then: sidebar });
    await sim.run();
    const a = (await ann.done).value as RunProgress;
    expect(a).toMatchObject({ kind: 'check', status: 'Completed', done: n, total: n });
    const b = await bo.done;
    expect(b.error?.message).toMatch(/^A check is already running on this spreadsheet \(started by ann@example\.com at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d\)\. Wait for it to finish\.$/);
    // Bo's execution waited for the document lock (3 s, the add-on's timeout) while Ann's check held it.
    const boCost = tb.model.executions.find((e) => e.user === 'bo@example.com')!;
    expect(boCost.byCategory.lockWait).toBe(3000);
    expect(b.endedAt).toBeLessThan((await ann.done).endedAt);
    expect(statusCount(tb, n)).toBe(n);
  });

  it('an edit between two chunks of an import: onEdit runs alongside the import\'s next chunk', async () => {
    const tb = world(3000);
    const sim = tb.concurrently({ script: code });
    const imp = sim.start('startImport', [], { kind: 'scriptRun', then: sidebar });
    const saves: number[] = [];
    let edit: Promise<unknown> | undefined;
    sim.onCall((c) => {
      if (c.execution !== imp || c.label !== 'Properties.setProperty' || c.args[0] !== 'ci.run') return;
      const cursor = JSON.parse(String(c.args[1])).cursor as number;
      saves.push(c.at);
      // The cursor saved after the first chunk (rows 2-1001): the user types into a row of the second.
      if (cursor === 1002 && !edit) edit = sim.edit('People!B1500', 'typo@', { user: 'bo@example.com' });
    });
    await sim.run();
    expect((await imp.done).value).toMatchObject({ kind: 'import', status: 'Completed', done: 3000 });
    const onEdit = sim.executions.find((e) => e.entry === 'onEdit')!;
    const o = await onEdit.done;
    expect(o.error).toBeUndefined();
    expect(onEdit).toMatchObject({ kind: 'trigger', user: 'bo@example.com' });
    // It began after the first chunk's save and before the import's execution ended: they ran at the same time.
    expect(o.startedAt).toBeGreaterThanOrEqual(saves[1]);
    expect(o.startedAt).toBeLessThan((await imp.done).endedAt);
    expect(tb.sheetData('People').cell(1499, 1)).toBe('typo@');
    expect(statusCount(tb, 3000)).toBe(3000);
  });
});

describe('no stale status or mark after an edit during a run', () => {
  const { code } = appsScriptBundle();

  it('an edit of a row a check has passed is re-checked at once: its mark goes', async () => {
    const tb = world(3000);
    const sim = tb.concurrently({ script: code });
    const chk = sim.start('startCheck', [], { kind: 'scriptRun', then: sidebar });
    let edit: Promise<unknown> | undefined;
    sim.onCall((c) => {
      if (c.execution !== chk || c.label !== 'Properties.setProperty' || c.args[0] !== 'ci.run') return;
      // bad3@ (row 5) was flagged by the first chunk; the user fixes it while the check goes on.
      if ((JSON.parse(String(c.args[1])).cursor as number) === 1002 && !edit) edit = sim.edit('People!B5', 'fixed3@example.com', { user: 'bo@example.com' });
    });
    await sim.run();
    expect((await chk.done).value).toMatchObject({ status: 'Completed', done: 3000 });
    const onEdit = sim.executions.find((e) => e.entry === 'onEdit')!;
    expect((await onEdit.done).error).toBeUndefined();
    const people = tb.sheetData('People');
    expect(people.cell(4, 1)).toBe('fixed3@example.com');
    expect(String(people.cell(4, 4))).not.toMatch(/email/i);
    expect(people.notes[4]?.[1] ?? '').toBe('');
  });
});
