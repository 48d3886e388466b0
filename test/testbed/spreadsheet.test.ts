import { createTestbed, formulaCells, installGlobals, NotEmulatedError, workbookFromRows } from '../../testbed';

function fresh(rows?: Record<string, unknown[][]>) {
  const tb = createTestbed(rows ? { workbook: workbookFromRows(rows as never) } : {});
  const sheet = tb.globals.SpreadsheetApp.getActiveSheet();
  return { tb, sheet, app: tb.globals.SpreadsheetApp };
}

describe('values', () => {
  it('getValues returns numbers, booleans, Dates, strings and "" for empty cells', () => {
    const d = new Date(Date.UTC(2024, 8, 8, 12, 0, 0));
    const { sheet } = fresh({ S: [[1.5, true, d, 'text'], ['', null, 0, false]] });
    const v = sheet.getRange('A1:E2').getValues();
    expect(v).toEqual([[1.5, true, d, 'text', ''], ['', '', 0, false, '']]);
    expect(v[0][2]).toBeInstanceOf(Date);
    expect(v[0][2]).not.toBe(d); // a copy: mutating it doesn't change the sheet
    (v[0][2] as Date).setFullYear(2000);
    expect(sheet.getRange('C1').getValue()).toEqual(d);
    expect(sheet.getRange('Z1000').getValue()).toBe('');
  });

  it('returns fresh arrays that callers may mutate', () => {
    const { sheet } = fresh({ S: [['a', 'b']] });
    const v = sheet.getRange('A1:B1').getValues();
    v[0][0] = 'changed';
    expect(sheet.getRange('A1').getValue()).toBe('a');
  });

  it('setValues stores numbers, booleans and Dates as they are, null as empty', () => {
    const { sheet } = fresh();
    const d = new Date(Date.UTC(2020, 0, 2));
    sheet.getRange('A1:D1').setValues([[42, false, d, null]]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([[42, false, d, '']]);
  });

  it('setValue fills every cell of the range', () => {
    const { sheet } = fresh();
    sheet.getRange('A1:B2').setValue('x');
    expect(sheet.getRange('A1:B2').getValues()).toEqual([['x', 'x'], ['x', 'x']]);
  });

  it('checks the dimensions of the data like Apps Script', () => {
    const { sheet } = fresh();
    expect(() => sheet.getRange('A1:B2').setValues([['a', 'b']])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => sheet.getRange('A1:B1').setValues([['a']])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(() => sheet.getRange('A1:B1').setBackgrounds([['red']])).toThrow('number of columns');
  });

  it('refuses ranges outside the sheet and bad coordinates', () => {
    const { sheet, app } = fresh();
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
    expect(() => sheet.getRange(1001, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange(1, 27)).toThrow('outside the dimensions');
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(NaN, 1)).toThrow("don't match the method signature");
    sheet.insertRowsAfter(1000, 5);
    expect(sheet.getRange(1005, 1).getRow()).toBe(1005);
    expect(app.getActiveSpreadsheet().getSheets().length).toBe(1);
  });
});

describe('typed entry: what Sheets makes of strings', () => {
  it('stores a string starting with "=" as a formula, and records it', () => {
    const { tb, sheet } = fresh();
    sheet.getRange('A1:C1').setValues([['=1+2', '=HYPERLINK("https://x.test","Open")', '=SUM(A1:A2)']]);
    expect(sheet.getRange('A1:C1').getFormulas()).toEqual([['=1+2', '=HYPERLINK("https://x.test","Open")', '=SUM(A1:A2)']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[3, 'Open', '']]); // SUM is not evaluated
    expect(tb.formulaWrites.map((w) => [w.a1, w.via])).toEqual([['A1', 'setValues'], ['B1', 'setValues'], ['C1', 'setValues']]);
    expect(formulaCells(sheet)).toEqual([
      { a1: 'A1', formula: '=1+2' }, { a1: 'B1', formula: '=HYPERLINK("https://x.test","Open")' }, { a1: 'C1', formula: '=SUM(A1:A2)' },
    ]);
  });

  it('reads a leading + or - that is not a number as a formula (the phone-number trap)', () => {
    const { tb, sheet } = fresh();
    sheet.getRange('A1:D1').setValues([['+1 415 555 0100', '+1-415-555-0100', '-foo', '- item']]);
    expect(sheet.getRange('A1:D1').getFormulas()).toEqual([['=+1 415 555 0100', '=+1-415-555-0100', '=-foo', '=- item']]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['#ERROR!', -1069, '#NAME?', '#NAME?']]);
    expect(tb.formulaWrites).toHaveLength(4);
  });

  it('converts numeric strings to numbers (losing leading zeros and "+")', () => {
    const { sheet } = fresh();
    sheet.getRange('A1:H1').setValues([['123', '-5', '+5', '007', '1,234.5', '1e3', '.5', '$5']]);
    expect(sheet.getRange('A1:H1').getValues()).toEqual([[123, -5, 5, 7, 1234.5, 1000, 0.5, 5]]);
    sheet.getRange('A2:B2').setValues([['+14155550100', '12%']]);
    expect(sheet.getRange('A2:B2').getValues()).toEqual([[14155550100, 0.12]]);
    expect(sheet.getRange('B2').getDisplayValue()).toBe('12%');
    // not numbers: stay text
    sheet.getRange('A3:D3').setValues([['415-555-0100', '1,23', '12abc', '(415) 555-0100']]);
    expect(sheet.getRange('A3:D3').getValues()).toEqual([['415-555-0100', '1,23', '12abc', '(415) 555-0100']]);
    expect(formulaCells(sheet)).toEqual([]);
  });

  it('converts TRUE/FALSE to booleans and dates/times to Date objects in the spreadsheet time zone', () => {
    const tb = createTestbed({ timeZone: 'America/New_York' });
    const sheet = tb.globals.SpreadsheetApp.getActiveSheet();
    sheet.getRange('A1:F1').setValues([['TRUE', 'false', '2024-09-08', '9/8/2024', '2024-09-08 10:30', '2024-02-30']]);
    const v = sheet.getRange('A1:F1').getValues();
    expect(v.slice(0, 2)).toEqual(v.slice(0, 2));
    expect(v[0][0]).toBe(true);
    expect(v[0][1]).toBe(false);
    expect(v[0][2]).toEqual(new Date('2024-09-08T04:00:00Z')); // midnight EDT
    expect(v[0][3]).toEqual(new Date('2024-09-08T04:00:00Z'));
    expect(v[0][4]).toEqual(new Date('2024-09-08T14:30:00Z'));
    expect(v[0][5]).toBe('2024-02-30'); // not a date: text
    expect(sheet.getRange('A1:E1').getDisplayValues()).toEqual([['TRUE', 'FALSE', '2024-09-08', '9/8/2024', '2024-09-08 10:30:00']]);
  });

  it('a typed date whose midnight does not exist (clocks set forward at 00:00) stays on its day, at 01:00', () => {
    // America/Santiago moved from -04 to -03 at midnight on 2024-09-08; Asia/Beirut on 2024-03-31; Havana on 2024-03-10.
    for (const [tz, ymd, iso] of [
      ['America/Santiago', '2024-09-08', '2024-09-08T04:00:00Z'],
      ['Asia/Beirut', '2024-03-31', '2024-03-30T22:00:00Z'],
      ['America/Havana', '2024-03-10', '2024-03-10T05:00:00Z'],
    ]) {
      const tb = createTestbed({ timeZone: tz });
      const sheet = tb.globals.SpreadsheetApp.getActiveSheet();
      sheet.getRange('A1').setValue(ymd);
      expect([tz, sheet.getRange('A1').getValue()]).toEqual([tz, new Date(iso)]);
      expect(sheet.getRange('A1').getDisplayValue()).toBe(ymd);
    }
  });

  it("stores \"'text\" as text without the apostrophe, never as a formula", () => {
    const { tb, sheet } = fresh();
    sheet.getRange('A1:D1').setValues([["'=1+2", "'+1 415 555 0100", "'007", "'TRUE"]]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['=1+2', '+1 415 555 0100', '007', 'TRUE']]);
    expect(sheet.getRange('A1:D1').getFormulas()).toEqual([['', '', '', '']]);
    expect(tb.formulaWrites).toEqual([]);
  });

  it("stores strings verbatim in cells formatted '@' (plain text)", () => {
    const { tb, sheet } = fresh();
    const r = sheet.getRange('A1:E1');
    r.setNumberFormat('@');
    r.setValues([['=1+2', '+1 415 555 0100', '007', 'TRUE', "'x"]]);
    expect(r.getValues()).toEqual([['=1+2', '+1 415 555 0100', '007', 'TRUE', "'x"]]);
    expect(r.getNumberFormats()).toEqual([['@', '@', '@', '@', '@']]);
    expect(tb.formulaWrites).toEqual([]);
    // other cells still parse
    sheet.getRange('A2').setValue('007');
    expect(sheet.getRange('A2').getValue()).toBe(7);
  });

  it('keeps text starting with a letter or "@" as text', () => {
    const { tb, sheet } = fresh();
    sheet.getRange('A1:C1').setValues([['Ada Lovelace', '@handle', 'true story']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['Ada Lovelace', '@handle', 'true story']]);
    expect(tb.formulaWrites).toEqual([]);
  });

  it('appendRow and setValue parse like setValues; setFormulas records its own writes', () => {
    const { tb, sheet } = fresh();
    sheet.appendRow(['=2*3', '+1 415', 'ok']);
    sheet.getRange('D1').setValue('=A1');
    sheet.getRange('E1:E1').setFormulas([['=HYPERLINK("https://a.test","a")']]);
    expect(tb.formulaWrites.map((w) => `${w.a1}:${w.via}`)).toEqual(['A1:appendRow', 'B1:appendRow', 'D1:setValue', 'E1:setFormulas']);
    expect(sheet.getRange('A1:E1').getValues()).toEqual([[6, '#ERROR!', 'ok', '', 'a']]);
  });

  it('overwriting a formula with a value removes the formula', () => {
    const { sheet } = fresh();
    sheet.getRange('A1').setValue('=1');
    sheet.getRange('A1:B1').setValues([[5, 'x']]);
    expect(sheet.getRange('A1').getFormula()).toBe('');
    expect(formulaCells(sheet)).toEqual([]);
  });

  it('refuses more than 50,000 characters in a cell', () => {
    const { sheet } = fresh();
    expect(() => sheet.getRange('A1').setValue('x'.repeat(50001))).toThrow('more than the maximum of 50000 characters');
  });
});

describe('display values', () => {
  it('formats numbers, booleans and dates like Sheets (en_US)', () => {
    const { sheet } = fresh({
      S: [[1.5, 3, 0.1 + 0.2, true, new Date(Date.UTC(2024, 0, 5)), new Date(Date.UTC(2024, 0, 5, 13, 4, 5)), 'x', '']],
    });
    expect(sheet.getRange('A1:H1').getDisplayValues()).toEqual([['1.5', '3', '0.3', 'TRUE', '1/5/2024', '1/5/2024 13:04:05', 'x', '']]);
  });

  it('applies number formats', () => {
    const { sheet } = fresh({ S: [[1234.5, 0.125, 7, new Date(Date.UTC(2024, 8, 8, 15, 0))]] });
    sheet.getRange('A1:D1').setNumberFormats([['#,##0.00', '0.0%', '000', 'yyyy-mm-dd hh:mm']]);
    expect(sheet.getRange('A1:D1').getDisplayValues()).toEqual([['1,234.50', '12.5%', '7', '2024-09-08 15:00']]);
  });
});

describe('formats and notes', () => {
  it('round-trips backgrounds, font colors, font weights and notes, with defaults and normalized colors', () => {
    const { sheet } = fresh();
    const r = sheet.getRange('A1:B2');
    expect(r.getBackgrounds()).toEqual([['#ffffff', '#ffffff'], ['#ffffff', '#ffffff']]);
    expect(r.getFontColors()).toEqual([['#000000', '#000000'], ['#000000', '#000000']]);
    expect(r.getNotes()).toEqual([['', ''], ['', '']]);
    r.setBackgrounds([['#F4CCCC', 'red'], [null, '#abc']]);
    r.setFontColors([['#CC0000', null], ['black', 'rgb(0, 128, 0)']]);
    r.setNotes([['Bad email', ''], [null, 'Check phone']]);
    r.setFontWeights([['bold', 'normal'], [null, 'bold']]);
    expect(r.getBackgrounds()).toEqual([['#f4cccc', '#ff0000'], ['#ffffff', '#aabbcc']]);
    expect(r.getFontColors()).toEqual([['#cc0000', '#000000'], ['#000000', '#008000']]);
    expect(r.getNotes()).toEqual([['Bad email', ''], ['', 'Check phone']]);
    expect(r.getFontWeights()).toEqual([['bold', 'normal'], ['normal', 'bold']]);
    expect(sheet.getRange('B2').getNote()).toBe('Check phone');
    // formats don't make cells non-empty
    expect(sheet.getLastRow()).toBe(0);
    sheet.getRange('A1:B1').setBackground(null).setFontColor('#00F').setNote('n');
    expect(sheet.getRange('A1:B1').getBackgrounds()).toEqual([['#ffffff', '#ffffff']]);
    expect(sheet.getRange('A1:B1').getFontColors()).toEqual([['#0000ff', '#0000ff']]);
    expect(sheet.getRange('A1:B1').getNotes()).toEqual([['n', 'n']]);
  });

  it('clears contents, formats and notes separately', () => {
    const { sheet } = fresh({ S: [['a', 'b']] });
    const r = sheet.getRange('A1:B1');
    r.setBackground('#ff0000').setNote('note');
    r.clearContent();
    expect(r.getValues()).toEqual([['', '']]);
    expect(r.getBackgrounds()).toEqual([['#ff0000', '#ff0000']]);
    r.clearFormat();
    expect(r.getBackgrounds()).toEqual([['#ffffff', '#ffffff']]);
    expect(r.getNotes()).toEqual([['note', 'note']]);
    r.clearNote();
    expect(r.getNotes()).toEqual([['', '']]);
  });
});

describe('rows, columns and sheets', () => {
  it('getLastRow/getLastColumn/getDataRange follow appendRow and deleteRows', () => {
    const { sheet } = fresh();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    sheet.appendRow(['h1', 'h2', 'h3']);
    sheet.appendRow(['a', 'b']);
    sheet.appendRow(['c']);
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([3, 3]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C3');
    sheet.deleteRows(2, 1);
    expect(sheet.getLastRow()).toBe(2);
    expect(sheet.getRange('A1:A2').getValues()).toEqual([['h1'], ['c']]);
    expect(sheet.getMaxRows()).toBe(999);
    sheet.getRange('E10').setValue('far');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([10, 5]);
    sheet.getRange('E10').clearContent();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([2, 3]);
    sheet.deleteRow(1);
    expect(sheet.getRange('A1').getValue()).toBe('c');
    expect(() => sheet.deleteRows(1, 998)).toThrow('not possible to delete all non-frozen rows');
    expect(() => sheet.deleteRows(2000, 1)).toThrow('Those rows are out of bounds.');
  });

  it('refuses to delete every non-frozen row, as Sheets does (frozen rows count)', () => {
    const tb = createTestbed();
    const ss = tb.globals.SpreadsheetApp.getActiveSpreadsheet();
    const s = ss.insertSheet('Frozen');
    s.setFrozenRows(1);
    // 1000 rows, 1 frozen: deleting rows 2..1000 would leave only the frozen header.
    expect(() => s.deleteRows(2, 999)).toThrow('Sorry, it is not possible to delete all non-frozen rows.');
    expect(s.getMaxRows()).toBe(1000);
    s.deleteRows(2, 998);
    expect(s.getMaxRows()).toBe(2);
    expect(() => s.deleteRow(2)).toThrow('Sorry, it is not possible to delete all non-frozen rows.');
    // A sheet grown to fit its rows exactly (insertRowsAfter): the same rule.
    s.insertRowsAfter(2, 3);
    expect(s.getMaxRows()).toBe(5);
    expect(() => s.deleteRows(2, 4)).toThrow('not possible to delete all non-frozen rows');
    s.setFrozenRows(2);
    expect(() => s.deleteRows(3, 3)).toThrow('not possible to delete all non-frozen rows');
    s.deleteRows(3, 2);
    expect(s.getMaxRows()).toBe(3);
  });

  it('appendRow grows a full sheet', () => {
    const tb = createTestbed();
    const ss = tb.globals.SpreadsheetApp.getActiveSpreadsheet();
    const s = ss.insertSheet('Tiny');
    s.deleteRows(2, 999);
    expect(s.getMaxRows()).toBe(1);
    s.appendRow(['a']);
    s.appendRow(['b']);
    expect(s.getMaxRows()).toBe(2);
    expect(s.getRange('A1:A2').getValues()).toEqual([['a'], ['b']]);
  });

  it('insertRowsAfter shifts rows, formats and notes down', () => {
    const { sheet } = fresh({ S: [['a'], ['b']] });
    sheet.getRange('A2').setNote('on b').setBackground('#00ff00');
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getRange('A1:A4').getValues()).toEqual([['a'], [''], [''], ['b']]);
    expect(sheet.getRange('A4').getNote()).toBe('on b');
    expect(sheet.getRange('A4').getBackground()).toBe('#00ff00');
    expect(sheet.getMaxRows()).toBe(1002);
  });

  it('manages sheets: insert, rename, order, delete, active sheet', () => {
    const tb = createTestbed();
    const ss = tb.globals.SpreadsheetApp.getActiveSpreadsheet();
    const h = ss.insertSheet('History');
    expect(ss.getActiveSheet().getName()).toBe('History');
    ss.insertSheet('First', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['First', 'Sheet1', 'History']);
    expect(h.getIndex()).toBe(3);
    expect(() => ss.insertSheet('History')).toThrow('A sheet with the name "History" already exists. Please enter another name.');
    expect(ss.insertSheet().getName()).toBe('Sheet4');
    h.setName('Log');
    expect(ss.getSheetByName('History')).toBeNull();
    expect(ss.getSheetByName('Log')!.getSheetId()).toBe(h.getSheetId());
    ss.deleteSheet(ss.getSheetByName('First')!);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Log', 'Sheet4']);
    expect(() => h.getRange('A1').getValues()).not.toThrow();
    const sheet1 = ss.getSheetByName('Sheet1')!;
    ss.deleteSheet(ss.getSheetByName('Log')!);
    expect(() => h.getLastRow()).toThrow('Sheet not found');
    ss.deleteSheet(ss.getSheetByName('Sheet4')!);
    expect(() => ss.deleteSheet(sheet1)).toThrow("You can't remove all the sheets in a document.");
  });

  it('frozen rows, column widths, hiding and tab colors', () => {
    const { tb, sheet } = fresh();
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(2);
    sheet.setColumnWidth(2, 250);
    sheet.setColumnWidths(3, 2, 80);
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([1, 2]);
    expect([1, 2, 3, 4].map((c) => sheet.getColumnWidth(c))).toEqual([100, 250, 80, 80]);
    const ss = tb.globals.SpreadsheetApp.getActiveSpreadsheet();
    const other = ss.insertSheet('Other');
    other.hideSheet();
    expect(other.isSheetHidden()).toBe(true);
    expect(() => sheet.hideSheet()).toThrow("You can't hide all the sheets");
    other.setTabColor('#00FF00');
    expect(other.getTabColor()).toBe('#00ff00');
  });

  it('activate, setActiveRange and getActiveRange', () => {
    const { tb, app } = fresh({ A: [['x']], B: [['y']] });
    const ss = app.getActiveSpreadsheet();
    const b = ss.getSheetByName('B')!;
    b.getRange('B2:C3').activate();
    expect(app.getActiveSheet().getName()).toBe('B');
    expect(app.getActiveRange().getA1Notation()).toBe('B2:C3');
    expect(app.getCurrentCell().getA1Notation()).toBe('B2');
    ss.getSheetByName('A')!.activate();
    expect(ss.getActiveSheet().getName()).toBe('A');
    ss.setActiveRange(b.getRange('D4'));
    expect(ss.getActiveRange()!.getSheet().getName()).toBe('B');
    expect(tb.snapshot().activeRange).toBe('B!D4');
  });

  it('offset, getCell and range geometry', () => {
    const { sheet } = fresh();
    const r = sheet.getRange(2, 3, 4, 5);
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns(), r.getLastRow(), r.getLastColumn()]).toEqual([2, 3, 4, 5, 5, 7]);
    expect(r.getA1Notation()).toBe('C2:G5');
    expect(r.offset(1, -1).getA1Notation()).toBe('B3:F6');
    expect(r.offset(0, 0, 1, 1).getA1Notation()).toBe('C2');
    expect(r.getCell(2, 2).getA1Notation()).toBe('D3');
  });
});

describe('Ui', () => {
  it('records menus, separators and submenus', () => {
    const tb = createTestbed({ addonName: 'CI add-on' });
    const ui = tb.globals.SpreadsheetApp.getUi();
    ui.createMenu('Contact Import')
      .addItem('Open sidebar', 'showSidebar')
      .addSeparator()
      .addSubMenu(ui.createMenu('More').addItem('Check', 'checkSheet'))
      .addToUi();
    ui.createAddonMenu().addItem('Start', 'showSidebar').addToUi();
    expect(tb.ui.menu('Contact Import')!.items).toEqual([
      { type: 'item', caption: 'Open sidebar', functionName: 'showSidebar' },
      { type: 'separator' },
      { type: 'submenu', caption: 'More', items: [{ type: 'item', caption: 'Check', functionName: 'checkSheet' }] },
    ]);
    expect(tb.ui.menuItems('Contact Import').map((i) => i.functionName)).toEqual(['showSidebar', 'checkSheet']);
    expect(tb.ui.menus.filter((m) => m.addon).map((m) => m.caption)).toEqual(['CI add-on']);
  });

  it('alert and prompt answer from scripted responses, else the first button', () => {
    const { tb, app } = fresh();
    const ui = app.getUi();
    expect(ui.alert('Hello')).toBe(ui.Button.OK);
    tb.ui.alertResponses.push('NO');
    expect(ui.alert('Title', 'Import 3 rows?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(ui.alert('Sure?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    expect(tb.ui.alerts.map((a) => [a.title, a.prompt, a.buttons, a.response])).toEqual([
      [undefined, 'Hello', 'OK', 'OK'], ['Title', 'Import 3 rows?', 'YES_NO', 'NO'], [undefined, 'Sure?', 'YES_NO', 'YES'],
    ]);
    tb.ui.promptResponses.push({ text: 'abc', button: 'CANCEL' });
    const p = ui.prompt('Name?', ui.ButtonSet.OK_CANCEL);
    expect([p.getResponseText(), p.getSelectedButton()]).toEqual(['abc', ui.Button.CANCEL]);
  });

  it('records toasts, sidebars and dialogs', () => {
    const { tb, app } = fresh();
    app.getActiveSpreadsheet().toast('Done', 'Contact Import', 3);
    const html = tb.globals.HtmlService.createHtmlOutput('<p>x</p>').setTitle('T').setWidth(300);
    app.getUi().showSidebar(html);
    app.getUi().showModalDialog(tb.globals.HtmlService.createHtmlOutput('<p>d</p>'), 'Dialog');
    expect(tb.ui.toasts).toEqual([{ message: 'Done', title: 'Contact Import', timeoutSeconds: 3 }]);
    expect(tb.ui.sidebar).toMatchObject({ kind: 'sidebar', title: 'T', width: 300, content: '<p>x</p>' });
    expect(tb.ui.html[1]).toMatchObject({ kind: 'modal', title: 'Dialog', content: '<p>d</p>' });
  });
});

describe('not emulated', () => {
  it('throws a clear error for any other method, yet the object type-checks as the Apps Script interface', () => {
    const { sheet } = fresh();
    const r = sheet.getRange('A1');
    expect(() => r.setFormulasR1C1([['=R1C1']])).toThrow(NotEmulatedError);
    expect(() => r.setFormulasR1C1([['=R1C1']])).toThrow('not emulated: Range.setFormulasR1C1');
    expect(() => sheet.getCharts()).toThrow('not emulated: Sheet.getCharts');
    expect(() => r.getDataValidation()).toThrow('not emulated: Range.getDataValidation');
    // probes by promise machinery, jest and JSON are not methods
    expect((r as unknown as { then?: unknown }).then).toBeUndefined();
    expect(JSON.stringify(r)).toBe('{}');
  });
});

describe('globals and onEdit', () => {
  it('installGlobals puts the services on globalThis and restores what was there', () => {
    const tb = createTestbed();
    const g = globalThis as Record<string, unknown>;
    const before = g.SpreadsheetApp;
    const realConsole = console;
    const uninstall = installGlobals(tb);
    expect(g.SpreadsheetApp).toBe(tb.globals.SpreadsheetApp);
    console.log('hidden %s', 'secret?');
    expect(globalThis.console).not.toBe(realConsole);
    uninstall();
    expect(g.SpreadsheetApp).toBe(before);
    expect(globalThis.console).toBe(realConsole);
    expect(tb.logs).toEqual([{ source: 'console', level: 'log', message: 'hidden secret?' }]);
  });

  it('edit() types into a cell and fires onEdit with the event object', () => {
    const { tb, sheet } = fresh({ S: [['old']] });
    const seen: unknown[] = [];
    tb.triggers.onEdit = (e) => {
      seen.push([e.range.getA1Notation(), e.value, e.oldValue, e.user.getEmail(), e.source.getName(), SpreadsheetApp.getActiveSheet().getName()]);
      e.range.setBackground('#ffff00');
    };
    const res = tb.edit('S!A1', '+1 415 555 0100');
    expect(res).toMatchObject({ triggered: true, value: '#ERROR!', formula: '=+1 415 555 0100', oldValue: 'old' });
    expect(seen).toEqual([['A1', '+1 415 555 0100', 'old', 'user@example.com', 'Untitled spreadsheet', 'S']]);
    expect(sheet.getRange('A1').getBackground()).toBe('#ffff00');
    expect(tb.formulaWrites.map((w) => w.via)).toEqual(['edit']);
    tb.triggers.onEdit = () => {
      throw new Error('boom');
    };
    const r2 = tb.edit({ row: 2, column: 1 }, '42');
    expect(r2.value).toBe(42);
    expect(r2.oldValue).toBe('');
    expect((r2.error as Error).message).toBe('boom');
    expect(tb.logs.at(-1)!.message).toContain('onEdit failed: boom');
  });

  it('snapshot() gives JSON for the playground', () => {
    const d = new Date(Date.UTC(2024, 0, 2));
    const { tb, sheet } = fresh({ S: [['Name', 'When'], ['Ada', d]] });
    sheet.getRange('A2').setBackground('#f4cccc').setNote('bad');
    sheet.setFrozenRows(1);
    const snap = tb.snapshot();
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
    const s = snap.sheets[0];
    expect(s).toMatchObject({
      name: 'S', frozenRows: 1, lastRow: 2, lastColumn: 2, startRow: 1,
      values: [['Name', 'When'], ['Ada', { date: '2024-01-02T00:00:00.000Z' }]],
      display: [['Name', 'When'], ['Ada', '1/2/2024']],
      backgrounds: { '2,1': '#f4cccc' }, notes: { '2,1': 'bad' },
    });
    expect(tb.snapshot({ startRow: 2, maxRows: 1 }).sheets[0].display).toEqual([['Ada', '1/2/2024']]);
  });
});
