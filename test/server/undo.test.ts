// The undo journal every import reads keeps the most recent runs only.
// the tab, and the undo journal every import reads keeps the most recent runs only.
import { MAX_UNDO_RUNS, UndoJournal, type UndoEntry } from '../../src/server/undo';
import { UNDO_TAB } from '../../src/server/tabs';
import { book, exec, values, HEAD, serverForEachTest } from './helpers';

const { api } = serverForEachTest();

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
