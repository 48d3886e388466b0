// The record of rows edited during a run (src/server/editlog.ts): a key per edit, capped, taken whole by the run.
import { dropEdits, editedWithin, EDIT_CAP, recordEdit, takeEdits } from '../../src/server/editlog';
import { editedStatus, parseImportAction } from '../../src/engine/history';
import { docProps } from '../../src/server/util';
import { book, exec, HEAD } from './helpers';

const keys = (tb: ReturnType<typeof book>) => Object.keys(tb.properties.document.toObject()).filter((k) => k.startsWith('ci.edit.'));

describe('the record of rows edited during a run', () => {
  it('keeps each edit under its own key (two onEdits never overwrite each other), and the run takes them all at once', () => {
    const tb = book([HEAD]);
    exec(tb, () => {
      recordEdit(docProps(), 'R-1', 2, 5, 5);
      recordEdit(docProps(), 'R-1', 2, 9, 12);
      // Rows an entry covers write nothing: the run reads the sheet after it takes the entry, so after this edit.
      recordEdit(docProps(), 'R-1', 2, 10, 11);
    });
    expect(keys(tb)).toHaveLength(2);
    const got = exec(tb, () => takeEdits('R-1'));
    expect(got?.ranges.sort((a, b) => a[0] - b[0])).toEqual([[5, 5], [9, 12]]);
    expect(got?.from).toBeUndefined();
    // Read, not deleted: an execution that stops before acting on it leaves it to the next one.
    expect(keys(tb)).toHaveLength(2);
    exec(tb, () => dropEdits(got));
    expect(keys(tb)).toEqual([]);
    expect(exec(tb, () => takeEdits('R-1'))).toBeNull();
  });

  it('past the cap records "every row from N", past twice the cap every row of the run; covered edits write nothing', () => {
    const tb = book([HEAD]);
    exec(tb, () => {
      for (let i = 0; i < EDIT_CAP; i++) recordEdit(docProps(), 'R-1', 2, 1000 - i * 10, 1000 - i * 10);
    });
    expect(keys(tb)).toHaveLength(EDIT_CAP);
    exec(tb, () => recordEdit(docProps(), 'R-1', 2, 500, 501));
    expect(Object.values(tb.properties.document.toObject())).toContain('500-');
    // Covered by "500-": nothing written.
    exec(tb, () => recordEdit(docProps(), 'R-1', 2, 700, 720));
    expect(keys(tb)).toHaveLength(EDIT_CAP + 1);
    exec(tb, () => {
      for (let i = 1; i < EDIT_CAP; i++) recordEdit(docProps(), 'R-1', 2, 500 - i, 500 - i);
    });
    expect(keys(tb)).toHaveLength(2 * EDIT_CAP);
    exec(tb, () => recordEdit(docProps(), 'R-1', 2, 300, 300));
    expect(Object.values(tb.properties.document.toObject())).toContain('2-');
    exec(tb, () => recordEdit(docProps(), 'R-1', 2, 3, 3));
    expect(keys(tb)).toHaveLength(2 * EDIT_CAP + 1);
    const got = exec(tb, () => takeEdits('R-1'))!;
    expect(got.from).toBe(2);
    expect(editedWithin(got, 2, 6000)).toEqual([[2, 6000]]);
  });

  it('a run takes its own record and drops one a run that ended left behind', () => {
    const tb = book([HEAD]);
    exec(tb, () => {
      recordEdit(docProps(), 'R-old', 2, 7, 7);
      recordEdit(docProps(), 'R-new', 2, 8, 8);
    });
    const got = exec(tb, () => takeEdits('R-new'));
    expect(got).toMatchObject({ ranges: [[8, 8]] });
    expect(got?.from).toBeUndefined();
    exec(tb, () => dropEdits(got));
    expect(keys(tb)).toEqual([]);
  });

  it('editedWithin clips and merges ranges and the "from" entry', () => {
    const ed = { ranges: [[5, 9], [8, 12], [20, 20], [40, 50]] as Array<[number, number]>, from: 45 };
    expect(editedWithin(ed, 1, 100)).toEqual([[5, 12], [20, 20], [40, 100]]);
    expect(editedWithin(ed, 10, 30)).toEqual([[10, 12], [20, 20]]);
    expect(editedWithin({ ranges: [[13, 14]] }, 1, 12)).toEqual([]);
    expect(editedWithin({ ranges: [[11, 11], [12, 12]] }, 1, 20)).toEqual([[11, 12]]);
  });

  it('an edited row\'s status keeps what the import did, and reads back', () => {
    expect(editedStatus({ action: 'created', id: 'C-1' }, false)).toBe('Edited during the import: imported with the value before your edit (created C-1) — run Import again to send it');
    expect(editedStatus({ action: 'updated', id: 'C-2' }, true)).toBe('Edited during the import: imported with the value before your edit (updated C-2) — fix the marked cells, then run Import again to send it');
    expect(editedStatus({ action: 'created' }, false)).toBe('Edited during the import: imported with the value before your edit (created) — run Import again to send it');
    expect(parseImportAction(editedStatus({ action: 'updated', id: 'C-2' }, true))).toEqual({ action: 'updated', id: 'C-2' });
    expect(parseImportAction('Imported with warnings (updated 123, matched on Email)')).toEqual({ action: 'updated', id: '123' });
    expect(parseImportAction('Imported (created)')).toEqual({ action: 'created' });
    expect(parseImportAction('Ready to create')).toBeNull();
    expect(parseImportAction('Error: Invalid email')).toBeNull();
  });
});
