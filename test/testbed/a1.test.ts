import { columnToLetters, lettersToColumn, parseA1, quoteSheetName, toA1 } from '../../testbed';
import { createTestbed, workbookFromRows } from '../../testbed';

describe('A1 notation', () => {
  it('parses single cells, blocks and $ signs', () => {
    expect(parseA1('A1')).toEqual({ sheetName: undefined, startRow: 1, startCol: 1, endRow: 1, endCol: 1 });
    expect(parseA1('B2:D5')).toEqual({ sheetName: undefined, startRow: 2, startCol: 2, endRow: 5, endCol: 4 });
    expect(parseA1('$A$1:$B$2')).toMatchObject({ startRow: 1, startCol: 1, endRow: 2, endCol: 2 });
    expect(parseA1('c3')).toMatchObject({ startRow: 3, startCol: 3 });
    expect(parseA1('D5:B2')).toMatchObject({ startRow: 2, startCol: 2, endRow: 5, endCol: 4 });
  });

  it('parses whole columns, whole rows and open-ended ranges', () => {
    expect(parseA1('A:C')).toEqual({ sheetName: undefined, startCol: 1, endCol: 3 });
    expect(parseA1('2:5')).toEqual({ sheetName: undefined, startRow: 2, endRow: 5 });
    expect(parseA1('A2:C')).toMatchObject({ startRow: 2, startCol: 1, endRow: undefined, endCol: 3 });
  });

  it('parses sheet names, quoted or not, with doubled quotes', () => {
    expect(parseA1('Sheet1!A1:B2')).toMatchObject({ sheetName: 'Sheet1', startRow: 1, endCol: 2 });
    expect(parseA1("'Sheet 1'!A1:B2")).toMatchObject({ sheetName: 'Sheet 1', startRow: 1, endRow: 2 });
    expect(parseA1("'It''s here'!C3")).toMatchObject({ sheetName: "It's here", startRow: 3, startCol: 3 });
    expect(parseA1("'a!b'!A1")).toMatchObject({ sheetName: 'a!b' });
  });

  it('rejects what is not a range', () => {
    for (const bad of ['', 'A0', '1A', 'A1:B2:C3', 'AAAA1', 'Sheet1!', "'open!A1", 'A1:']) {
      expect(() => parseA1(bad)).toThrow('Range not found');
    }
  });

  it('converts columns and formats A1', () => {
    expect(columnToLetters(1)).toBe('A');
    expect(columnToLetters(26)).toBe('Z');
    expect(columnToLetters(27)).toBe('AA');
    expect(columnToLetters(702)).toBe('ZZ');
    expect(columnToLetters(703)).toBe('AAA');
    for (const n of [1, 25, 26, 27, 52, 53, 702, 703, 16384]) expect(lettersToColumn(columnToLetters(n))).toBe(n);
    expect(toA1(2, 3)).toBe('C2');
    expect(toA1(1, 1, 3, 2)).toBe('A1:B3');
    expect(quoteSheetName('Sheet1')).toBe('Sheet1');
    expect(quoteSheetName("It's 1")).toBe("'It''s 1'");
  });

  it('resolves A1 ranges on sheets, including other sheets and whole columns', () => {
    const tb = createTestbed({ workbook: workbookFromRows({ Data: [['a']], 'My Sheet': [['x', 'y'], ['z', 'w']] }) });
    const ss = tb.globals.SpreadsheetApp.getActiveSpreadsheet();
    const r = ss.getRange("'My Sheet'!A1:B2");
    expect(r.getSheet().getName()).toBe('My Sheet');
    expect(r.getValues()).toEqual([['x', 'y'], ['z', 'w']]);
    expect(ss.getRange('A1').getSheet().getName()).toBe('Data'); // active sheet
    const cols = ss.getSheetByName('My Sheet')!.getRange('A:B');
    expect([cols.getRow(), cols.getNumRows(), cols.getNumColumns()]).toEqual([1, 1000, 2]);
    const rows = ss.getSheetByName('My Sheet')!.getRange('2:3');
    expect([rows.getRow(), rows.getNumRows(), rows.getColumn(), rows.getNumColumns()]).toEqual([2, 2, 1, 26]);
    const open = ss.getSheetByName('My Sheet')!.getRange('B2:C');
    expect(open.getA1Notation()).toBe('B2:C1000');
    expect(() => ss.getRange('Nope!A1')).toThrow('Range not found');
  });
});
