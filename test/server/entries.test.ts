// Writing text that stays text (entries.ts writeAsText): rows inserted together share the formats of the first of
// them, so only the rows up to it are read; every string lands as the text it is, whatever its cell's format.
import { writeAsText } from '../../src/server/entries';
import { book, exec } from './helpers';

const tricky = ['007', '=1+1', '2024-01-01', 'TRUE', 'plain'];

describe('writeAsText', () => {
  it('reads the formats of the rows up to the first inserted one, and every string stays text in each format', () => {
    const tb = book([['A', 'B', 'C', 'D', 'E'], ['x', 'x', 'x', 'x', 'x']]);
    tb.uncounted(() => {
      const s = tb.sheetData('People');
      s.numberFormats[1] = ['@', '@', '@', '@', '@']; // row 2: plain text, the rows inserted after it: the default
    });
    const reads = exec(tb, () => {
      const sh = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('People')!;
      sh.insertRowsAfter(2, 300);
      const rows = Array.from({ length: 301 }, () => [...tricky]);
      return tb.model.measure(() => writeAsText(sh.getRange(2, 1, 301, 5), rows, undefined, undefined, 1)).byMethod['Range.getNumberFormats'];
    });
    expect(reads).toEqual(expect.objectContaining({ calls: 1, cells: 2 * 5 }));
    const got = exec(tb, () => SpreadsheetApp.getActiveSpreadsheet().getSheetByName('People')!.getRange(2, 1, 301, 5).getValues());
    for (const row of got) expect(row).toEqual(tricky);
    const formulas = exec(tb, () => SpreadsheetApp.getActiveSpreadsheet().getSheetByName('People')!.getRange(2, 1, 301, 5).getFormulas());
    expect(formulas.flat().every((f) => f === '')).toBe(true);
  });

  it('without inserted rows, reads every row', () => {
    const tb = book([['A'], ['x'], ['y']]);
    const reads = exec(tb, () => {
      const sh = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('People')!;
      return tb.model.measure(() => writeAsText(sh.getRange(2, 1, 2, 1), [['007'], ['=2']])).byMethod['Range.getNumberFormats'];
    });
    expect(reads).toEqual(expect.objectContaining({ calls: 1, cells: 2 }));
    expect(exec(tb, () => SpreadsheetApp.getActiveSpreadsheet().getSheetByName('People')!.getRange(2, 1, 2, 1).getValues())).toEqual([['007'], ['=2']]);
  });
});
