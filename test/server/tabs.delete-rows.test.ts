// Deleting rows of the add-on's tabs never trips Sheets' rule "Sorry, it is not possible to delete all non-frozen
// rows." (a revert of a run that created every contact of a Contacts tab without spare rows, History truncation).
import { deleteRows } from '../../src/server/tabs';
import { book, exec, contacts, HEAD, serverForEachTest } from './helpers';
import type { InputCell } from '../../testbed';

const { api } = serverForEachTest();

function people(n: number): InputCell[][] {
  const rows: InputCell[][] = [HEAD];
  for (let i = 0; i < n; i++) rows.push([`P${i}`, `p${i}@example.com`, '', 'Paris']);
  return rows;
}

describe('Revert of a run that filled the whole Contacts tab', () => {
  it.each([999, 1500])('imports %i rows into a fresh Contacts tab, then reverts: every contact removed, no error', (n) => {
    const tb = book(people(n));
    const p = exec(tb, () => api.runToEnd('import'));
    expect(p.result).toMatchObject({ created: n, errors: 0 });
    const sheet = tb.sheetData('Contacts');
    // Every row below the frozen header holds a contact: no spare row is left.
    expect(sheet.maxRows).toBe(n + 1);
    expect(sheet.frozenRows).toBe(1);
    const r = exec(tb, () => api.revertRun(p.runId));
    expect(r.message).toBe(`Reverted run ${p.runId}: removed ${n} created contacts, restored 0 updated contacts to their previous values.`);
    expect(contacts(tb)).toEqual([]);
    // The header stays, with one empty row under it (Sheets keeps at least one non-frozen row).
    expect(tb.sheetData('Contacts').maxRows).toBe(2);
    expect(tb.sheetData('Contacts').lastRow()).toBe(1);
    // A later import writes into the tab again.
    const again = exec(tb, () => api.runToEnd('import'));
    expect(again.result).toMatchObject({ created: n, errors: 0 });
    expect(contacts(tb)).toHaveLength(n);
    expect(contacts(tb)[0]).toMatchObject({ Name: 'P0', Email: 'p0@example.com' });
  });
});

describe('deleteRows (the one way the add-on deletes rows)', () => {
  const sheetWith = (rows: number, frozen: number) => {
    const tb = book([['h'], ...Array.from({ length: rows - 1 }, (_, i) => [`r${i + 2}`])]);
    const sh = tb.run(() => {
      const s = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('People')!;
      s.setFrozenRows(frozen);
      const max = s.getMaxRows();
      if (max > rows) s.deleteRows(rows + 1, max - rows);
      s.getRange(rows, 1).setNote('mine').setBackground('#ff0000');
      return s;
    });
    return { tb, sh };
  };

  it('deletes all non-frozen rows by keeping one, cleared', () => {
    const { tb, sh } = sheetWith(6, 1);
    tb.run(() => deleteRows(sh, 2, 5));
    const s = tb.sheetData('People');
    expect(s.maxRows).toBe(2);
    expect(s.lastRow()).toBe(1);
    expect(tb.run(() => [sh.getRange(2, 1).getNote(), sh.getRange(2, 1).getBackground()])).toEqual(['', '#ffffff']);
  });

  it('with two frozen rows and every row after them', () => {
    const { tb, sh } = sheetWith(6, 2);
    tb.run(() => deleteRows(sh, 3, 4));
    expect(tb.sheetData('People').maxRows).toBe(3);
    expect(tb.run(() => sh.getRange(1, 1, 3, 1).getValues())).toEqual([['h'], ['r2'], ['']]);
  });

  it('deletes plainly when rows remain (spare rows, or rows below the span)', () => {
    const { tb, sh } = sheetWith(6, 1);
    tb.run(() => deleteRows(sh, 2, 4));
    expect(tb.sheetData('People').maxRows).toBe(2);
    expect(tb.run(() => sh.getRange(1, 1, 2, 1).getValues())).toEqual([['h'], ['r6']]);
    expect(tb.run(() => sh.getRange(2, 1).getNote())).toBe('mine');
  });
});
