// The undo journal every import reads keeps the most recent runs only.
// the tab, and the undo journal every import reads keeps the most recent runs only.
import { MAX_UNDO_RUNS, PACKED, RECORDS_CHARS, UndoJournal, type UndoEntry } from '../../src/server/undo';
import { UNDO_TAB } from '../../src/server/tabs';
import { book, exec, values, HEAD, serverForEachTest } from './helpers';

const { api } = serverForEachTest();

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

describe('the undo journal keeps the most recent runs', () => {

  it(`drops the oldest runs' entries when a run past the ${MAX_UNDO_RUNS} most recent writes`, () => {
    const tb = book([HEAD]);
    tb.run(() => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      for (let i = 0; i < MAX_UNDO_RUNS; i++) new UndoJournal(ss).append([entry(runId(i), 2), entry(runId(i), 3)]);
    });
    const rowsOf = () => values(tb, UNDO_TAB).slice(1).filter((r) => r[0] !== '' && r[0] !== undefined && r[0] !== null);
    const entriesOf = () => tb.run(() => { const j = new UndoJournal(SpreadsheetApp.getActiveSpreadsheet()); return [...new Set(rowsOf().map((r) => String(r[0])))].flatMap((run) => j.entries(run)); });
    // Packed: one row a run's append (its 2 records), 2 entries each.
    expect(rowsOf()).toHaveLength(MAX_UNDO_RUNS);
    expect(rowsOf().map((r) => [r[1], r[2]])).toEqual(new Array(MAX_UNDO_RUNS).fill([PACKED, '2']));
    expect(entriesOf()).toHaveLength(2 * MAX_UNDO_RUNS);
    // A resumed chunk of the newest run adds to it: nothing is pruned.
    tb.run(() => new UndoJournal(SpreadsheetApp.getActiveSpreadsheet()).append([entry(runId(MAX_UNDO_RUNS - 1), 4)]));
    expect(rowsOf()).toHaveLength(MAX_UNDO_RUNS + 1);
    expect(entriesOf()).toHaveLength(2 * MAX_UNDO_RUNS + 1);
    // One run more: the oldest run goes, the new one and the others stay.
    tb.run(() => new UndoJournal(SpreadsheetApp.getActiveSpreadsheet()).append([entry(runId(MAX_UNDO_RUNS), 2)]));
    const rows = rowsOf();
    expect(new Set(rows.map((r) => r[0])).size).toBe(MAX_UNDO_RUNS);
    expect(rows.map((r) => r[0])).not.toContain(runId(0));
    expect(rows).toHaveLength(MAX_UNDO_RUNS + 1);
    expect(entriesOf()).toHaveLength(2 * MAX_UNDO_RUNS + 1 - 2 + 1);
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

describe('the undo journal is packed', () => {
  it('5,000 updates of a run take a few rows of records, read back whole', () => {
    const tb = book([HEAD]);
    const all = Array.from({ length: 5000 }, (_, i) => entry(runId(1), i + 2));
    const m = tb.model.measure(() => tb.run(() => new UndoJournal(SpreadsheetApp.getActiveSpreadsheet()).append(all)));
    const rows = values(tb, UNDO_TAB).slice(1).filter((r) => r[0] === runId(1));
    const json = all.reduce((n, e) => n + JSON.stringify([e.line, e.contactId, e.matchedOn, e.changes, e.updatedBefore, e.updatedAfter, e.fpBefore, e.fpAfter]).length + 1, 0);
    expect(rows.length).toBe(Math.ceil(json / RECORDS_CHARS));
    expect(rows.length).toBeLessThan(40);
    expect(rows.reduce((n, r) => n + Number(r[2]), 0)).toBe(5000);
    expect(m.cellsWritten).toBeLessThan(1000); // the new tab's header and format, a few rows inserted and written
    tb.run(() => {
      const j = new UndoJournal(SpreadsheetApp.getActiveSpreadsheet());
      expect(j.entries(runId(1))).toEqual(all);
      expect(j.tagged(runId(1), 4001)).toEqual(all[3999]);
    });
  });

  it('reads, keeps and drops rows of the older layout (one row an update) beside packed ones', () => {
    const tb = book([HEAD]);
    tb.run(() => new UndoJournal(SpreadsheetApp.getActiveSpreadsheet()).append([entry(runId(1), 2)]));
    // An older journal's rows: one update a row, its changes JSON in 'Changes', a long one in pieces after column I.
    tb.uncounted(() => {
      const s = tb.sheetData(UNDO_TAB);
      const long = 'x'.repeat(60_000);
      const changes = JSON.stringify({ city: ['Paris', long] });
      s.values[2] = [runId(0), '2', 'C-old-2', 'email', changes.slice(0, 49_984), '2025-01-01 00:00:00', '2025-01-02 00:00:00', 'fa', 'fb', `4:${changes.slice(49_984)}`];
      s.values[3] = [runId(0), '3', 'C-old-3', 'phone', JSON.stringify({ city: ['Oslo', 'Rome'] }), 'u0', 'u1', 'f0', 'f1'];
    });
    tb.run(() => {
      const j = new UndoJournal(SpreadsheetApp.getActiveSpreadsheet());
      expect(j.entries(runId(0)).map((e) => [e.line, e.contactId, e.matchedOn, e.changes?.city?.[0]])).toEqual([[2, 'C-old-2', 'email', 'Paris'], [3, 'C-old-3', 'phone', 'Oslo']]);
      expect(j.entries(runId(0))[0].changes!.city[1]).toBe('x'.repeat(60_000));
      expect(j.tagged(runId(0), 3)).toEqual({ run: runId(0), line: 3, contactId: 'C-old-3', matchedOn: 'phone', changes: { city: ['Oslo', 'Rome'] }, updatedBefore: 'u0', updatedAfter: 'u1', fpBefore: 'f0', fpAfter: 'f1' });
      expect(j.entries(runId(1))).toEqual([entry(runId(1), 2)]);
      j.removeRun(runId(1));
    });
    // The packed row went; the older rows stay as they were, and nothing is left past them.
    const rows = values(tb, UNDO_TAB).slice(1).filter((r) => r.some((v) => v !== '' && v !== null && v !== undefined));
    expect(rows.map((r) => [r[0], r[1]])).toEqual([[runId(0), '2'], [runId(0), '3']]);
    tb.run(() => {
      const j = new UndoJournal(SpreadsheetApp.getActiveSpreadsheet());
      expect(j.entries(runId(0))).toHaveLength(2);
      j.removeRun(runId(0));
      expect(j.entries(runId(0))).toEqual([]);
    });
    expect(values(tb, UNDO_TAB).slice(1).flat().filter((v) => v !== '' && v !== null && v !== undefined)).toEqual([]);
  });
});
