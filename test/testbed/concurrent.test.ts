// Executions that run at the same time (testbed/concurrent.ts): each in its own thread with its own globals,
// interleaved by the modelled clock; locks wait up to their timeout.
import { createTestbed, LOCK_TIMEOUT_MESSAGE, workbookFromRows } from '../../testbed';

/** A script as Apps Script would hold it: top-level functions over the services. */
const SCRIPT = String.raw`
var log = [];
function note(what) {
  var sh = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Log');
  sh.appendRow([what, Session.getActiveUser().getEmail(), Date.now()]);
}
function chunks(n) {
  for (var i = 1; i <= n; i++) {
    var sh = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data');
    var v = sh.getRange(1, 1, 20, 5).getValues();
    sh.getRange(1, 1, 20, 5).setValues(v);
    note('chunk ' + i);
  }
  return 'did ' + n;
}
function locked(label, holdMs, timeoutMs) {
  var lock = LockService.getDocumentLock();
  var got = lock.tryLock(timeoutMs);
  note(label + (got ? ' got the lock' : ' gave up'));
  if (!got) return false;
  Utilities.sleep(holdMs);
  note(label + ' releases');
  lock.releaseLock();
  return true;
}
function waiting(label, timeoutMs) {
  LockService.getDocumentLock().waitLock(timeoutMs);
  note(label + ' waited');
}
function holdToEnd(holdMs) {
  LockService.getDocumentLock().waitLock(1000);
  Utilities.sleep(holdMs);
  note('ends holding the lock');
}
function onEdit(e) {
  note('onEdit ' + e.range.getA1Notation() + '=' + e.value + ' ' + e.authMode);
}
function globalsAreFresh() {
  log.push('x');
  return log.length;
}
function throws() {
  SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data').getRange(0, 1);
}
function clocks() {
  var a = Date.now();
  SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data').getRange(1, 1, 100, 5).getValues();
  return Date.now() - a;
}
`;

function world() {
  const data = Array.from({ length: 20 }, (_, r) => Array.from({ length: 5 }, (_, c) => `r${r}c${c}`));
  return createTestbed({ user: 'ann@example.com', workbook: workbookFromRows({ Data: data, Log: [] }) });
}

/** The Log tab's rows: [what, user, modelled ms since the world began]. */
function logRows(tb: ReturnType<typeof world>): Array<[string, string, number]> {
  const s = tb.sheetData('Log');
  const out: Array<[string, string, number]> = [];
  for (let r = 0; r < s.lastRow(); r++) {
    const [what, user, at] = s.rowFor(r, 3);
    if (what !== '') out.push([String(what), String(user), Number(at) - tb.clock.base]);
  }
  return out;
}

describe('concurrent executions', () => {
  it('two users\' executions interleave in the order of the modelled clock, each with its own globals', async () => {
    const tb = world();
    const sim = tb.concurrently({ script: SCRIPT });
    const a = sim.start('chunks', [3], { user: 'ann@example.com' });
    const b = sim.start('chunks', [3], { user: 'bo@example.com' });
    const later = sim.start('chunks', [1], { user: 'cy@example.com', at: 60_000 });
    const c = sim.start('globalsAreFresh');
    const d = sim.start('globalsAreFresh');
    await sim.run();
    expect(await a.done).toMatchObject({ value: 'did 3' });
    expect(await b.done).toMatchObject({ value: 'did 3' });
    expect([(await c.done).value, (await d.done).value]).toEqual([1, 1]); // globals evaluated afresh per execution
    const rows = logRows(tb);
    // The same calls at the same modelled times: they alternate (ties go to the execution started first).
    expect(rows.map(([w, u]) => `${u.slice(0, 3)} ${w}`)).toEqual(['ann chunk 1', 'bo@ chunk 1', 'ann chunk 2', 'bo@ chunk 2', 'ann chunk 3', 'bo@ chunk 3', 'cy@ chunk 1']);
    // Each execution's Date.now() is its modelled clock.
    const at = rows.map((r) => r[2]);
    expect(at[0]).toBe(at[1]);
    expect(at).toEqual([...at].sort((x, y) => x - y));
    expect(at[6]).toBeGreaterThan(60_000);
    expect((await later.done).startedAt).toBe(60_000);
    expect(tb.model.executions.filter((e) => e.kind === 'run')).toHaveLength(5);
  });

  it('a lock held elsewhere is waited for, up to the timeout, in modelled time', async () => {
    const tb = world();
    const sim = tb.concurrently({ script: SCRIPT });
    const holder = sim.start('locked', ['A', 10_000, 100]);
    const patient = sim.start('locked', ['B', 0, 30_000], { user: 'bo@example.com', at: 1000 });
    const hasty = sim.start('locked', ['C', 0, 2000], { user: 'cy@example.com', at: 2000 });
    await sim.run();
    expect([(await holder.done).value, (await patient.done).value, (await hasty.done).value]).toEqual([true, true, false]);
    const rows = logRows(tb);
    expect(rows.map((r) => r[0])).toEqual(['A got the lock', 'C gave up', 'A releases', 'B got the lock', 'B releases']);
    const t = Object.fromEntries(rows.map((r) => [r[0], r[2]]));
    // C gave up 2 s after it asked (at about 2 s); B got the lock when A released it, after 10 s of A's sleep.
    expect(t['C gave up'] - 2000).toBeGreaterThanOrEqual(2000);
    expect(t['C gave up'] - 2000).toBeLessThan(2500);
    expect(t['B got the lock']).toBeGreaterThanOrEqual(t['A releases']);
    expect(t['B got the lock'] - t['A releases']).toBeLessThan(200);
    const waits = tb.model.executions.map((e) => e.byCategory.lockWait);
    expect(waits[2]).toBe(2000);
    expect(waits[1]).toBeGreaterThan(8000);
    expect(tb.lockWaits).toEqual([{ scope: 'document', timeoutMs: 2000, outcome: 'timeout' }]);
  });

  it('waitLock throws Apps Script\'s timeout message; a lock is released when its execution ends', async () => {
    const tb = world();
    const sim = tb.concurrently({ script: SCRIPT });
    sim.start('holdToEnd', [5000]);
    const late = sim.start('waiting', ['late', 1000], { at: 100 });
    const patient = sim.start('waiting', ['patient', 60_000], { at: 200 });
    await sim.run();
    expect((await late.done).error).toEqual({ message: LOCK_TIMEOUT_MESSAGE, name: 'Exception' });
    expect((await patient.done).error).toBeUndefined();
    expect(logRows(tb).map((r) => r[0])).toEqual(['ends holding the lock', 'patient waited']);
    expect(tb.locks.holders.size).toBe(0);
  });

  it('an edit runs onEdit (LIMITED) alongside a running execution; a hook can make it happen at a given call', async () => {
    const tb = world();
    const sim = tb.concurrently({ script: SCRIPT });
    const job = sim.start('chunks', [3]);
    let edited = false;
    sim.onCall((c) => {
      // After the job's second chunk: its second "note" wrote the Log.
      if (!edited && c.execution === job && c.label === 'Sheet.appendRow' && String((c.args[0] as unknown[])[0]) === 'chunk 2') {
        edited = true;
        void sim.edit('Data!B3', 'typed', { user: 'bo@example.com' });
      }
    });
    await sim.run();
    const rows = logRows(tb).map((r) => r[0]);
    expect(rows).toEqual(['chunk 1', 'chunk 2', 'chunk 3', 'onEdit B3=typed LIMITED']);
    expect(tb.sheetData('Data').cell(2, 1)).toBe('typed');
    const kinds = tb.model.executions.map((e) => `${e.kind}:${e.user}`);
    expect(kinds).toEqual(['run:ann@example.com', 'trigger:bo@example.com']);
  });

  it('an error in one execution ends it with Apps Script\'s message; the others go on', async () => {
    const tb = world();
    const sim = tb.concurrently({ script: SCRIPT });
    const bad = sim.start('throws');
    const good = sim.start('chunks', [1]);
    const missing = sim.start('nothingHere');
    await sim.run();
    expect((await bad.done).error?.message).toMatch(/^The (coordinates|starting row)/);
    expect((await good.done).value).toBe('did 1');
    expect((await missing.done).error?.message).toBe('testbed: the script has no function nothingHere');
  });

  it('inside an execution Date.now() moves with the modelled cost of its calls', async () => {
    const tb = world();
    const sim = tb.concurrently({ script: SCRIPT });
    const c = sim.start('clocks');
    await sim.run();
    // getActiveSpreadsheet (1 ms) + getSheetByName (read) + getRange (1 ms) + getValues of 500 cells (read + cells).
    const costs = tb.model.costs!.spreadsheet;
    expect((await c.done).value).toBeCloseTo(1 + costs.readCallMs + 1 + costs.readCallMs + 500 * costs.readCellMs, 6);
  });
});
