// Painting marks (paintRows): the colour a cell had before its first mark is read for the marked cells' columns only,
// ahead over the rows the notes are read for, and comes back when the mark is cleared.
import { openSource, paintRows, ERROR_BG, WARNING_BG, type CellMark } from '../../src/server/source';
import { book, cell, exec } from './helpers';

const WIDTH = 30;
const head = Array.from({ length: WIDTH }, (_, c) => `Col ${c + 1}`);
const sheetRows = (n: number) => [head, ...Array.from({ length: n }, (_, r) => head.map((_, c) => `r${r + 2}c${c + 1}`))];
const warn = (m: string): CellMark => ({ severity: 'warning', messages: [m] });
const err = (m: string): CellMark => ({ severity: 'error', messages: [m] });

function world(n = 8) {
  const tb = book(sheetRows(n));
  tb.uncounted(() => {
    const s = tb.sheetData('People');
    (s.backgrounds[2] ??= [])[1] = '#00ff00'; // B3: the user's green
    (s.backgrounds[5] ??= [])[27] = '#0000ff'; // AB6: the user's blue
    (s.backgrounds[3] ??= [])[14] = '#ff00ff'; // O4: never marked
  });
  return tb;
}

describe('paintRows', () => {
  it('reads the colours of the marked columns only, ahead over the rows of the notes, and restores them when the marks clear', () => {
    const tb = world();
    const reads = exec(tb, () => {
      const src = openSource(SpreadsheetApp.getActiveSpreadsheet().getSheetByName('People')!, 1);
      src.notesReadAhead = 8;
      const m = tb.model.measure(() => {
        // Rows 2-5, then rows 6-9: marks in columns B and AB (0-based 1 and 27).
        paintRows(src, 2, [null, new Map([[1, warn('b3')]]), null, new Map([[27, err('ab5')]])]);
        paintRows(src, 6, [new Map([[27, warn('ab6')], [1, warn('b6')]]), null, null, null]);
      });
      return m.byMethod['Range.getBackgrounds'] ?? { calls: 0, cells: 0 };
    });
    // Rows 3-9 (the first marked row, 8 rows ahead capped at the last row) of columns B to AB in 1 call (the 26
    // columns between cost less than a second call); the second paint's rows were read ahead.
    expect(reads).toEqual(expect.objectContaining({ calls: 1, cells: 27 * 7 }));
    expect(cell(tb, 'People', 'B3')).toEqual(expect.objectContaining({ bg: WARNING_BG }));
    expect(cell(tb, 'People', 'B3').note).toMatch(/Cell colour before the check: #00ff00/);
    expect(cell(tb, 'People', 'AB5')).toEqual(expect.objectContaining({ bg: ERROR_BG }));
    expect(cell(tb, 'People', 'AB6').note).toMatch(/Cell colour before the check: #0000ff/);
    expect(cell(tb, 'People', 'B6').note).not.toMatch(/Cell colour before/);

    exec(tb, () => {
      const src = openSource(SpreadsheetApp.getActiveSpreadsheet().getSheetByName('People')!, 1);
      paintRows(src, 2, new Array<null>(8).fill(null));
    });
    expect(cell(tb, 'People', 'B3')).toEqual(expect.objectContaining({ bg: '#00ff00', note: '' }));
    expect(cell(tb, 'People', 'AB6')).toEqual(expect.objectContaining({ bg: '#0000ff', note: '' }));
    expect(cell(tb, 'People', 'AB5')).toEqual(expect.objectContaining({ bg: '#ffffff', note: '' }));
    expect(cell(tb, 'People', 'O4').bg).toBe('#ff00ff');
  });

  it('far columns of many rows are read apart: only the marked columns', () => {
    const tb = world(500);
    const reads = exec(tb, () => {
      const src = openSource(SpreadsheetApp.getActiveSpreadsheet().getSheetByName('People')!, 1);
      src.notesReadAhead = 1000;
      return tb.model.measure(() => {
        paintRows(src, 2, [null, new Map([[1, warn('b3')], [27, err('ab3')]])]);
        paintRows(src, 400, [new Map([[27, warn('ab400')]])]);
      }).byMethod['Range.getBackgrounds'];
    });
    // 26 columns × 499 rows between them cost more than a call: B3:B501 and AB3:AB501, nothing more.
    expect(reads).toEqual(expect.objectContaining({ calls: 2, cells: 2 * 499 }));
    expect(cell(tb, 'People', 'AB400').bg).toBe(WARNING_BG);
  });

  it('a colour painted in this execution is what a later first mark of that cell records (the colours read ahead are written through)', () => {
    const tb = world();
    exec(tb, () => {
      const src = openSource(SpreadsheetApp.getActiveSpreadsheet().getSheetByName('People')!, 1);
      src.notesReadAhead = 8;
      paintRows(src, 3, [new Map([[1, warn('b3')]])]);
      // The mark is cleared (its note goes, its colour comes back), then the cell is marked again.
      paintRows(src, 3, [null]);
      paintRows(src, 3, [new Map([[1, err('b3 again')]])]);
    });
    expect(cell(tb, 'People', 'B3').bg).toBe(ERROR_BG);
    expect(cell(tb, 'People', 'B3').note).toMatch(/Cell colour before the check: #00ff00/);
  });
});
