// The latency model: each service call advances a modelled clock by the figures of apps-script-costs.json.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestbed, EXCEEDED_MESSAGE, findCostsFile, workbookFromRows, type AppsScriptCosts } from '../../testbed';

/** Figures of our own (not the yardstick's), so every expected number below is plain arithmetic. */
const FIGURES: AppsScriptCosts = {
  version: 1,
  spreadsheet: { readCallMs: 100, readCellMs: 0.5, writeCallMs: 10, writeCellMs: 2 },
  properties: { callMs: 30 },
  lock: { callMs: 20 },
  urlFetch: { callMs: 150 },
  scriptRun: { roundTripMs: 700 },
  executionStartMs: 300,
  limits: { executionMs: 360_000, simpleTriggerMs: 30_000, urlFetchCallsPerDayConsumer: 5, urlFetchCallsPerDayWorkspace: 8 },
};

function world(opts: Parameters<typeof createTestbed>[0] = {}) {
  const rows = [['h1', 'h2'], ...Array.from({ length: 9 }, (_, i) => [i, `v${i}`])];
  return createTestbed({ costs: FIGURES, workbook: workbookFromRows({ S: rows }), ...opts });
}

const sheet = () => SpreadsheetApp.getActiveSpreadsheet().getSheetByName('S')!;

describe('the cost file', () => {
  it('is found at run time (shared/apps-script-costs.json above the project) and its figures are the model\'s', () => {
    const file = findCostsFile();
    expect(file).toMatch(/shared[\\/]apps-script-costs\.json$/);
    const onDisk = JSON.parse(readFileSync(file!, 'utf8'));
    const tb = createTestbed();
    expect(tb.model.available).toBe(true);
    expect(tb.model.costs).toMatchObject({
      file,
      spreadsheet: { readCallMs: onDisk.spreadsheet.readCallMs, readCellMs: onDisk.spreadsheet.readCellMs, writeCallMs: onDisk.spreadsheet.writeCallMs, writeCellMs: onDisk.spreadsheet.writeCellMs },
      executionStartMs: onDisk.executionStartMs,
      scriptRun: { roundTripMs: onDisk.scriptRun.roundTripMs },
    });
    // One getLastRow in one execution: the start and one read call, as the file says.
    tb.run(() => SpreadsheetApp.getActiveSheet().getLastRow());
    expect(tb.model.ms).toBe(onDisk.executionStartMs + 1 + onDisk.spreadsheet.readCallMs); // + getActiveSheet, a handle (1 ms)
  });

  it('another file gives other times: the figures are read, not built in', () => {
    const dir = mkdtempSync(join(tmpdir(), 'costs-'));
    try {
      const file = join(dir, 'costs.json');
      writeFileSync(file, JSON.stringify({ ...FIGURES, spreadsheet: { ...FIGURES.spreadsheet, readCallMs: 1234, objects: 'handles: 3 ms.' } }));
      const tb = createTestbed({ costs: file });
      tb.run(() => SpreadsheetApp.getActiveSheet().getLastRow());
      expect(tb.model.ms).toBe(300 + 3 + 1234);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('without a cost file the model is off: nothing is charged, and it says why', () => {
    const tb = createTestbed({ costs: '/nonexistent/apps-script-costs.json' });
    tb.run(() => SpreadsheetApp.getActiveSheet().getLastRow());
    expect(tb.model.available).toBe(false);
    expect(tb.model.error).toMatch(/ENOENT|no such file/);
    expect(tb.model.ms).toBe(0);
    expect(tb.counter.get('Sheet.getLastRow')).toBe(1); // the counter still counts
  });
});

describe('Spreadsheet calls', () => {
  it('a read costs the call plus its cells; handles cost 1 ms', () => {
    const tb = world();
    tb.run(() => sheet().getRange(1, 1, 10, 2).getValues());
    const e = tb.model.executions[0];
    // start 300, getActiveSpreadsheet 1, getSheetByName (a read) 100, getRange 1, getValues 100 + 20 × 0.5
    expect(e.ms).toBe(300 + 1 + 100 + 1 + 110);
    expect(e.cellsRead).toBe(20);
    expect(e.calls).toBe(4);
    expect(e.byMethod['Range.getValues']).toEqual({ calls: 1, ms: 110, cells: 20 });
    expect(e.byCategory).toMatchObject({ start: 300, read: 210, object: 2 });
  });

  it('writes are queued: their cells are paid at the next read of any Spreadsheet class', () => {
    const tb = world();
    tb.run(() => {
      const sh = sheet();
      const before = tb.model.ms;
      sh.getRange(1, 1, 10, 2).setValues(Array.from({ length: 10 }, () => ['a', 'b']));
      sh.getRange(1, 1, 5, 2).setBackground('#ff0000');
      expect(tb.model.ms - before).toBe(1 + 10 + 1 + 10); // two handles, two write calls: no cell yet
      expect(tb.model.executions[0].pendingCells).toBe(30);
      sh.getMaxRows(); // a read: pays the 30 queued cells first
      expect(tb.model.ms - before).toBe(22 + 30 * 2 + 100);
      expect(tb.model.executions[0].pendingCells).toBe(0);
    });
    const e = tb.model.executions[0];
    expect(e.cellsWritten).toBe(30);
    expect(e.byMethod['Range.setValues']).toEqual({ calls: 1, ms: 10 + 20 * 2, cells: 20 });
    expect(e.byMethod['Range.setBackground']).toEqual({ calls: 1, ms: 10 + 10 * 2, cells: 10 });
  });

  it('SpreadsheetApp.flush() and the end of the execution pay the queue too', () => {
    const tb = world();
    tb.run(() => {
      sheet().getRange('A1:B2').setValues([[1, 2], [3, 4]]);
      const before = tb.model.ms;
      SpreadsheetApp.flush();
      expect(tb.model.ms - before).toBe(4 * 2);
      sheet().getRange('A1:B3').setNotes([['n', ''], ['', ''], ['', 'x']]);
    });
    const e = tb.model.executions[0];
    expect(e.pendingCells).toBe(0);
    expect(e.cellsWritten).toBe(10);
    expect(e.endedAt).toBe(e.startedAt + e.ms);
  });

  it('row and column inserts and deletes touch every cell of the rows or columns', () => {
    const tb = world();
    tb.run(() => {
      const sh = sheet(); // 1000 × 26
      sh.insertRowsAfter(10, 3);
      sh.deleteRows(2, 1);
      sh.insertColumnsAfter(2, 2);
    });
    const e = tb.model.executions[0];
    expect(e.byMethod['Sheet.insertRowsAfter'].cells).toBe(3 * 26);
    expect(e.byMethod['Sheet.deleteRows'].cells).toBe(26);
    expect(e.byMethod['Sheet.insertColumnsAfter'].cells).toBe(2 * 1002);
  });

  it('calls made uncounted (a test seeding the sheet) are not charged', () => {
    const tb = world();
    tb.run(() => tb.uncounted(() => sheet().getRange(1, 1, 10, 2).getValues()));
    expect(tb.model.ms).toBe(300);
  });
});

describe('properties, cache, locks, sleeps and UrlFetch', () => {
  it('each key of a getAll / setAll counts once', () => {
    const tb = world();
    tb.run(() => {
      const p = PropertiesService.getDocumentProperties();
      p.setProperties({ a: '1', b: '2', c: '3' });
      p.getProperties();
      p.getProperty('a');
      const c = CacheService.getDocumentCache()!;
      c.putAll({ x: '1', y: '2' });
      c.getAll(['x', 'y', 'z']);
      c.remove('x');
    });
    const e = tb.model.executions[0];
    expect(e.byCategory.properties).toBe((3 + 3 + 1) * 30);
    expect(e.byCategory.cache).toBe((2 + 3 + 1) * 30);
    expect(e.byMethod['Properties.setProperties']).toEqual({ calls: 1, ms: 90, cells: 3 });
  });

  it('lock calls cost lock.callMs; a wait that times out costs its timeout', () => {
    const tb = world();
    const other = tb.newExecution({ user: 'bo@example.com' });
    other.run(() => {
      expect(LockService.getDocumentLock().tryLock(1)).toBe(true);
      tb.run(() => expect(LockService.getDocumentLock().tryLock(5000)).toBe(false));
    });
    const waited = tb.model.executions.find((x) => x.user === 'user@example.com')!;
    expect(waited.byCategory).toMatchObject({ lock: 20, lockWait: 5000 });
  });

  it('Utilities.sleep is time spent (fastSleep or real)', () => {
    const tb = world({ fastSleep: true });
    tb.run(() => Utilities.sleep(2500));
    expect(tb.model.executions[0].byCategory.sleep).toBe(2500);
    const t0 = tb.model.now();
    tb.run(() => Utilities.sleep(0));
    expect(tb.model.now() - t0).toBe(300);
  });

  it('fetch costs callMs plus the server\'s time; fetchAll callMs plus its slowest request', () => {
    const tb = world({ fetch: (r) => ({ status: 200, body: 'ok', ms: Number(new URL(r.url).searchParams.get('ms')) }) });
    tb.run(() => UrlFetchApp.fetch('https://api.example.com/?ms=40'));
    tb.run(() => UrlFetchApp.fetchAll(['https://api.example.com/?ms=10', 'https://api.example.com/?ms=250', 'https://api.example.com/?ms=5']));
    const [one, all] = tb.model.executions;
    expect(one.byMethod['UrlFetchApp.fetch']).toEqual({ calls: 1, ms: 190, cells: 1 });
    expect(all.byMethod['UrlFetchApp.fetchAll']).toEqual({ calls: 3, ms: 400, cells: 3 });
  });
});

describe('executions', () => {
  it('a google.script.run call adds the round trip; a trigger and a run pay the start', () => {
    const tb = world();
    tb.triggers.onEdit = () => undefined;
    tb.run(() => undefined);
    expect(tb.scriptRun(() => ({ ok: true }))).toEqual({ ok: true });
    tb.edit('S!A2', 'x');
    expect(tb.model.executions.map((e) => [e.kind, e.ms])).toEqual([['run', 300], ['scriptRun', 1000], ['trigger', 300]]);
    // One after the other on the modelled clock.
    const [a, b, c] = tb.model.executions;
    expect([b.startedAt, c.startedAt]).toEqual([a.endedAt, b.endedAt]);
    expect(tb.model.ms).toBe(1600);
  });

  it('scriptRun gives what the sidebar receives, and refuses what google.script.run refuses', () => {
    const tb = world();
    expect(tb.scriptRun(() => ({ a: undefined, b: [undefined] }))).toEqual({ b: [null] });
    expect(() => tb.scriptRun(() => ({ when: new Date() }))).toThrow('google.script.run cannot pass a Date (at result.when)');
  });

  it('measure() gives what the executions run inside it cost, and report() says where the time went', () => {
    const tb = world();
    tb.run(() => sheet().getLastRow());
    const m = tb.model.measure(() => tb.run(() => sheet().getRange(1, 1, 10, 2).getValues()));
    expect(m.executions).toBe(1);
    expect(m.ms).toBe(300 + 1 + 100 + 1 + 110);
    expect(m.cellsRead).toBe(20);
    expect(tb.model.report(m)).toMatch(/^0\.5 s modelled over 1 execution\(s\): 4 calls, 20 cells read, 0 cells written\n {2}by kind: start 0\.3 s, read 0\.2 s, object 0\.0 s\n {2}execution start +0\.3 s +0 calls +0 cells\n {2}Range\.getValues +0\.1 s +1 calls +20 cells\n/);
  });

  it('the modelled clock moves only by modelled time (deterministic); the world clock by that and real time', () => {
    const tb = world();
    const m0 = tb.model.now();
    tb.run(() => sheet().getRange(1, 1, 10, 2).getValues());
    expect(tb.model.now() - m0).toBe(512);
    const w0 = tb.clock.now();
    tb.clock.advance(60_000); // time passing between executions moves both
    expect(tb.model.now() - m0).toBe(60_512);
    expect(tb.clock.now() - w0).toBeGreaterThanOrEqual(60_000);
    expect(tb.model.ms).toBe(512); // idle time is not an execution's cost
  });
});

describe('time limits (option timeLimits)', () => {
  it('an execution past 6 modelled minutes throws "Exceeded maximum execution time" at its next call', () => {
    const tb = world({ timeLimits: true, fastSleep: true });
    let reads = 0;
    expect(() => tb.run(() => {
      Utilities.sleep(300_000);
      Utilities.sleep(59_000);
      for (;;) {
        sheet().getLastRow();
        reads++;
      }
    })).toThrow(EXCEEDED_MESSAGE);
    // 300 start + 359,000 slept leave 700 ms; each loop costs 201 ms (getActiveSpreadsheet 1, getSheetByName 100,
    // getLastRow 100): the 4th goes past at its getSheetByName.
    expect(reads).toBe(3);
    expect(tb.model.executions[0].ms).toBeGreaterThan(360_000);
  });

  it('a simple trigger past 30 s throws it too; without the option nothing is enforced', () => {
    const tb = world({ timeLimits: true, fastSleep: true });
    tb.triggers.onEdit = () => Utilities.sleep(30_000);
    expect(String(tb.edit('S!A2', 'x').error)).toMatch(EXCEEDED_MESSAGE);
    const free = world({ fastSleep: true });
    expect(() => free.run(() => { Utilities.sleep(300_000); Utilities.sleep(300_000); sheet().getLastRow(); })).not.toThrow();
  });
});
