// Undo fixes (src/server/fixundo.ts): every changed cell back exactly (value, type, number format), after a save
// and reopen through .xlsx too; the newest batch or an older one; cell by cell, cells edited since listed and left.
import { UNDO_FIX_MODE } from '../../src/engine/fix';
import { MAX_FIX_BATCHES } from '../../src/server/fixjournal';
import { serverApi } from '../../src/server/api';
import { runEnv } from '../../src/server/run/env';
import { exec, serverForEachTest } from './helpers';
import { fixWorld, historyRows, journalRows, reopen, SHEET, sheetOf, snapshot } from './fix.helpers';

const { api } = serverForEachTest();

const groupKey = (tb: ReturnType<typeof fixWorld>, kind: string, rule?: string) =>
  exec(tb, () => api.suggestFixes()).groups.find((g) => g.kind === kind && (!rule || g.rule === rule))!.key;

describe('Undo fixes', () => {
  it('puts back every changed cell exactly, the marks and status of the check included, and removes the split columns', () => {
    const tb = fixWorld();
    exec(tb, () => api.startCheck());
    const original = snapshot(tb, 10);
    const f = exec(tb, () => api.suggestFixes());
    const r = exec(tb, () => api.applyFixes({ groups: f.groups.map((g) => g.key) }));
    expect(r.changed).toBe(25);
    expect(snapshot(tb, 10)).not.toEqual(original);
    const u = exec(tb, () => api.undoFixes());
    expect(u).toMatchObject({ fixId: r.fixId, restored: 25, left: 0, leftCells: [], removedColumns: ['Last name', 'First name'] });
    expect(u.undoId).toMatch(/^U-\d{14}-[0-9A-Z]{4}$/);
    expect(u.check).toMatchObject({ status: 'Completed' });
    expect(snapshot(tb, 10)).toEqual(original);
    // The mapping is the sheet's own again.
    expect(exec(tb, () => api.getSidebarState()).columns.map((c) => c.header)).toEqual(['Name', 'Email', 'Phone', 'Birthday', 'Tags', 'Color', 'Notes']);
    // Undone, the batch is out of the journal: it cannot be undone twice.
    expect(() => exec(tb, () => api.undoFixes(r.fixId!))).toThrow(`There is no fix ${r.fixId} to undo: it was undone already, or it is older than the ${MAX_FIX_BATCHES} most recent fix batches kept for undo.`);
    expect(exec(tb, () => api.suggestFixes()).batches).toEqual([]);
  });

  it('works after the workbook is saved as .xlsx and opened again (nothing kept but the workbook)', async () => {
    const tb = fixWorld();
    const untouched = await reopen(fixWorld());
    const f = exec(tb, () => api.suggestFixes());
    const r = exec(tb, () => api.applyFixes({ groups: f.groups.map((g) => g.key) }));
    const tb2 = await reopen(tb);
    const api2 = serverApi(runEnv());
    tb2.uncounted(() => (tb2.workbook.activeSheetId = tb2.sheetData(SHEET).id));
    const u = exec(tb2, () => api2.undoFixes(r.fixId!));
    expect(u).toMatchObject({ restored: 25, left: 0 });
    // The re-check of the undo marks the sheet: compare with the untouched workbook checked the same way.
    exec(untouched, () => api2.startCheck());
    expect(snapshot(tb2, 10)).toEqual(snapshot(untouched, 10));
    // A number stays a number in its own format; a date cell written by the fix is text again.
    expect(tb2.uncounted(() => [sheetOf(tb2).getRange('C3').getValue(), sheetOf(tb2).getRange('C3').getNumberFormat()])).toEqual([4155550133, '0']);
    expect(tb2.uncounted(() => sheetOf(tb2).getRange('D2').getValue())).toBe('Sep 8 2024');
  });

  it('cell by cell: a cell edited since the fix is listed and left as it is; the others are put back', () => {
    const tb = fixWorld();
    const r = exec(tb, () => api.applyFixes({ groups: [groupKey(tb, 'phone', 'phone-format'), groupKey(tb, 'name')] }));
    tb.edit(`${SHEET}!E3`, '(415) 555-0100'); // the fixed phone of line 3 (column E after the split)
    tb.edit(`${SHEET}!B4`, 'Cyrus'); // the split's First name of line 4
    const u = exec(tb, () => api.undoFixes(r.fixId!));
    expect(u.left).toBe(2);
    expect(u.leftCells).toEqual([
      { line: 3, column: 'Phone', now: '(415) 555-0100', reason: 'it was edited since the fix (now "(415) 555-0100")' },
      { line: 4, column: 'First name', now: 'Cyrus', reason: 'it was edited since the fix (now "Cyrus")' },
    ]);
    expect(u.message).toBe(`Undid ${r.fixId}: put back 11 cells and removed the column "Last name". 2 cells were edited since the fix and are left as they are (listed in History).`);
    const v = (snapshot(tb, 8) as { values: unknown[][] }).values;
    // The First name column stays (one of its cells was edited), emptied where the fix's values were not edited;
    // the Last name column held nothing but the fix's values: it is gone.
    expect(v[0].slice(0, 3)).toEqual(['Name', 'First name', 'Email']);
    expect(v.slice(1).map((row) => row[1])).toEqual(['', '', 'Cyrus', '', '']);
    expect(v.slice(1).map((row) => row[3])).toEqual(['(415) 555-0132', '(415) 555-0100', 2, '+1 415 555 0134', '123-456-7890']);
    // The undo's History block: its summary, and a line for each cell left, linking to it.
    const h = historyRows(tb);
    expect(h[2].values[6]).toBe(`${UNDO_FIX_MODE}${r.fixId}`);
    expect(h[2].values[14]).toBe(`Restored 11 cells of ${r.fixId}. Removed the column "Last name". Left 2 cells edited since the fix as they are (listed below).`);
    const gid = tb.uncounted(() => sheetOf(tb).getSheetId());
    expect(h.slice(3, 5).map((row) => [row.formulas[1], row.values[2], row.values[8]])).toEqual([
      [`=HYPERLINK("#gid=${gid}&range=E3",3)`, 'Skipped', 'Line 3: Phone was not restored to "4155550133": it was edited since the fix (now "(415) 555-0100"); it is left as it is'],
      [`=HYPERLINK("#gid=${gid}&range=B4",4)`, 'Skipped', 'Line 4: First name was not restored to empty: it was edited since the fix (now "Cyrus"); it is left as it is'],
    ]);
  });

  it('an older batch, while a newer one stays; then the newer one', () => {
    const tb = fixWorld();
    exec(tb, () => api.startCheck());
    const original = snapshot(tb);
    const first = exec(tb, () => api.applyFixes({ groups: [groupKey(tb, 'phone', 'phone-format')] }));
    const second = exec(tb, () => api.applyFixes({ groups: [groupKey(tb, 'email', 'email-clean'), groupKey(tb, 'option')] }));
    const afterBoth = snapshot(tb) as { values: unknown[][] };
    expect(exec(tb, () => api.suggestFixes()).batches.map((b) => b.id)).toEqual([second.fixId, first.fixId]);
    const u1 = exec(tb, () => api.undoFixes(first.fixId!));
    expect(u1).toMatchObject({ restored: 3, left: 0 });
    const mid = snapshot(tb) as { values: unknown[][] };
    expect(mid.values.map((row) => row[2])).toEqual((original as { values: unknown[][] }).values.map((row) => row[2]));
    expect(mid.values.map((row) => [row[1], row[5]])).toEqual(afterBoth.values.map((row) => [row[1], row[5]]));
    const u2 = exec(tb, () => api.undoFixes());
    expect(u2).toMatchObject({ fixId: second.fixId, restored: 3 });
    expect(snapshot(tb)).toEqual(original);
  });

  it('a cell a later batch changed again counts as edited since: undo the later batch first', () => {
    const tb = fixWorld();
    const first = exec(tb, () => api.applyFixes({ cells: [{ line: 2, col: 4, kind: 'text' }] }));
    expect(tb.uncounted(() => sheetOf(tb).getRange('E2').getValue())).toBe('vip, lead');
    tb.edit(`${SHEET}!E2`, 'vip;gold');
    exec(tb, () => api.applyFixes({ cells: [{ line: 2, col: 4, kind: 'text' }] }));
    const u = exec(tb, () => api.undoFixes(first.fixId!));
    expect(u.leftCells).toEqual([{ line: 2, column: 'Tags', now: 'vip, gold', reason: 'it was edited since the fix (now "vip, gold")' }]);
    expect(tb.uncounted(() => sheetOf(tb).getRange('E2').getValue())).toBe('vip, gold');
  });

  it(`keeps the ${MAX_FIX_BATCHES} most recent batches for undo`, () => {
    const rows = [['Name', 'Phone'], ...Array.from({ length: MAX_FIX_BATCHES + 1 }, (_, i) => [`P${i}`, `(415) 555-01${10 + i}`])];
    const tb = fixWorld(rows, { settings: {} });
    const ids: string[] = [];
    for (let i = 0; i <= MAX_FIX_BATCHES; i++) ids.push(exec(tb, () => api.applyFixes({ cells: [{ line: i + 2, col: 1, kind: 'phone' }] })).fixId!);
    const kept = exec(tb, () => api.suggestFixes()).batches.map((b) => b.id);
    expect(kept).toEqual(ids.slice(1).reverse());
    expect(journalRows(tb)!.length).toBe(1 + MAX_FIX_BATCHES);
    expect(() => exec(tb, () => api.undoFixes(ids[0]))).toThrow(/older than the 20 most recent fix batches/);
    expect(exec(tb, () => api.undoFixes(ids[1]))).toMatchObject({ restored: 1, left: 0 });
    expect(tb.uncounted(() => sheetOf(tb).getRange('B3').getValue())).toBe('(415) 555-0111');
  });

  it('says when there is nothing to undo', () => {
    const tb = fixWorld();
    expect(() => exec(tb, () => api.undoFixes())).toThrow('There is no fix to undo: no fix was applied to this spreadsheet, or every one was undone.');
  });
});
