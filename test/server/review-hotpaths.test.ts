// Hot paths with fewer calls: onEdit keeps the "Do not import" tab's list in the document cache for one version of
// the tab, and the undo journal every import reads keeps the most recent runs only.
import { onEdit } from '../../src/server/onedit';
import { MAX_UNDO_RUNS, UndoJournal, type UndoEntry } from '../../src/server/undo';
import { UNDO_TAB } from '../../src/server/tabs';
import { book, exec, measureEdit, values, HEAD, testServer } from './helpers';
import { runEnv } from '../../src/server/run/env';

let env = runEnv();
let api = testServer(env);
beforeEach(() => {
  env = runEnv();
  api = testServer(env);
});


const status = (tb: ReturnType<typeof book>, line: number) => String(values(tb, 'People')[line - 1][4]);

describe('onEdit and the "Do not import" tab', () => {
  function setup() {
    const rows = [HEAD, ['Ann', 'ann@x.com', '', 'Paris'], ['Bob', 'bob@x.com', '', 'Rome'], ['Cy', 'cy@x.com', '', 'Oslo']];
    const tb = book(rows, { 'Do not import': [['Email or phone'], ['zed@x.com']] });
    tb.triggers.onEdit = (e) => onEdit(e as never);
    exec(tb, () => api.startCheck());
    // No Contacts tab: every whole-tab read an edit makes is of the "Do not import" tab.
    const measure = (a1: string, text: string) => measureEdit(tb, a1, text);
    return { tb, measure };
  }

  it('is read on the first edit only: a second edit makes fewer calls and does not read the tab', () => {
    const { tb, measure } = setup();
    const first = measure('People!D2', 'Lyon');
    expect(status(tb, 2)).toBe('Ready to create');
    const second = measure('People!D3', 'Nice');
    expect(status(tb, 3)).toBe('Ready to create');
    expect(first.dataRange).toBe(1);
    expect(second.dataRange).toBe(0);
    expect(first.getValues - second.getValues).toBe(1);
    expect(second.spreadsheet).toBeLessThan(first.spreadsheet);
    // Still applied from the cache: a row typed with a listed email is rejected.
    const third = measure('People!B4', 'zed@x.com');
    expect(third.dataRange).toBe(0);
    expect(status(tb, 4)).toMatch(/^Error: Email is on the Do not import list \("zed@x.com"\)/);
  });

  it('an edit of the "Do not import" tab invalidates it, even when its last row stays the same', () => {
    const { tb, measure } = setup();
    measure('People!D2', 'Lyon');
    expect(status(tb, 2)).toBe('Ready to create');
    // Replace the one entry (same last row): only the stamp onEdit bumps tells the cache apart.
    tb.edit("'Do not import'!A2", 'ann@x.com');
    const after = measure('People!D2', 'Nice');
    expect(after.dataRange).toBe(1);
    expect(status(tb, 2)).toMatch(/^Error: Email is on the Do not import list \("ann@x.com"\)/);
    // A new row in the tab is seen too.
    tb.edit("'Do not import'!A3", 'bob@x.com');
    measure('People!D3', 'Bern');
    expect(status(tb, 3)).toMatch(/^Error: Email is on the Do not import list \("bob@x.com"\)/);
    // And emptied again, the rows come back.
    tb.edit("'Do not import'!A2", '');
    tb.edit("'Do not import'!A3", '');
    measure('People!D2', 'Rome');
    expect(status(tb, 2)).toBe('Ready to create');
  });
});

describe('the undo journal keeps the most recent runs', () => {
  const entry = (run: string, line: number): UndoEntry => ({
    run,
    line,
    contactId: `C-${run}-${line}`,
    matchedOn: 'email',
    changes: { city: ['Paris', 'Rome'] },
    updatedBefore: '2025-01-01 00:00:00',
    updatedAfter: '2025-01-02 00:00:00',
    fpBefore: 'fa',
    fpAfter: 'fb',
  });
  const runId = (i: number) => `R-2025010100${String(i).padStart(4, '0')}-AAAA`;

  it(`drops the oldest runs' entries when a run past the ${MAX_UNDO_RUNS} most recent writes`, () => {
    const tb = book([HEAD]);
    tb.run(() => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      for (let i = 0; i < MAX_UNDO_RUNS; i++) new UndoJournal(ss).append([entry(runId(i), 2), entry(runId(i), 3)]);
    });
    const rowsOf = () => values(tb, UNDO_TAB).slice(1).filter((r) => r[0] !== '' && r[0] !== undefined && r[0] !== null);
    expect(rowsOf()).toHaveLength(2 * MAX_UNDO_RUNS);
    // A resumed chunk of the newest run adds to it: nothing is pruned.
    tb.run(() => new UndoJournal(SpreadsheetApp.getActiveSpreadsheet()).append([entry(runId(MAX_UNDO_RUNS - 1), 4)]));
    expect(rowsOf()).toHaveLength(2 * MAX_UNDO_RUNS + 1);
    // One run more: the oldest run goes, the new one and the others stay.
    tb.run(() => new UndoJournal(SpreadsheetApp.getActiveSpreadsheet()).append([entry(runId(MAX_UNDO_RUNS), 2)]));
    const rows = rowsOf();
    expect(new Set(rows.map((r) => r[0])).size).toBe(MAX_UNDO_RUNS);
    expect(rows.map((r) => r[0])).not.toContain(runId(0));
    expect(rows).toHaveLength(2 * MAX_UNDO_RUNS + 1 - 2 + 1);
    tb.run(() => {
      const j = new UndoJournal(SpreadsheetApp.getActiveSpreadsheet());
      expect(j.entries(runId(0))).toEqual([]);
      expect(j.tagged(runId(0), 2)).toBeUndefined();
      expect(j.entries(runId(1)).map((e) => e.line)).toEqual([2, 3]);
      expect(j.entries(runId(MAX_UNDO_RUNS - 1)).map((e) => e.line)).toEqual([2, 3, 4]);
      expect(j.tagged(runId(MAX_UNDO_RUNS), 2)).toEqual(entry(runId(MAX_UNDO_RUNS), 2));
    });
  });

  it('prunes within one journal too (the runs it appended itself count)', () => {
    const tb = book([HEAD]);
    tb.run(() => {
      const j = new UndoJournal(SpreadsheetApp.getActiveSpreadsheet());
      for (let i = 0; i < MAX_UNDO_RUNS + 3; i++) j.append([entry(runId(i), 2)]);
      for (let i = 0; i < 3; i++) expect(j.tagged(runId(i), 2)).toBeUndefined();
      expect(j.tagged(runId(3), 2)).toBeDefined();
    });
    const runs = values(tb, UNDO_TAB).slice(1).map((r) => r[0]).filter((v) => v !== '' && v !== undefined && v !== null);
    expect(runs).toEqual(Array.from({ length: MAX_UNDO_RUNS }, (_, i) => runId(i + 3)));
  });

  it('revert still restores the updates of a run among the most recent', () => {
    const tb = book([HEAD, ['Ann', 'ann@x.com', '', 'Paris']]);
    exec(tb, () => api.runToEnd('import'));
    tb.uncounted(() => (tb.sheetData('People').values[1]![3] = 'Rome'));
    const p = exec(tb, () => api.runToEnd('import'));
    expect(p.result!.updated).toBe(1);
    const r = exec(tb, () => api.revertRun(p.runId));
    expect(r.message).toMatch(/restored 1 updated contact/);
  });
});
