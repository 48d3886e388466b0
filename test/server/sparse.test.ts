// Sparse writes of marks: each changed cell ends with its new note or colour, whichever call wrote it, and the cells
// between two changes keep what they had.
import { setBackgroundsSparse, setNotesSparse, columnRuns, type CellChange } from '../../src/server/sparse';
import { book, exec } from './helpers';

const rows = Array.from({ length: 20 }, (_, i) => [`r${i + 1}`, '', '']);

function notesAfter(changes: CellChange<string>[], before: Record<string, string> = {}) {
  const tb = book(rows);
  tb.uncounted(() => {
    const s = tb.sheetData('People');
    for (const [a1, note] of Object.entries(before)) {
      const row = Number(a1.slice(1));
      const col = a1.charCodeAt(0) - 64;
      (s.notes[row - 1] ??= [])[col - 1] = note;
    }
  });
  return exec(tb, () => {
    const sh = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('People')!;
    const cur = sh.getRange(1, 1, 20, 3).getNotes();
    setNotesSparse(sh, changes, (r, c) => cur[r - 1][c - 1]);
    return sh.getRange(1, 1, 20, 3).getNotes();
  });
}

describe('setNotesSparse', () => {
  it('a repeated note and single notes of one column: every cell gets its own (a single run never writes back over a repeated note)', () => {
    const changes: CellChange<string>[] = [
      { row: 3, col: 3, value: 'single at C3' },
      { row: 4, col: 3, value: 'repeated' },
      { row: 12, col: 3, value: 'repeated' },
      { row: 15, col: 3, value: 'single at C15' },
    ];
    const n = notesAfter(changes, { C8: 'the user’s own note' });
    expect(n[2][2]).toBe('single at C3');
    expect(n[3][2]).toBe('repeated');
    expect(n[11][2]).toBe('repeated');
    expect(n[14][2]).toBe('single at C15');
    expect(n[7][2]).toBe('the user’s own note');
    expect(n.flat().filter(Boolean)).toHaveLength(5);
  });

  it('a cleared note (empty) in a run is cleared, the others kept', () => {
    const n = notesAfter([{ row: 2, col: 1, value: '' }, { row: 5, col: 1, value: 'new' }], { A2: 'old', A3: 'keep' });
    expect([n[1][0], n[2][0], n[4][0]]).toEqual(['', 'keep', 'new']);
  });
});

describe('setBackgroundsSparse and columnRuns', () => {
  it('colours only the changed cells, one call per colour', () => {
    const tb = book(rows);
    const bgs = exec(tb, () => {
      const sh = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('People')!;
      setBackgroundsSparse(sh, [
        { row: 2, col: 2, value: '#f4cccc' },
        { row: 9, col: 2, value: '#f4cccc' },
        { row: 3, col: 1, value: '#fff2cc' },
      ]);
      return sh.getRange(1, 1, 10, 3).getBackgrounds();
    });
    expect(bgs[1][1]).toBe('#f4cccc');
    expect(bgs[8][1]).toBe('#f4cccc');
    expect(bgs[2][0]).toBe('#fff2cc');
    expect(bgs.flat().filter((c) => c !== '#ffffff')).toHaveLength(3);
  });

  it('joins changes of a column closer than the gap into one run, with the cells between as they are', () => {
    const runs = columnRuns([{ row: 2, col: 1, value: 'a' }, { row: 4, col: 1, value: 'b' }, { row: 200, col: 1, value: 'c' }], (r) => `cur${r}`, 64);
    expect(runs).toEqual([
      { col: 1, r0: 2, values: ['a', 'cur3', 'b'] },
      { col: 1, r0: 200, values: ['c'] },
    ]);
  });
});
